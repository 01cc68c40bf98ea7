package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;

/** An outside expert to invite: name, organization, address for the link, and for how many days (14 if not said). */
record InvitationForm(@Nullable String expertName, @Nullable String organization, @Nullable String email,
        @Nullable Integer days) {

    static final int DEFAULT_DAYS = 14;

    static InvitationForm empty() {
        return new InvitationForm(null, null, null, null);
    }

    int validDays() {
        return days == null ? DEFAULT_DAYS : days;
    }
}
