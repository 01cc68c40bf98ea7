package vn.traodoi.delegation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.traodoi.system.ListItems;

/**
 * A session of a stop. Topics are typed one per line (numbered in that order); attendees one per line as
 * "ông Đặng Quốc Toàn, Chánh Văn phòng UBND Thành phố", and attending organizations are picked.
 */
record SessionForm(
        @NotNull(message = "{validation.required}") @Nullable Long stopId,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate date,
        @Nullable PartOfDay partOfDay,
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
        return new SessionForm(null, null, null, SessionKind.WORKING_SESSION, null, null, null, null, null, List.of(), null, 0);
    }

    List<String> topicLines() {
        return ListItems.of(topics);
    }

    List<String> attendeeLines() {
        return ListItems.of(attendees);
    }
}
