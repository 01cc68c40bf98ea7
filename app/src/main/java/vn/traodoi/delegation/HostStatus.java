package vn.traodoi.delegation;

/** A host's answer for its stop: not yet, confirmed, or other dates proposed. */
enum HostStatus {
    PENDING, CONFIRMED, PROPOSED
}
