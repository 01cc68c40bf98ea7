package vn.traodoi.account;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;

/**
 * Counts failed sign-ins per user name and per address in the database (so that it holds across app
 * nodes) and blocks further attempts for the rest of the window once a limit is reached. The block
 * answers with the same wording for known and unknown user names.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_USERNAME = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LoginThrottle(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    boolean blocked(String username, String remoteAddr) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT (SELECT count(*) FROM login_failures
                                WHERE username = :username AND failed_at > now() - CAST(:window AS interval)) >= :perUser
                            OR (SELECT count(*) FROM login_failures
                                WHERE remote_addr = :addr AND failed_at > now() - CAST(:window AS interval)) >= :perAddr""")
                .param("username", key(username)).param("addr", remoteAddr).param("window", WINDOW.toSeconds() + " seconds")
                .param("perUser", MAX_FAILURES_PER_USERNAME).param("perAddr", MAX_FAILURES_PER_ADDRESS)
                .query(Boolean.class).single());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String addr = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        jdbc.sql("INSERT INTO login_failures (username, remote_addr) VALUES (?, ?)")
                .params(key(event.getAuthentication().getName()), addr == null ? "unknown" : addr).update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("DELETE FROM login_failures WHERE username = ?").param(key(event.getAuthentication().getName())).update();
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            audit.recordAs(user.userId(), user.username(), user.orgId(), "SIGNED_IN", "user", user.userId(),
                    user.username(), null, null);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldFailures() {
        jdbc.sql("DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'").update();
    }

    private static String key(String username) {
        String k = username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
