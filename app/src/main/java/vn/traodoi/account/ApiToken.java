package vn.traodoi.account;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed to its owner: never the token itself, only its first characters. */
record ApiToken(long id, long userId, String name, String tokenPrefix, OffsetDateTime createdAt,
        @Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {

    public boolean active(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
