package vn.traodoi.delegation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.ListItems;

/**
 * A session of a stop. Topics are typed one per line (numbered in that order); attendees one per line as
 * "ông Đặng Quốc Toàn, Chánh Văn phòng UBND Thành phố", and attending organizations are picked. The hours are
 * optional (HH:mm, "08:00" to "11:30") and stand beside the part of the day; neither is derived from the other.
 */
record SessionForm(
        @NotNull(message = "{validation.required}") @Nullable Long stopId,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate date,
        @Nullable PartOfDay partOfDay,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startTime,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endTime,
        @NotNull(message = "{validation.required}") @Nullable SessionKind kind,
        @Size(max = 500, message = "{validation.tooLong}") @Nullable String placeText,
        @Nullable Long visitedOrganizationId,
        @Size(max = 400, message = "{validation.tooLong}") @Nullable String chair,
        @Size(max = 10000, message = "{validation.tooLong}") @Nullable String topics,
        @Size(max = 10000, message = "{validation.tooLong}") @Nullable String attendees,
        @Nullable List<Long> attendingOrganizationIds,
        @Size(max = 50000, message = "{validation.tooLong}") @Nullable String minutes,
        int version) {

    public static SessionForm empty() {
        return new SessionForm(null, null, null, null, null, SessionKind.WORKING_SESSION, null, null, null, null, null,
                List.of(), null, 0);
    }

    /**
     * What is wrong with the hours, as a message code for the field it concerns, or null when they fit: an end needs a
     * start before it, and a part of the day that the start contradicts (a "Sáng" session starting at 14:00) is refused
     * rather than silently corrected.
     */
    @Nullable FieldProblem timeProblem() {
        if (endTime != null && startTime == null) {
            return new FieldProblem("startTime", "session.time.endWithoutStart");
        }
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            return new FieldProblem("endTime", "session.time.endBeforeStart");
        }
        if (startTime != null && partOfDay != null && !partOfDay.admits(startTime)) {
            return new FieldProblem("startTime", "session.time.partOfDay." + partOfDay.name());
        }
        return null;
    }


    List<String> topicLines() {
        return ListItems.of(topics);
    }

    List<String> attendeeLines() {
        return ListItems.of(attendees);
    }
}
