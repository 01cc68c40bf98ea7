package vn.traodoi.document;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of an iCalendar file, its facts already worded: a session of a programme or a task's deadline.
 *
 * @param uid          stable across downloads ("session-12@traodoi"), so that a calendar updates the event instead of
 *                     adding it twice
 * @param organizer    the organization that publishes it (the ORGANIZER's common name)
 * @param sequence     the record's version: a calendar takes the event with the higher one
 * @param lastModified when the record last changed, when known
 */
public record CalendarEvent(String uid, String summary, When when, @Nullable String location,
        @Nullable String description, @Nullable URI url, List<String> categories, String organizer, Status status,
        int sequence, @Nullable Instant lastModified) {

    /** When the event takes place: a whole day, or hours on a day. */
    public sealed interface When permits AllDay, Timed {

        LocalDate day();
    }

    /** A whole day: {@code DTSTART;VALUE=DATE}, and {@code DTEND} the day after (RFC 5545: the end is exclusive). */
    public record AllDay(LocalDate day) implements When {

        public AllDay {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * Hours in Asia/Ho_Chi_Minh; with no end when it is not known (the event then takes no time, RFC 5545 §3.6.1).
     */
    public record Timed(LocalDate day, LocalTime start, @Nullable LocalTime end) implements When {

        public Timed {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            if (end != null && !end.isAfter(start)) {
                throw new IllegalArgumentException("end " + end + " is not after start " + start);
            }
        }
    }

    /** STATUS: CONFIRMED, TENTATIVE (not settled yet), CANCELLED (no longer stands). */
    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(status, "status");
        categories = List.copyOf(categories);
        if (summary.isBlank()) {
            throw new IllegalArgumentException("an event needs a summary: " + uid);
        }
    }
}
