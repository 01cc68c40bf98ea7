package vn.traodoi.search;

/**
 * What a search document is: each feature describes its records as documents of its kinds (the kind facet of the
 * search). The names are stored in {@code search_documents.kind}.
 */
public enum SearchKind {
    /** A delegation with its legal bases, topics, stops, hosts, sessions, chairs, attendees and members. */
    DELEGATION,
    /** The compiled trip report of a delegation. */
    TRIP_REPORT,
    /** A lesson an organization learned (from a trip report or an imported article). */
    LESSON,
    /** A follow-up task. */
    TASK,
    /** A workshop on a draft project. */
    WORKSHOP,
    /** A comment made at a workshop, with its response. */
    COMMENT,
    /** A news article of a portal. */
    ARTICLE,
    /** An article an organization imported. */
    IMPORT,
    /** A person of the directory of officials. */
    PERSON,
    /** An organization of the directory. */
    ORGANIZATION
}
