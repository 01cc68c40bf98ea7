package vn.traodoi.workshop;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.PartOfDay;

/**
 * A workshop on a draft project, owned by the organization that holds it. What the minutes or the article do not say
 * stays null.
 */
public record Workshop(long id, long ownerId, String ownerName, String title, String projectTitle,
        @Nullable String steeringCommittee, @Nullable String supportGroup, @Nullable String consultant,
        @Nullable LocalDate heldOn, @Nullable PartOfDay partOfDay, @Nullable String place, @Nullable String chair,
        @Nullable String agenda, @Nullable String conclusions, @Nullable LocalDate nextMeetingOn,
        @Nullable PartOfDay nextMeetingPart, @Nullable String nextMeetingNote, Status status, int version) {

    /** OPEN: comments are collected and answered; CLOSED: the table is final. */
    public enum Status {
        OPEN, CLOSED
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
