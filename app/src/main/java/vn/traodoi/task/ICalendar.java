package vn.traodoi.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Deadlines as an RFC 5545 calendar: one all-day event per task on its deadline, lines folded at 75 octets and
 * text escaped, so that Outlook, Google Calendar or a phone can subscribe to an organization's tasks.
 */
final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String of(String calendarName, List<FollowUpTask> tasks, Instant now, String baseUrl) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//traodoi//Nhiem vu//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (FollowUpTask t : tasks) {
            if (t.deadlineDate() == null) {
                continue;
            }
            LocalDate day = t.deadlineDate();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:task-" + t.id() + "@traodoi");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
            line(out, "SUMMARY:" + escape("Hạn: " + t.task()));
            line(out, "DESCRIPTION:" + escape((t.source() == null ? "" : t.source() + "\n") + baseUrl + "/tasks/" + t.id()));
            line(out, "URL:" + baseUrl + "/tasks/" + t.id());
            line(out, "STATUS:" + (t.status() == FollowUpTask.Status.DROPPED ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets of UTF-8. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
