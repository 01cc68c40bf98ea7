package vn.traodoi.delegation;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → SUBMITTED → APPROVED (or REJECTED) → HOST_REQUESTED → HOST_CONFIRMED → IN_PROGRESS → COMPLETED →
 * REPORTED → CLOSED; CANCELLED or POSTPONED from any state before COMPLETED.
 */
public enum DelegationStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, HOST_REQUESTED, HOST_CONFIRMED, IN_PROGRESS, COMPLETED, REPORTED, CLOSED,
    CANCELLED, POSTPONED;

    static final Set<DelegationStatus> BEFORE_COMPLETION = EnumSet.of(DRAFT, SUBMITTED, APPROVED, REJECTED,
            HOST_REQUESTED, HOST_CONFIRMED, IN_PROGRESS, POSTPONED);

    /** The plan itself (title, dates, stops) may change only while it is not yet approved. */
    boolean planEditable() {
        return this == DRAFT || this == REJECTED || this == POSTPONED;
    }

    /** Members, documents, topics and sessions may change until the visit is over. */
    boolean detailsEditable() {
        return BEFORE_COMPLETION.contains(this) || this == COMPLETED;
    }
}
