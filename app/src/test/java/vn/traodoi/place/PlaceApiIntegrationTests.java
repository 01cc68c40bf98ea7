package vn.traodoi.place;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.Role;

@IntegrationTest
class PlaceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void resolvesAPlaceAtADateAndToday() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "Bình Dương").param("at", "2022-10-10")
                        .with(user(users.user(users.organization("Sở"), Role.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].atDate.fullName").value("Tỉnh Bình Dương"))
                .andExpect(jsonPath("$[0].atDate.validTo").value("2025-06-30"))
                .andExpect(jsonPath("$[0].current.fullName").value("Thành phố Hồ Chí Minh"))
                .andExpect(jsonPath("$[0].current.unitSet").value("new34"));
    }

    @Test
    void answersAnEmptyListForAnUnknownPlace() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "xyzzy").with(user(users.admin())))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void answersProblemJsonForABadDate() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "Huế").param("at", "31/12/2024").with(user(users.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/bad-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(content().string(Matchers.not(containsString("Exception"))));
    }

    @Test
    void answersProblemJsonForAnUnknownUnit() throws Exception {
        mvc.perform(get("/api/v1/places/999999").with(user(users.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }

    @Test
    void refusesAnonymousCallsWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "Huế"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
    }
}
