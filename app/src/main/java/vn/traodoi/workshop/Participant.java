package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;

/** A participant: a named person with a title, an organization of the directory, or a group as the minutes say. */
public record Participant(long id, @Nullable String name, @Nullable String title, @Nullable Long organizationId,
        @Nullable String organizationName, @Nullable String description) {

    /** How the participant is written in a list: "Bùi Đức Quang, Phó Chủ tịch HĐND thành phố". */
    public String label() {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {name, title, organizationName, description}) {
            if (part != null && !part.isBlank()) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append(part);
            }
        }
        return s.toString();
    }
}
