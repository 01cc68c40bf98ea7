package vn.traodoi.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.Hashes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;

/**
 * Personal API tokens for integrations (e-office, portals). A token is {@code td_} and 43 random
 * characters; only its SHA-256 is stored (a token has 256 bits of entropy, so a slow hash adds nothing),
 * and it is shown to its owner once, when created.
 */
@Service
class ApiTokens {

    static final String PREFIX = "td_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created: the only time the secret exists outside the caller's hands. */
    record Created(ApiToken token, String secret) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    List<ApiToken> of(long userId) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC").param(userId)
                .query(ApiToken.class).list();
    }

    @Transactional
    Created create(CurrentUser owner, String name, @Nullable LocalDate expiresOn) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (clean.length() > 100) {
            throw new InvalidInputException("name", "validation.tooLong");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("expiresOn", "token.expires.past");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                        INSERT INTO api_tokens (user_id, name, token_hash, token_prefix, expires_at)
                        VALUES (?, ?, ?, ?, (CAST(? AS date) + 1) AT TIME ZONE 'Asia/Ho_Chi_Minh') RETURNING id""")
                .params(owner.userId(), clean, hash(secret), secret.substring(0, 8), expiresOn)
                .query(Long.class).single();
        ApiToken token = find(owner.userId(), id);
        audit.record("API_TOKEN_CREATED", "api_token", id, clean, null, token);
        return new Created(token, secret);
    }

    @Transactional
    void revoke(CurrentUser owner, long id) {
        ApiToken before = find(owner.userId(), id);
        if (before.revokedAt() != null) {
            return;
        }
        jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE id = ? AND user_id = ?").params(id, owner.userId()).update();
        audit.record("API_TOKEN_REVOKED", "api_token", id, before.name(), before, find(owner.userId(), id));
    }

    /** The user behind an active token, if any; notes when it was last used (at most once a minute). */
    Optional<String> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<Map.Entry<Long, String>> found = jdbc.sql("""
                        SELECT t.id, u.username FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
                          AND u.enabled""")
                .param(hash(secret))
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("username"))).optional();
        found.ifPresent(entry -> jdbc.sql("""
                        UPDATE api_tokens SET last_used_at = now()
                        WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
                .param(entry.getKey()).update());
        return found.map(Map.Entry::getValue);
    }

    private ApiToken find(long userId, long id) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE id = ? AND user_id = ?").params(id, userId)
                .query(ApiToken.class).optional().orElseThrow(() -> new NotFoundException("api token", id));
    }

    static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
