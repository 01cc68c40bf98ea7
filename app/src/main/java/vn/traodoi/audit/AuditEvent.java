package vn.traodoi.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One recorded state change. {@code beforeState} and {@code afterState} are JSON, null when there is none. */
record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        @Nullable Long actorId,
        String actorUsername,
        @Nullable Long organizationId,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable String summary,
        @Nullable String beforeState,
        @Nullable String afterState,
        @Nullable String remoteAddr) {
}
