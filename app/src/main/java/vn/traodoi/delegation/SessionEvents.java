package vn.traodoi.delegation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.traodoi.delegation.Delegation.Session;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.document.CalendarEvent;
import vn.traodoi.document.CalendarEvent.AllDay;
import vn.traodoi.document.CalendarEvent.Timed;
import vn.traodoi.people.People;
import vn.traodoi.people.Person;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.Days;

/**
 * The sessions of a delegation as calendar events, one a session with a day; a session whose day is not known, and
 * so a trip known only by its month, gives none: its day is never guessed.
 *
 * <ul>
 * <li><b>When.</b> The hours recorded ({@code start_time}, {@code end_time}) when there are any. Without hours, the
 * part of the day as the usual hours of an office: sáng 08:00–11:30, chiều 13:30–17:00, tối 19:00–21:00, the
 * description saying that these are the convention and not the record. An official plans a day by its mornings and
 * afternoons, and a session put in its half-day shows what else that morning holds; "all day" would hide that. A
 * start without an end ends at its part of the day's usual end when that comes later, else takes no time. Without
 * part of day or hours, the event is the whole day (DATE values, DTEND the day after): the day is known and held for
 * the visit, and no hour would be true.</li>
 * <li><b>Where.</b> The place typed, after the organization visited when there is one; else the organization visited,
 * else the stop's host, else the stop's province as then named.</li>
 * <li><b>What.</b> SUMMARY: kind, with whom (the organization visited, else for a field visit the place, else the
 * host), which delegation ("Buổi làm việc: Sở Nội vụ Thành phố Hồ Chí Minh – Đoàn nghiên cứu…"); DESCRIPTION: the delegation, kind, time, host, place, chair, the numbered topics, the delegation's
 * status and the link to the record (also in URL).</li>
 * <li><b>Status.</b> CANCELLED for a cancelled delegation (a calendar that had the event learns that it is off),
 * CONFIRMED once the hosts confirmed it, TENTATIVE before that or while it is postponed.</li>
 * <li><b>Identity.</b> UID {@code session-<id>@traodoi}; SEQUENCE the delegation's version and LAST-MODIFIED its last
 * change, since every change of a session (added, removed, and the delegation's steps) changes the delegation.</li>
 * </ul>
 */
@Component
class SessionEvents {

    /** The usual hours of a part of the day, used only when the record has none. */
    record Hours(LocalTime start, LocalTime end) {
    }

    static final Map<PartOfDay, Hours> CONVENTION = Map.of(
            PartOfDay.MORNING, new Hours(LocalTime.of(8, 0), LocalTime.of(11, 30)),
            PartOfDay.AFTERNOON, new Hours(LocalTime.of(13, 30), LocalTime.of(17, 0)),
            PartOfDay.EVENING, new Hours(LocalTime.of(19, 0), LocalTime.of(21, 0)));

    private static final Set<DelegationStatus> CONFIRMED = Set.of(DelegationStatus.HOST_CONFIRMED,
            DelegationStatus.IN_PROGRESS, DelegationStatus.COMPLETED, DelegationStatus.REPORTED, DelegationStatus.CLOSED);

    private final OrganizationService organizations;
    private final People people;
    private final PlaceLookup places;
    private final MessageSource messages;
    private final String publicUrl;

    SessionEvents(OrganizationService organizations, People people, PlaceLookup places, MessageSource messages,
            @Value("${traodoi.public-url}") String publicUrl) {
        this.organizations = organizations;
        this.people = people;
        this.places = places;
        this.messages = messages;
        String base = publicUrl.strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        URI.create(this.publicUrl);
    }

    /** The events of the delegation's dated sessions, in the order of its programme. */
    List<CalendarEvent> of(Delegation d, @Nullable Instant updatedAt, Locale locale) {
        Set<Long> orgIds = new HashSet<>();
        orgIds.add(d.organizerId());
        List<Long> personIds = new ArrayList<>();
        List<Long> unitIds = new ArrayList<>();
        for (Stop stop : d.stops()) {
            unitIds.add(stop.unitId());
            if (stop.hostOrganizationId() != null) {
                orgIds.add(stop.hostOrganizationId());
            }
            for (Session s : stop.sessions()) {
                if (s.visitedOrganizationId() != null) {
                    orgIds.add(s.visitedOrganizationId());
                }
                if (s.chairPersonId() != null) {
                    personIds.add(s.chairPersonId());
                }
            }
        }
        Names names = new Names(organizations.byIds(orgIds), people.byIds(personIds), places.units(unitIds));
        List<CalendarEvent> events = new ArrayList<>();
        for (Stop stop : d.stops()) {
            for (Session s : stop.sessions()) {
                if (s.date() != null) {
                    events.add(event(d, stop, s, updatedAt, names, locale));
                }
            }
        }
        return events;
    }

    private record Names(Map<Long, Organization> organizations, Map<Long, Person> people,
            Map<Long, AdministrativeUnit> units) {

        @Nullable String organization(@Nullable Long id) {
            Organization o = id == null ? null : organizations.get(id);
            return o == null ? null : o.name();
        }
    }

    private CalendarEvent event(Delegation d, Stop stop, Session s, @Nullable Instant updatedAt, Names names,
            Locale locale) {
        String kind = text(locale, "session.kind." + s.kind());
        String host = names.organization(stop.hostOrganizationId());
        String visited = names.organization(s.visitedOrganizationId());
        String place = s.placeText() == null || s.placeText().isBlank() ? null : s.placeText().strip();
        // A field visit is named by where it goes ("thành phố Thủ Đức"), a working session by whom it is held with.
        String withWhom = visited != null ? visited : s.kind() == SessionKind.FIELD_VISIT && place != null ? place
                : host != null ? host : place;
        String summary = withWhom == null ? text(locale, "ical.session.summary.noHost", kind, d.title())
                : text(locale, "ical.session.summary", kind, withWhom, d.title());
        boolean cancelled = d.status() == DelegationStatus.CANCELLED;
        if (cancelled) {
            summary = text(locale, "ical.cancelled", summary);
        }
        URI url = URI.create(publicUrl + "/delegations/" + d.id() + "?tab=programme#session-" + s.id());

        List<String> lines = new ArrayList<>();
        lines.add(text(locale, "ical.session.delegation", d.title()));
        lines.add(text(locale, "ical.session.kind", kind));
        CalendarEvent.When when = when(s, locale, lines);
        lines.add(text(locale, "ical.session.host", host != null ? host : text(locale, "session.host.unknown")));
        if (visited != null && !visited.equals(host)) {
            lines.add(text(locale, "ical.session.visited", visited));
        }
        if (s.placeText() != null && !s.placeText().isBlank()) {
            lines.add(text(locale, "ical.session.place", s.placeText()));
        }
        Person chair = s.chairPersonId() == null ? null : names.people().get(s.chairPersonId());
        if (chair != null) {
            lines.add(text(locale, "ical.session.chair", chair.fullName()
                    + (s.chairTitle() == null || s.chairTitle().isBlank() ? "" : ", " + s.chairTitle())));
        }
        if (!s.topics().isEmpty()) {
            lines.add(text(locale, "ical.session.topics"));
            for (int i = 0; i < s.topics().size(); i++) {
                lines.add((i + 1) + ". " + s.topics().get(i));
            }
        }
        lines.add(text(locale, "ical.session.status", text(locale, "delegation.status." + d.status())));
        lines.add(text(locale, "ical.link", url.toString()));

        CalendarEvent.Status status = cancelled ? CalendarEvent.Status.CANCELLED
                : CONFIRMED.contains(d.status()) ? CalendarEvent.Status.CONFIRMED : CalendarEvent.Status.TENTATIVE;
        String organizer = names.organization(d.organizerId());
        return new CalendarEvent("session-" + s.id() + "@traodoi", summary, when,
                location(s, stop, visited, host, names), String.join("\n", lines), url,
                List.of(kind, text(locale, "delegation.kind." + d.kind())),
                organizer != null ? organizer : d.title(), status, d.version(), updatedAt);
    }

    /** When the session takes place, the line of the description that says it, and how the hours were found. */
    private CalendarEvent.When when(Session s, Locale locale, List<String> lines) {
        String part = s.partOfDay() == null ? null : text(locale, "partOfDay." + s.partOfDay());
        String day = Days.format(s.date());
        Hours usual = s.partOfDay() == null ? null : CONVENTION.get(s.partOfDay());
        if (s.startTime() != null) {
            lines.add(text(locale, "ical.session.when", (part == null ? "" : part + " ") + day + ", " + s.hours()));
            if (s.endTime() != null) {
                return new Timed(s.date(), s.startTime(), s.endTime());
            }
            if (usual != null && usual.end().isAfter(s.startTime())) {
                lines.add(text(locale, "ical.session.hours.endConvention", Delegation.Session.hours(usual.end(), null),
                        part.toLowerCase(locale)));
                return new Timed(s.date(), s.startTime(), usual.end());
            }
            lines.add(text(locale, "ical.session.hours.endUnknown"));
            return new Timed(s.date(), s.startTime(), null);
        }
        if (usual != null) {
            lines.add(text(locale, "ical.session.when", part + " " + day));
            lines.add(text(locale, "ical.session.hours.convention", part.toLowerCase(locale),
                    Delegation.Session.hours(usual.start(), usual.end())));
            return new Timed(s.date(), usual.start(), usual.end());
        }
        lines.add(text(locale, "ical.session.when", day));
        lines.add(text(locale, "ical.session.hours.unknown"));
        return new AllDay(s.date());
    }

    private static @Nullable String location(Session s, Stop stop, @Nullable String visited, @Nullable String host,
            Names names) {
        Set<String> parts = new LinkedHashSet<>();
        if (visited != null) {
            parts.add(visited);
        }
        if (s.placeText() != null && !s.placeText().isBlank()) {
            parts.add(s.placeText().strip());
        }
        if (parts.isEmpty() && host != null) {
            parts.add(host);
        }
        if (parts.isEmpty()) {
            AdministrativeUnit unit = names.units().get(stop.unitId());
            if (unit != null) {
                parts.add(unit.fullNameOn(s.date()));
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
