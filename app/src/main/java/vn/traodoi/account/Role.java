package vn.traodoi.account;

/** What a user may do within their organization; labels in the bundles as {@code role.ADMIN}. */
public enum Role {
    /** System administration: reference data, users, organizations, audit log. */
    ADMIN,
    /** Staff who draft delegations, workshops, reports and tasks of their organization. */
    ORGANIZER,
    /** Leaders who approve or return plans and reports. */
    APPROVER,
    /** Members of a delegation: see it and file their own report. */
    MEMBER,
    /** Portal editors who publish news from records. */
    EDITOR;

    String authority() {
        return "ROLE_" + name();
    }
}
