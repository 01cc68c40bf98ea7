package vn.traodoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jspecify.annotations.Nullable;

/**
 * iCalendar files read back as a calendar app would: parsed by ical4j's {@link CalendarBuilder} and validated
 * strictly ({@link Calendar#validate()}), after checking the lines themselves (CRLF, at most 75 octets, every line
 * valid UTF-8 on its own so that no fold splits a character).
 */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** The calendar in {@code ics}, which must be well folded and valid. */
    public static Calendar parse(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).as("no line ends otherwise than CRLF").doesNotContain("\r", "\n");
        for (String line : text.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as("octets of: %s", line).isLessThanOrEqualTo(75);
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(octets));
            } catch (CharacterCodingException e) {
                throw new AssertionError("a fold splits a character: " + line, e);
            }
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new InputStreamReader(new ByteArrayInputStream(ics), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("not parseable as iCalendar", e);
        }
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as("%s", result).isFalse();
        return calendar;
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    /** The event with this UID; fails when there is none. */
    public static VEvent event(Calendar calendar, String uid) {
        return events(calendar).stream().filter(e -> uid.equals(value(e, "UID"))).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    public static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(e -> value(e, "UID")).toList();
    }

    /** The (unescaped) value of a property of the calendar, or null. */
    public static @Nullable String value(Calendar calendar, String property) {
        Optional<Property> p = calendar.getProperty(property);
        return p.map(Property::getValue).orElse(null);
    }

    /** The (unescaped) value of a property of the event, or null. */
    public static @Nullable String value(VEvent event, String property) {
        Optional<Property> p = event.getProperty(property);
        return p.map(Property::getValue).orElse(null);
    }

    public static @Nullable String parameter(VEvent event, String property, String parameter) {
        return event.getProperty(property).flatMap(p -> p.<Parameter>getParameter(parameter)).map(Parameter::getValue)
                .orElse(null);
    }

    /** DTSTART or DTEND as a time in Asia/Ho_Chi_Minh (TZID and offset checked), e.g. 2022-08-09T08:00. */
    public static LocalDateTime vietnamTime(VEvent event, String property) {
        assertThat(parameter(event, property, "TZID")).as(property + " TZID").isEqualTo("Asia/Ho_Chi_Minh");
        Temporal date = ((DateProperty<?>) event.getProperty(property).orElseThrow()).getDate();
        assertThat(date).isInstanceOf(ZonedDateTime.class);
        ZonedDateTime at = (ZonedDateTime) date;
        assertThat(at.getOffset()).as(property + " offset").isEqualTo(ZoneOffset.ofHours(7));
        return at.toLocalDateTime();
    }
}
