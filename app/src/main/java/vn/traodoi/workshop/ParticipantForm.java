package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;

/** A participant as the form sends it: a person (name and title), an organization, or a group; at least one. */
record ParticipantForm(@Nullable String name, @Nullable String title, @Nullable Long organizationId,
        @Nullable String description) {

    static ParticipantForm empty() {
        return new ParticipantForm(null, null, null, null);
    }
}
