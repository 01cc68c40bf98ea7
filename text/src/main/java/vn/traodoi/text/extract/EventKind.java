package vn.traodoi.text.extract;

/**
 * What the article reports, seen from the organization that published it: it received a delegation, it sent one, or
 * it held a workshop.
 */
public enum EventKind {
    INCOMING_DELEGATION, OUTGOING_DELEGATION, WORKSHOP, UNKNOWN
}
