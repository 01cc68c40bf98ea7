package vn.traodoi.text.extract;

/**
 * What the article reports, seen from the organization that published it: it received a delegation, it sent one, it
 * held a workshop (a hội thảo, or a meeting reviewing a draft), or something else (a report on an index, a
 * directive). {@link #UNKNOWN} when the text does not say clearly enough.
 */
public enum EventKind {
    INCOMING_DELEGATION, OUTGOING_DELEGATION, WORKSHOP, OTHER, UNKNOWN
}
