package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** The workshops' JSON API: the same rules as the pages, for integrations. */
@IntegrationTest
class WorkshopApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser secretary;
    CurrentUser participant;
    CurrentUser stranger;
    long participantOrg;

    @BeforeEach
    void users() {
        long holder = users.organization("Sở Tư pháp tổ chức hội thảo");
        secretary = users.named(holder, "Phạm Thư Ký", Role.ORGANIZER, Role.APPROVER);
        participantOrg = users.organization("Sở Nội vụ góp ý");
        participant = users.named(participantOrg, "Lò Văn Góp", Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan không liên quan"), Role.ORGANIZER, Role.APPROVER, Role.ADMIN);
    }

    ResultActions call(MockHttpServletRequestBuilder request, CurrentUser as, String json) throws Exception {
        Events.settle(jdbc);
        return mvc.perform(request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long create() throws Exception {
        String body = call(post("/api/v1/workshops"), secretary, """
                {"title":"Hội thảo góp ý dự thảo Quy chế phối hợp hòa giải ở cơ sở",
                 "projectTitle":"Quy chế phối hợp hòa giải ở cơ sở","heldOn":"2026-10-14","partOfDay":"MORNING",
                 "place":"Hội trường Sở Tư pháp","version":0}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/workshops/{id}/participants", id).with(user(secretary)).with(csrf())
                .param("organizationId", "" + participantOrg)).andExpect(status().is3xxRedirection());
        return id;
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM workshops WHERE id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void theHolderCreatesAParticipantCommentsTheHolderClosesTheCollection() throws Exception {
        // given a workshop created through the API, with a participating organization
        long id = create();

        // when the participant reads it and comments on the whole draft
        mvc.perform(get("/api/v1/workshops/{id}", id).with(user(participant))).andExpect(status().isOk())
                .andExpect(jsonPath("$.projectTitle").value("Quy chế phối hợp hòa giải ở cơ sở"))
                .andExpect(jsonPath("$.heldOn").value("2026-10-14"));
        call(post("/api/v1/workshops/{id}/comments", id), participant, """
                {"content":"Đề nghị bổ sung trách nhiệm của Ủy ban Mặt trận Tổ quốc cấp xã."}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"));

        // then the holder sees it among the unanswered comments, and in the list
        mvc.perform(get("/api/v1/workshops/{id}/comments?unanswered=true", id).with(user(secretary)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].content").value("Đề nghị bổ sung trách nhiệm của Ủy ban Mặt trận Tổ quốc cấp xã."));
        mvc.perform(get("/api/v1/workshops?q=hoa giai", id).with(user(secretary))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].workshop.id").value(id)).andExpect(jsonPath("$[0].unanswered").value(1))
                .andExpect(jsonPath("$[0].ours").value(true));
        mvc.perform(get("/api/v1/workshops/{id}/participants", id).with(user(participant))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].organizationId").value(participantOrg));

        // and closes the collection with the version it read
        call(post("/api/v1/workshops/{id}/status", id), secretary, """
                {"status":"CLOSED","version":%d}""".formatted(version(id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aForeignOrganizationGetsNotFoundOnEveryCall() throws Exception {
        long id = create();
        for (String path : new String[] {"/api/v1/workshops/{id}", "/api/v1/workshops/{id}/comments",
                "/api/v1/workshops/{id}/participants", "/api/v1/workshops/{id}/tasks"}) {
            mvc.perform(get(path, id).with(user(stranger))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        call(post("/api/v1/workshops/{id}/comments", id), stranger, "{\"content\":\"Ý kiến của cơ quan không dự\"}")
                .andExpect(status().isNotFound());
        call(put("/api/v1/workshops/{id}", id), stranger, """
                {"title":"Đổi tên","projectTitle":"Đổi tên","version":%d}""".formatted(version(id)))
                .andExpect(status().isNotFound());
        call(post("/api/v1/workshops/{id}/status", id), stranger, "{\"status\":\"CLOSED\",\"version\":%d}".formatted(version(id)))
                .andExpect(status().isNotFound());
        call(post("/api/v1/workshops/{id}/tasks", id), stranger, "{\"lines\":\"Rà soát quy chế | Sở Tư pháp | 12/2027\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workshops").with(user(stranger))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.workshop.id == %d)]".formatted(id)).isEmpty());
        assertThat(version(id)).isEqualTo(0);
    }

    @Test
    void aStaleEditIsAConflictAndAMissingTitleAProblemInVietnamese() throws Exception {
        long id = create();
        call(put("/api/v1/workshops/{id}", id), secretary, """
                {"title":"Hội thảo lần 2","projectTitle":"Quy chế phối hợp hòa giải ở cơ sở","version":%d}"""
                .formatted(version(id))).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Hội thảo lần 2"));
        call(put("/api/v1/workshops/{id}", id), secretary, """
                {"title":"Hội thảo lần 3","projectTitle":"Quy chế phối hợp hòa giải ở cơ sở","version":0}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post("/api/v1/workshops"), secretary, "{\"title\":\"\",\"projectTitle\":\"Dự thảo\",\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        call(post("/api/v1/workshops/{id}/status", id), secretary, "{\"version\":1}").andExpect(status().isBadRequest());
    }

    @Test
    void aTitleOfNothingButAByteOrderMarkIsMissingNotAnError() throws Exception {
        call(post("/api/v1/workshops"), secretary, "{\"title\":\"Hội thảo\",\"projectTitle\":\"\uFEFF\",\"version\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("projectTitle"));
        long id = create();
        call(put("/api/v1/workshops/{id}", id), secretary, """
                {"title":"\uFEFF","projectTitle":"Quy chế phối hợp hòa giải ở cơ sở","version":%d}"""
                .formatted(version(id))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void theConclusionsBecomeTasksAndAnUnreadableLineComesBackAsWritten() throws Exception {
        long id = create();
        String lead = jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(participantOrg).query(String.class).single();
        call(post("/api/v1/workshops/{id}/tasks", id), secretary, """
                {"lines":"Hoàn thiện dự thảo Quy chế | %s | 12/2027\\nMột dòng không có đơn vị chủ trì"}""".formatted(lead))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unassigned[0]").value("Một dòng không có đơn vị chủ trì"));
        Events.settle(jdbc);
        mvc.perform(get("/api/v1/workshops/{id}/tasks", id).with(user(participant))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        call(post("/api/v1/workshops/{id}/tasks", id), participant, "{\"lines\":\"Rà soát | Sở Nội vụ | 12/2027\"}")
                .andExpect(status().isForbidden());
    }
}
