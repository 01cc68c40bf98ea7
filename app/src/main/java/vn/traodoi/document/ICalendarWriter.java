package vn.traodoi.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.traodoi.document.CalendarEvent.AllDay;
import vn.traodoi.document.CalendarEvent.Timed;

/**
 * Calendars as RFC 5545 iCalendar files that Outlook and Google Calendar import, or subscribe to as a feed, written
 * with ical4j: {@code METHOD:PUBLISH}, {@code PRODID}, {@code VERSION:2.0}, {@code CALSCALE:GREGORIAN}, the
 * calendar's name ({@code NAME}, {@code X-WR-CALNAME}), a refresh hint of one hour for subscribers, and the
 * {@code VTIMEZONE} of Asia/Ho_Chi_Minh (ical4j's definition), which the events with hours name in their TZID and
 * which keeps a calendar without any known event valid (RFC 5545 wants at least one component).
 *
 * <pre>
 * write("Lịch trình – Đoàn khảo sát", [a session 09/08/2022 08:00–11:30, a deadline on 31/08/2023], stamp)
 *   → BEGIN:VCALENDAR … BEGIN:VTIMEZONE TZID:Asia/Ho_Chi_Minh … END:VTIMEZONE
 *     BEGIN:VEVENT UID:session-12@traodoi DTSTART;TZID=Asia/Ho_Chi_Minh:20220809T080000
 *     DTEND;TZID=Asia/Ho_Chi_Minh:20220809T113000 … END:VEVENT
 *     BEGIN:VEVENT UID:task-7@traodoi DTSTART;VALUE=DATE:20230831 DTEND;VALUE=DATE:20230901 … END:VEVENT END:VCALENDAR
 * </pre>
 *
 * ical4j escapes the text (backslashes, commas, semicolons, newlines) and validates the calendar; a PUBLISH needs an
 * {@code ORGANIZER} (RFC 5546 §3.2.1), written as the publishing organization's name at the application's sender
 * address ({@code traodoi.mail.from}). A calendar that fails ical4j's validation is a bug and is not sent.
 *
 * <p>ical4j folds lines at 73 UTF-16 characters, which for Vietnamese text ("Phó Chủ tịch Ủy ban nhân dân") is up to
 * three times the 75 octets that RFC 5545 §3.1 allows; the content lines ical4j writes are therefore folded here by
 * UTF-8 octets, never inside a character, each line ended by CRLF.
 */
@Component
public class ICalendarWriter {

    /** The time zone of every event with hours. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final String PRODUCT = "-//traodoi//traodoi//VI";
    private static final int LINE_OCTETS = 75;
    private static final Duration REFRESH = Duration.ofHours(1);

    private static final VTimeZone HO_CHI_MINH = TimeZoneRegistryFactory.getInstance().createRegistry()
            .getTimeZone(ZONE.getId()).getVTimeZone();

    private final URI organizerAddress;

    @Autowired
    ICalendarWriter(Environment environment) {
        this(environment.getRequiredProperty("traodoi.mail.from"));
    }

    private ICalendarWriter(String mailFrom) {
        this.organizerAddress = mailto(mailFrom);
    }

    /** A writer whose events are published from {@code mailFrom} ("traodoi@so-noi-vu.gov.vn"), for tests. */
    public static ICalendarWriter from(String mailFrom) {
        return new ICalendarWriter(mailFrom);
    }

    /**
     * The calendar {@code name} with the {@code events}, stamped ({@code DTSTAMP}) at {@code stamp}, as UTF-8 bytes.
     */
    public byte[] write(String name, List<CalendarEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(clean(name)));
        calendar.add(new XProperty("X-WR-CALNAME", clean(name)));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        // Always there: the events with hours refer to it, and RFC 5545 wants a component even when no event is known.
        calendar.add(HO_CHI_MINH.copy());
        Instant stamped = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (CalendarEvent event : events) {
            calendar.add(event(event, stamped));
        }
        ValidationResult result = calendar.validate();
        if (result.hasErrors()) {
            throw new IllegalStateException("the calendar \"" + name + "\" is not valid iCalendar: " + result);
        }
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(CalendarEvent e, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(stamp));
        switch (e.when()) {
            case AllDay(LocalDate day) -> {
                event.add(new DtStart<>(day));
                event.add(new DtEnd<>(day.plusDays(1)));
            }
            case Timed t -> {
                event.add(new DtStart<>(ZonedDateTime.of(t.day(), t.start(), ZONE)));
                if (t.end() != null) {
                    event.add(new DtEnd<>(ZonedDateTime.of(t.day(), t.end(), ZONE)));
                }
            }
        }
        event.add(new Summary(clean(e.summary())));
        event.add(new Organizer(new ParameterList(List.of(new Cn(clean(e.organizer()).replace('"', '”')))),
                organizerAddress));
        if (present(e.location())) {
            event.add(new Location(clean(e.location())));
        }
        if (present(e.description())) {
            event.add(new Description(clean(e.description())));
        }
        if (e.url() != null) {
            event.add(new Url(e.url()));
        }
        if (!e.categories().isEmpty()) {
            Categories categories = new Categories();
            e.categories().stream().filter(ICalendarWriter::present).map(ICalendarWriter::clean)
                    .forEach(categories::addCategory);
            event.add(categories);
        }
        event.add(new Sequence(e.sequence()));
        if (e.lastModified() != null) {
            event.add(new LastModified(e.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        }
        event.add(status(e.status()));
        return event;
    }

    private static Status status(CalendarEvent.Status status) {
        return switch (status) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /**
     * Text as iCalendar allows it: line breaks as LF (written {@code \n}), no other control character (RFC 5545 §3.3.11
     * excludes them from TEXT).
     */
    static String clean(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** The content lines, each folded so that no line is longer than 75 octets of UTF-8, and ended by CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(c);
                octets += size;
                i += Character.charCount(c);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The sender address ("traodoi@localhost", or "traodoi <traodoi@localhost>") as a {@code mailto:} URI. */
    private static URI mailto(String mailFrom) {
        String address = mailFrom.strip();
        int open = address.indexOf('<');
        if (open >= 0 && address.endsWith(">")) {
            address = address.substring(open + 1, address.length() - 1).strip();
        }
        if (address.isEmpty() || address.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
            throw new IllegalStateException("traodoi.mail.from is not an e-mail address: \"" + mailFrom + "\"");
        }
        return URI.create("mailto:" + address);
    }

    private static boolean present(@Nullable String text) {
        return text != null && !clean(text).isEmpty();
    }
}
