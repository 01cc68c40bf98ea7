package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The first run's choice: an administrator loads the demo data from the home page (the records of the seed articles,
 * once, whatever was there) or starts empty; no one else may, and the home page asks no more once chosen.
 */
@IntegrationTest
class FirstRunIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("DELETE FROM first_run_choice").update();
    }

    String home(CurrentUser as) throws Exception {
        return mvc.perform(get("/").with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAdministratorLoadsTheDemoDataOnceOrStartsEmpty() throws Exception {
        CurrentUser admin = users.admin();
        CurrentUser organizer = users.user(users.organization("Văn phòng thử"), Role.ORGANIZER, Role.APPROVER);
        mvc.perform(post("/admin/first-run/demo").with(user(organizer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/first-run/empty").with(user(organizer)).with(csrf())).andExpect(status().isForbidden());

        Document loaded = Jsoup.parse(mvc.perform(post("/admin/first-run/demo").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(loaded.select("h1").text()).isEqualTo("Đã nạp dữ liệu mẫu");
        assertThat(loaded.select("#demo-users, #demo-users-existing")).hasSize(1);
        if (!loaded.select("#demo-users").isEmpty()) {
            assertThat(loaded.getElementById("demo-password").text()).hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM delegations WHERE demo_key IN ('seed-000', 'seed-001', 'seed-004-a')")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM workshops WHERE demo_key IS NOT NULL").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT choice FROM first_run_choice").query(String.class).single()).isEqualTo("DEMO");
        assertThat(Jsoup.parse(home(admin)).getElementById("first-run")).as("asked once").isNull();

        mvc.perform(post("/admin/first-run/demo").with(user(admin)).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM delegations WHERE demo_key = 'seed-000'").query(Long.class).single())
                .as("loading again changes nothing").isEqualTo(1);

        mvc.perform(post("/admin/first-run/empty").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT choice FROM first_run_choice").query(String.class).single()).isEqualTo("EMPTY");
        assertThat(Jsoup.parse(home(organizer)).getElementById("first-run")).as("never asked of others").isNull();
    }
}
