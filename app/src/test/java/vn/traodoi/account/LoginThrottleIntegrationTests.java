package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestClock;
import vn.traodoi.TestUsers;

/**
 * Sign-in and the current-password check are slowed per (user name, address) with growing delays, on the
 * application's clock; 100 failures within an hour from all addresses lock the user name until an
 * administrator unlocks it.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

    static final String WRONG = "khong-phai-mat-khau";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    @BeforeEach
    void freezeTheClock() {
        clock.freeze();
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsFromOneAddressDoNotKeepTheRealUserOutAtAnother() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.ORGANIZER);
        for (int i = 1; i <= 5; i++) {
            signIn(user.username(), WRONG, "203.0.113.10").andExpect(redirectedUrl("/login?error"));
            clock.advance(Duration.ofSeconds(60));
        }
        clock.advance(Duration.ofSeconds(-60));
        signIn(user.username(), TestUsers.PASSWORD, "203.0.113.10").andExpect(redirectedUrl("/login?throttled"));
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.20").andExpect(redirectedUrl("/"));
        signIn(user.username(), TestUsers.PASSWORD, "203.0.113.10").andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void afterThreeFailuresEachAttemptWaitsTwiceAsLongAndIsRefusedUntilThen() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        String addr = "203.0.113.11";
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(refusalShown(user.username(), TestUsers.PASSWORD, addr)).isEqualTo(
                "Đăng nhập sai nhiều lần liên tiếp. Vui lòng thử lại sau 1 giây.");
        clock.advance(Duration.ofSeconds(1));
        signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(refusalShown(user.username(), TestUsers.PASSWORD, addr)).endsWith("thử lại sau 1 giây.");
        clock.advance(Duration.ofSeconds(1));
        signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error"));
        assertThat(refusalShown(user.username(), TestUsers.PASSWORD, addr)).endsWith("thử lại sau 4 giây.");
        for (int wait = 4; wait < 900; wait *= 2) {
            clock.advance(Duration.ofSeconds(wait));
            signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(refusalShown(user.username(), TestUsers.PASSWORD, addr)).endsWith("thử lại sau 15 phút.");
        clock.advance(Duration.ofMinutes(15));
        signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error"));
        assertThat(refusalShown(user.username(), TestUsers.PASSWORD, addr)).as("capped").endsWith("sau 15 phút.");
        clock.advance(Duration.ofMinutes(15));
        signIn(user.username(), TestUsers.PASSWORD, addr).andExpect(redirectedUrl("/"));
        signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error"));
        signIn(user.username(), WRONG, addr).andExpect(redirectedUrl("/login?error")); // a success starts afresh
    }

    @Test
    void anUnknownUserNameIsSlowedDownExactlyLikeAKnownOne() throws Exception {
        String addr = "203.0.113.12";
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            signIn("nobody-" + addr, WRONG, addr).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(refusalShown("nobody-" + addr, WRONG, addr)).endsWith("thử lại sau 1 giây.");
    }

    @Test
    void theCurrentPasswordCheckIsThrottledPerUserAndAddress() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        String addr = "203.0.113.13";
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            changePassword(user, WRONG, addr).andExpect(status().isOk());
        }
        Document refused = Jsoup.parse(changePassword(user, TestUsers.PASSWORD, addr)
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#password-throttled").text())
                .isEqualTo("Đăng nhập sai nhiều lần liên tiếp. Vui lòng thử lại sau 1 giây.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'PASSWORD_CHANGED' AND entity_id = ?")
                .param(String.valueOf(user.userId())).query(Long.class).single()).isZero();
        signIn(user.username(), TestUsers.PASSWORD, addr).andExpect(redirectedUrl("/login?throttled")); // same pair
        changePassword(user, TestUsers.PASSWORD, "198.51.100.21").andExpect(redirectedUrl("/account"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'PASSWORD_CHANGED' AND entity_id = ?")
                .param(String.valueOf(user.userId())).query(Long.class).single()).isOne();
    }

    @Test
    void aHundredFailuresInAnHourLockTheUserEverywhereUntilAnAdministratorUnlocksIt() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        failedFromOtherAddressesWithinTheHour(user.username(), LoginThrottle.MAX_FAILURES_PER_HOUR - 1);
        signIn(user.username(), WRONG, "203.0.113.14").andExpect(redirectedUrl("/login?error"));
        String lock = jdbc.sql("""
                        SELECT actor_username || ' ' || before_state::text || ' ' || after_state::text FROM audit_events
                        WHERE action = 'ACCOUNT_LOCKED' AND entity_id = ?""")
                .param(String.valueOf(user.userId())).query(String.class).single();
        assertThat(lock).startsWith("system ").contains("\"locked\": false").contains("\"locked\": true")
                .contains("\"failuresLastHour\": 100");
        assertThat(refusalShown(user.username(), TestUsers.PASSWORD, "198.51.100.22"))
                .isEqualTo("Tên đăng nhập này đang tạm khóa vì có quá nhiều lần đăng nhập sai. "
                        + "Vui lòng thử lại sau 60 phút hoặc nhờ quản trị viên mở khóa.");

        Document list = Jsoup.parse(mvc.perform(get("/admin/users").param("q", user.username()).with(user(users.admin())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select("#users tbody tr").text()).contains("Tạm khóa");
        Document form = Jsoup.parse(mvc.perform(get("/admin/users/" + user.userId()).with(user(users.admin())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#lock-state").text()).contains("vì có 100 lần nhập sai mật khẩu trong một giờ");
        assertThat(form.select("#unlock")).hasSize(1);

        mvc.perform(post("/admin/users/" + user.userId() + "/unlock").with(user(users.admin())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + user.userId() + "/unlock").with(csrf()).with(user(user)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + user.userId() + "/unlock").with(csrf()).with(user(users.admin())))
                .andExpect(redirectedUrl("/admin/users/" + user.userId()));
        String unlock = jdbc.sql("""
                        SELECT actor_username || ' ' || before_state::text || ' ' || after_state::text FROM audit_events
                        WHERE action = 'ACCOUNT_UNLOCKED' AND entity_id = ?""")
                .param(String.valueOf(user.userId())).query(String.class).single();
        assertThat(unlock).startsWith("admin {\"locked\": true").contains("\"failuresLastHour\": 100")
                .endsWith("{\"locked\": false, \"slowedAddresses\": 0, \"failuresLastHour\": 0}");
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.22").andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/users/" + user.userId() + "/unlock").with(csrf()).with(user(users.admin())))
                .andExpect(redirectedUrl("/admin/users/" + user.userId()));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'ACCOUNT_UNLOCKED' AND entity_id = ?")
                .param(String.valueOf(user.userId())).query(Long.class).single()).as("nothing left to unlock").isOne();
    }

    @Test
    void aLockEndsByItselfAfterAnHour() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        failedFromOtherAddressesWithinTheHour(user.username(), LoginThrottle.MAX_FAILURES_PER_HOUR - 1);
        signIn(user.username(), WRONG, "203.0.113.15").andExpect(redirectedUrl("/login?error"));
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.23").andExpect(redirectedUrl("/login?throttled"));
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.23").andExpect(redirectedUrl("/"));
    }

    @Test
    void theClientAddressIsReadFromXForwardedForSentByALoopbackProxy() throws Exception {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = Jsoup.parse(loginPage).select("input[name=_csrf]").attr("value");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.99")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password=" + WRONG
                                + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT remote_addr FROM login_attempts WHERE username = ?").param(user.username())
                .query(String.class).list()).containsExactly("203.0.113.99");
    }

    @Test
    void anIpv6ClientIsCountedPerSlash64Network() {
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64")
                .isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertThat(LoginThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"));
        assertThat(LoginThrottle.addressKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(LoginThrottle.addressKey("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("unknown");
    }

    /** Wrong passwords of the last 50 minutes from 250 addresses, as a distributed guesser leaves them. */
    private void failedFromOtherAddressesWithinTheHour(String username, int count) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 1; i <= count; i++) {
            jdbc.sql("INSERT INTO login_failures (username, remote_addr, failed_at) VALUES (?, ?, ?)")
                    .params(username, "192.0.2." + (i % 250), now.minusSeconds(i * 30L)).update();
        }
    }

    private ResultActions signIn(String username, String password, String addr)
            throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(addr)));
    }

    /** Tries to sign in, expects the refusal and returns what the sign-in page then says. */
    private String refusalShown(String username, String password, String addr) throws Exception {
        // HTTP sessions live in the database (Spring Session): the next page is the session its cookie names
        Cookie session = mvc.perform(post("/login").param("username", username)
                        .param("password", password).with(csrf()).with(from(addr)))
                .andExpect(redirectedUrl("/login?throttled")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        String page = mvc.perform(get("/login").param("throttled", "").cookie(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(page).select("#login-throttled").text();
    }

    private ResultActions changePassword(CurrentUser user, String current,
            String addr) throws Exception {
        return mvc.perform(post("/account/password").with(csrf()).with(user(user)).with(from(addr))
                .param("currentPassword", current).param("newPassword", "Mùa xuân trên cao nguyên đá")
                .param("confirmPassword", "Mùa xuân trên cao nguyên đá"));
    }

    private static RequestPostProcessor from(String addr) {
        return request -> {
            request.setRemoteAddr(addr);
            return request;
        };
    }
}
