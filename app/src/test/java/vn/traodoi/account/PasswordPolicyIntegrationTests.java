package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;

/** One password policy wherever a password is set: the administrator's form, the user's own, the environment. */
@IntegrationTest
class PasswordPolicyIntegrationTests {

    /** 64 characters, 80 bytes in UTF-8: more than bcrypt would read. */
    static final String PASSPHRASE = "Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void theAdministratorsFormRefusesEachWeakPasswordWithItsReasonBesideTheFieldAndKeepsTheRest() throws Exception {
        assertRefused("tran.thi.b", "123qweasdzxc", "Mật khẩu quá phổ biến");
        assertRefused("tran.thi.b", "aaaaaaaaaaaa", "Mật khẩu quá phổ biến");
        assertRefused("tran.thi.b", "123456789012", "Mật khẩu quá phổ biến");
        assertRefused("tran.thi.b", "qwertyqwertyqwerty1", "Mật khẩu quá dễ đoán");
        assertRefused("tran.thi.b", "1234567890123456", "Mật khẩu quá dễ đoán");
        assertRefused("tran.thi.b", "Trần Thị B mùa xuân 2026", "Mật khẩu không được chứa tên đăng nhập.");
        assertRefused("tran.thi.b", "TRAN.THI.B-hoa-dao-no", "Mật khẩu không được chứa tên đăng nhập.");
        assertRefused("tran.thi.b", "tran.thi.b", "Mật khẩu phải có ít nhất 12 ký tự.");
        assertRefused("tran.thi.b", "mùa thu đẹp", "Mật khẩu phải có ít nhất 12 ký tự.");
        assertRefused("tran.thi.b", Normalizer.normalize("mùa thu đẹp", Normalizer.Form.NFD),
                "Mật khẩu phải có ít nhất 12 ký tự.");
        assertRefused("tran.thi.b", "Hoa sen🌸🌸🌸🌸", "Mật khẩu phải có ít nhất 12 ký tự.");
        assertRefused("tran.thi.b", " ".repeat(12), "Mật khẩu không được chỉ gồm khoảng trắng.");
        assertRefused("tran.thi.b", "x".repeat(129), "Mật khẩu dài tối đa 128 ký tự.");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE username = 'tran.thi.b'").query(Long.class).single()).isZero();
    }

    @Test
    void aLongVietnamesePassphraseIsAcceptedAndSignsInHoweverItsLettersAreComposed() throws Exception {
        long org = users.organization("Sở");
        mvc.perform(post("/admin/users/new").with(csrf()).with(user(users.admin()))
                        .param("username", "le.van.c").param("fullName", "Lê Văn C")
                        .param("organizationId", String.valueOf(org)).param("roles", "MEMBER").param("enabled", "true")
                        .param("password", PASSPHRASE).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").param("username", "le.van.c").param("password", PASSPHRASE).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "le.van.c").with(csrf())
                        .param("password", Normalizer.normalize(PASSPHRASE, Normalizer.Form.NFD)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "le.van.c").param("password", PASSPHRASE.substring(0, 63))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aUserCannotChangeTheirPasswordToAWeakOne() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        Document page = page(mvc.perform(post("/account/password").with(csrf()).with(user(user))
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "qwertyuiop123")
                        .param("confirmPassword", "qwertyuiop123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#newPassword-error").text()).startsWith("Mật khẩu quá phổ biến");
        assertThat(page.select("#newPassword").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#newPassword").attr("value")).isEmpty();
        String own = user.username() + "-hoa-mai-no";
        assertThat(page(mvc.perform(post("/account/password").with(csrf()).with(user(user))
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", own)
                        .param("confirmPassword", own))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).select("#newPassword-error").text())
                .isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
        mvc.perform(post("/login").param("username", user.username()).param("password", TestUsers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'PASSWORD_CHANGED' AND entity_id = ?")
                .param(String.valueOf(user.userId())).query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorGivesANewPasswordCheckedByThePolicyAndAudited() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        Document refused = page(mvc.perform(post("/admin/users/" + user.userId() + "/password").with(csrf())
                        .with(user(users.admin())).param("newPassword", "password2026password"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#newPassword-error").text()).startsWith("Mật khẩu quá dễ đoán");
        assertThat(refused.select("#fullName").attr("value")).isEqualTo(user.fullName());
        mvc.perform(post("/admin/users/" + user.userId() + "/password").with(csrf()).with(user(users.admin()))
                        .param("newPassword", "Mùa thu Hà Nội có hoa sữa 2026"))
                .andExpect(redirectedUrl("/admin/users/" + user.userId()));
        mvc.perform(post("/login").param("username", user.username()).param("password", "Mùa thu Hà Nội có hoa sữa 2026")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        String audited = jdbc.sql("""
                        SELECT actor_username || ' ' || after_state::text FROM audit_events
                        WHERE action = 'PASSWORD_RESET' AND entity_id = ?""")
                .param(String.valueOf(user.userId())).query(String.class).single();
        assertThat(audited).startsWith("admin ").contains("passwordChanged").doesNotContain("hoa sữa").doesNotContain("pbkdf2");
        mvc.perform(post("/admin/users/" + user.userId() + "/password").with(csrf()).with(user(user))
                        .param("newPassword", "Mùa thu Hà Nội có hoa sữa 2027"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWeakPasswordInTheEnvironmentStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> accounts.checkConfiguredPassword("TRAODOI_ADMIN_PASSWORD", "admin-2026-admin",
                List.of("admin")))
                .isInstanceOfSatisfying(ConfiguredPasswordRefusedException.class, e -> {
                    FailureAnalysis analysis = new ConfiguredPasswordRefusedFailureAnalyzer()
                            .analyze(new IllegalStateException("Failed to execute ApplicationRunner", e));
                    assertThat(analysis.getDescription())
                            .contains("TRAODOI_ADMIN_PASSWORD")
                            .contains("Mật khẩu không được chứa tên đăng nhập.")
                            .contains("A password must not contain the user name.");
                    assertThat(analysis.getAction()).contains("TRAODOI_ADMIN_PASSWORD");
                });
        assertThatThrownBy(() -> accounts.checkConfiguredPassword("TRAODOI_DEMO_PASSWORD", "iloveyouiloveyou",
                List.of("demo.hanoi")))
                .hasMessageContaining("TRAODOI_DEMO_PASSWORD").hasMessageContaining("too easy to guess");
        accounts.checkConfiguredPassword("TRAODOI_ADMIN_PASSWORD", IntegrationTest.ADMIN_PASSWORD, List.of("admin"));
    }

    private void assertRefused(String username, String password, String message) throws Exception {
        long org = users.organization("Sở");
        Document page = page(mvc.perform(post("/admin/users/new").with(csrf()).with(user(users.admin()))
                        .param("username", username).param("fullName", "Trần Thị B").param("email", "b@example.vn")
                        .param("organizationId", String.valueOf(org)).param("password", password).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#password-error").text()).as(password).startsWith(message);
        assertThat(page.select("#username").attr("value")).isEqualTo(username);
        assertThat(page.select("#fullName").attr("value")).isEqualTo("Trần Thị B");
        assertThat(page.select("#email").attr("value")).isEqualTo("b@example.vn");
        assertThat(page.select("#password").attr("value")).isEmpty();
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
