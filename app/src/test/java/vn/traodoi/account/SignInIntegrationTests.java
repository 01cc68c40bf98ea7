package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.util.HtmlUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", IntegrationTest.ADMIN_PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{" + SecurityConfiguration.PASSWORD_HASH + "}").doesNotContain(IntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.ORGANIZER);
        mvc.perform(post("/login").param("username", user.username()).param("password", "wrong-password-1").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "nobody-" + user.username()).param("password", "x").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void keepsTheTypedUserNameAfterAFailedSignIn() throws Exception {
        // HTTP sessions live in the database (Spring Session): the session is the one its cookie names
        MvcResult failed = mvc.perform(post("/login").param("username", "someone.typed").param("password", "x")
                .with(csrf())).andExpect(redirectedUrl("/login?error")).andReturn();
        Cookie session = failed.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        MvcResult page = mvc.perform(get("/login").param("error", "").cookie(session)).andReturn();
        assertThat(HtmlUtils.htmlUnescape(page.getResponse().getContentAsString()))
                .contains("value=\"someone.typed\"")
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void aPasswordHashedWithBcryptBeforeStillSignsIn() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder()
                        .encode(TestUsers.PASSWORD), user.userId()).update();
        mvc.perform(post("/login").param("username", user.username()).param("password", TestUsers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", user.username()).param("password", "mat-khau-khac-2026").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSuccessfulSignInIsAudited() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.APPROVER);
        mvc.perform(post("/login").param("username", user.username()).param("password", TestUsers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'SIGNED_IN' AND actor_username = ?")
                .param(user.username()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user.username())
                .query(Long.class).single()).as("the session is in the database, for every node").isEqualTo(1);
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", IntegrationTest.ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsSecurityHeadersWithAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void sendsAnonymousVisitorsOfPrivatePagesToTheSignInPage() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
