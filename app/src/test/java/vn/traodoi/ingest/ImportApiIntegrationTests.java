package vn.traodoi.ingest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class ImportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void importsOnceFindsTheSameArticleAgainAndHidesItFromOthers() throws Exception {
        CurrentUser organizer = users.user(users.organization("Sở Nội vụ"), Role.ORGANIZER);
        String body = "{\"text\":\"Trong Tháng 12 năm 2022, Thành phố đã tổ chức 02 đoàn nghiên cứu học tập kinh nghiệm "
                + "về cải cách hành chính; Chỉ số PAPI.\",\"sourceName\":\"004.txt\"}";
        String created = mvc.perform(post("/api/v1/imports").with(user(organizer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existing").value(false))
                .andExpect(jsonPath("$.dates[0]").value("2022-12"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/imports").with(user(organizer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.existing").value(true)).andExpect(jsonPath("$.id").value(id));
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(organizer))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/imports").with(user(organizer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"   \"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));
    }
}
