package vn.traodoi.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.audit.AuditLog;

/**
 * Slows down password guessing per (user name, client address), in the database so that every app node
 * sees the same state (OWASP ASVS 4.0 §2.2.1). A pair may try {@value #FREE_ATTEMPTS} times; each further
 * attempt must wait 1 s, 2 s, 4 s … at most 15 minutes after the previous one, and is refused (never made
 * to sleep) before that. A wrong password from one address therefore never delays the real user at
 * another one. Across all addresses, {@value #MAX_FAILURES_PER_HOUR} wrong passwords within an hour lock
 * the user name everywhere for an hour, or until an administrator unlocks it; locks and unlocks are
 * audited. Unknown user names are treated exactly like known ones, so the answers tell nothing.
 *
 * <p>An attempt is counted when it starts and forgotten when it succeeds: parallel requests from one pair
 * cannot slip past the delay. IPv6 clients are counted per /64 network, which one client usually owns whole.
 * The sign-in form ({@link SecurityConfiguration}) and the current-password check of "Đổi mật khẩu"
 * ({@link AccountService#changePassword}) both go through here.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_HOUR = 100;
    static final Duration LOCK = Duration.ofHours(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** The answer to an attempt: go on, or wait until {@code retryAt}; {@code locked} when the ceiling was reached. */
    record Verdict(@Nullable OffsetDateTime retryAt, boolean locked) {

        static final Verdict ALLOWED = new Verdict(null, false);

        boolean allowed() {
            return retryAt == null;
        }

        /** The whole seconds left to wait, at least one. */
        long secondsLeft(Clock clock) {
            if (retryAt == null) {
                return 0;
            }
            long millis = Duration.between(OffsetDateTime.now(clock), retryAt).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    /** An attempt refused before its password was even looked at. */
    static final class RefusedException extends RuntimeException {

        private final Verdict verdict;

        RefusedException(Verdict verdict) {
            super(verdict.locked() ? "user name locked" : "too many attempts");
            this.verdict = verdict;
        }

        Verdict verdict() {
            return verdict;
        }
    }

    private final JdbcClient jdbc;
    private final Users users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Users users, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Counts an attempt of the pair, or refuses it while the pair must wait or the user name is locked. */
    Verdict begin(String username, @Nullable String remoteAddr) {
        String user = key(username);
        String addr = addressKey(remoteAddr);
        OffsetDateTime now = now();
        Optional<OffsetDateTime> lockedUntil = jdbc.sql(
                        "SELECT locked_until FROM login_locks WHERE username = ? AND locked_until > ?")
                .params(user, now).query(OffsetDateTime.class).optional();
        if (lockedUntil.isPresent()) {
            return new Verdict(lockedUntil.get(), true);
        }
        boolean counted = jdbc.sql("""
                        INSERT INTO login_attempts AS a (username, remote_addr, failures, last_attempt_at)
                        VALUES (:user, :addr, 1, :now)
                        ON CONFLICT (username, remote_addr) DO UPDATE
                            SET failures = a.failures + 1, last_attempt_at = :now,
                                retry_at = CASE WHEN a.failures + 1 >= :free
                                    THEN CAST(:now AS timestamptz) + make_interval(secs => least(
                                            power(2, least(a.failures + 1 - :free, 20)), :maxDelay))
                                END
                            WHERE a.retry_at IS NULL OR a.retry_at <= :now
                        RETURNING failures""")
                .param("user", user).param("addr", addr).param("now", now).param("free", FREE_ATTEMPTS)
                .param("maxDelay", MAX_DELAY.toSeconds())
                .query(Integer.class).optional().isPresent();
        if (counted) {
            return Verdict.ALLOWED;
        }
        OffsetDateTime retryAt = jdbc.sql("SELECT retry_at FROM login_attempts WHERE username = ? AND remote_addr = ?")
                .params(user, addr).query(OffsetDateTime.class).optional().orElse(now);
        return new Verdict(retryAt, false);
    }

    /** {@link #begin} that throws when the attempt is refused. */
    void beginOrRefuse(String username, @Nullable String remoteAddr) {
        Verdict verdict = begin(username, remoteAddr);
        if (!verdict.allowed()) {
            throw new RefusedException(verdict);
        }
    }

    /** A wrong password: logged for the ceiling across addresses, which may lock the user name. */
    void failed(String username, @Nullable String remoteAddr) {
        String user = key(username);
        OffsetDateTime now = now();
        jdbc.sql("INSERT INTO login_failures (username, remote_addr, failed_at) VALUES (?, ?, ?)")
                .params(user, addressKey(remoteAddr), now).update();
        int failures = failuresLastHour(user, now);
        if (failures >= MAX_FAILURES_PER_HOUR) {
            transactions.executeWithoutResult(status -> lock(user, failures, now));
        }
    }

    /** The right password: the pair starts afresh. Failures from other addresses are still counted. */
    void succeeded(String username, @Nullable String remoteAddr) {
        jdbc.sql("DELETE FROM login_attempts WHERE username = ? AND remote_addr = ?")
                .params(key(username), addressKey(remoteAddr)).update();
    }

    ThrottleState state(String username) {
        String user = key(username);
        OffsetDateTime now = now();
        return jdbc.sql("""
                        SELECT (SELECT locked_until FROM login_locks WHERE username = :user AND locked_until > :now)
                                   AS locked_until,
                               (SELECT count(*) FROM login_failures WHERE username = :user AND failed_at > :since)
                                   AS failures,
                               (SELECT count(*) FROM login_attempts WHERE username = :user AND failures >= :free)
                                   AS slowed""")
                .param("user", user).param("now", now).param("since", now.minus(HOUR)).param("free", FREE_ATTEMPTS)
                .query((rs, n) -> new ThrottleState(rs.getObject("locked_until", OffsetDateTime.class), rs.getInt("failures"),
                        rs.getInt("slowed")))
                .single();
    }

    /** The user names among these that are locked now, for the list of users. */
    Set<String> locked(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT username FROM login_locks WHERE username IN (:users) AND locked_until > :now")
                .param("users", usernames.stream().map(LoginThrottle::key).toList()).param("now", now())
                .query(String.class).list());
    }

    /** Forgets the lock, the delays at every address and the failures of the last hour; the caller audits. */
    void clear(String username) {
        String user = key(username);
        jdbc.sql("DELETE FROM login_locks WHERE username = ?").param(user).update();
        jdbc.sql("DELETE FROM login_attempts WHERE username = ?").param(user).update();
        jdbc.sql("DELETE FROM login_failures WHERE username = ?").param(user).update();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        succeeded(authentication.getName(), remoteAddress(authentication));
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            audit.recordAs(user.userId(), user.username(), user.orgId(), "SIGNED_IN", "user", user.userId(),
                    user.username(), null, null);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAttempts() {
        OffsetDateTime before = now().minus(FORGET_AFTER);
        jdbc.sql("DELETE FROM login_failures WHERE failed_at < ?").param(before).update();
        jdbc.sql("DELETE FROM login_attempts WHERE last_attempt_at < ?").param(before).update();
        jdbc.sql("DELETE FROM login_locks WHERE locked_until < ?").param(before).update();
    }

    private void lock(String user, int failures, OffsetDateTime now) {
        OffsetDateTime until = now.plus(LOCK);
        boolean locked = jdbc.sql("""
                        INSERT INTO login_locks AS l (username, locked_at, locked_until, failures) VALUES (?, ?, ?, ?)
                        ON CONFLICT (username) DO UPDATE
                            SET locked_at = EXCLUDED.locked_at, locked_until = EXCLUDED.locked_until,
                                failures = EXCLUDED.failures
                            WHERE l.locked_until <= EXCLUDED.locked_at
                        RETURNING username""")
                .params(user, now, until, failures).query(String.class).optional().isPresent();
        if (!locked) {
            return;
        }
        Optional<CurrentUser> known = users.findPrincipal(user);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("locked", true);
        after.put("lockedUntil", until.toString());
        after.put("failuresLastHour", failures);
        audit.recordAs(null, "system", known.map(CurrentUser::orgId).orElse(null), "ACCOUNT_LOCKED", "user",
                known.map(CurrentUser::userId).orElse(null), user, Map.of("locked", false), after);
    }

    private int failuresLastHour(String user, OffsetDateTime now) {
        return jdbc.sql("SELECT count(*) FROM login_failures WHERE username = ? AND failed_at > ?")
                .params(user, now.minus(HOUR)).query(Integer.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }

    /** The user name as sign-in looks it up: trimmed, lower case, at most 100 characters. */
    static String key(String username) {
        String k = username.strip().toLowerCase(Locale.ROOT).replace('\u0000', '\uFFFD');
        return k.length() > 100 ? k.substring(0, 100) : k;
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 network. */
    static String addressKey(@Nullable String remoteAddr) {
        if (remoteAddr == null || remoteAddr.isBlank()) {
            return "unknown";
        }
        if (remoteAddr.indexOf(':') < 0) {
            return remoteAddr.length() > 64 ? remoteAddr.substring(0, 64) : remoteAddr;
        }
        try {
            InetAddress address = InetAddress.ofLiteral(remoteAddr);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return remoteAddr.length() > 64 ? remoteAddr.substring(0, 64) : remoteAddr;
        }
    }
}
