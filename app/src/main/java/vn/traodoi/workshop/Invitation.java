package vn.traodoi.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation link for an outside expert; the token itself is shown once, only its hash is kept. */
public record Invitation(long id, long workshopId, String expertName, @Nullable String organization,
        @Nullable String email, Instant expiresAt, @Nullable Instant revokedAt, Instant createdAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
