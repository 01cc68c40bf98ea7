package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.web.util.HtmlUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;

@IntegrationTest
class UserAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAUserWhoCanSignInAndNoHashIsAudited() throws Exception {
        long org = users.organization("Văn phòng UBND");
        mvc.perform(post("/admin/users/new").with(csrf()).with(user(users.admin()))
                        .param("username", "nguyen.van.a").param("fullName", "Nguyễn Văn A")
                        .param("email", "a@example.vn").param("organizationId", String.valueOf(org))
                        .param("roles", "ORGANIZER", "APPROVER").param("enabled", "true")
                        .param("password", "mat-khau-ban-dau-1").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT array_to_string(roles, ',') FROM users WHERE username = 'nguyen.van.a'")
                .query(String.class).single()).isEqualTo("APPROVER,ORGANIZER");
        String audited = jdbc.sql("SELECT after_state::text FROM audit_events WHERE action = 'USER_CREATED' AND summary = 'nguyen.van.a'")
                .query(String.class).single();
        assertThat(audited).contains("Nguyễn Văn A").doesNotContain("bcrypt").doesNotContain("mat-khau");
        mvc.perform(post("/login").param("username", "nguyen.van.a").param("password", "mat-khau-ban-dau-1").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAShortPasswordATakenNameAndAnInvalidUserNameKeepingTheForm() throws Exception {
        long org = users.organization("Sở");
        String page = mvc.perform(post("/admin/users/new").with(csrf()).with(user(users.admin()))
                        .param("username", "admin").param("fullName", "Trần Thị B").param("organizationId", String.valueOf(org))
                        .param("password", "ngan").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Tên đăng nhập này đã có người dùng.").contains("Mật khẩu phải có ít nhất 12 ký tự.")
                .contains("value=\"Trần Thị B\"");
        String invalid = mvc.perform(post("/admin/users/new").with(csrf()).with(user(users.admin()))
                        .param("username", "Trần B").param("fullName", "Trần Thị B").param("organizationId", String.valueOf(org))
                        .param("password", "mat-khau-du-dai-1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(invalid)).contains("id=\"username-error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE full_name = 'Trần Thị B'").query(Long.class).single()).isZero();
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        jdbc.sql("UPDATE users SET enabled = false WHERE id = ?").param(user.userId()).update();
        mvc.perform(post("/login").param("username", user.username()).param("password", TestUsers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aUserChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        String wrong = mvc.perform(post("/account/password").with(csrf()).with(user(user))
                        .param("currentPassword", "sai-mat-khau").param("newPassword", "mat-khau-moi-2026")
                        .param("confirmPassword", "mat-khau-moi-2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(wrong)).contains("Mật khẩu hiện tại không đúng.");
        mvc.perform(post("/account/password").with(csrf()).with(user(user)).param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "mat-khau-moi-2026").param("confirmPassword", "mat-khau-moi-2026"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login").param("username", user.username()).param("password", "mat-khau-moi-2026").with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'PASSWORD_CHANGED' AND entity_id = ?")
                .param(String.valueOf(user.userId())).query(Long.class).single()).isEqualTo(1);
    }
}
