package vn.traodoi.delegation;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One line of a delegation's timeline: a status change or a host's answer, with who, when and why. */
record DelegationTransition(long id, @Nullable String fromStatus, String toStatus, String action,
        String actorUsername, @Nullable String organizationName, @Nullable String reason, OffsetDateTime occurredAt) {
}
