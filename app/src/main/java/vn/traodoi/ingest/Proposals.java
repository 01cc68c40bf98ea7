package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.system.Days;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.PersonMention;
import vn.traodoi.text.extract.TaskMention;

/**
 * The draft delegation an article proposes, from the facts the text library found, matched to the directory on the
 * day of the event. What is not found stays empty: the user fills it in.
 *
 * <ul>
 * <li>Organizer: for an article on a visit received (đoàn vào), the sending organization as written; for a visit
 * made (đoàn ra), the user's own organization.</li>
 * <li>Stops: one per host, with the host's province as it was on the event's days (a 2022 visit to Thừa Thiên Huế
 * stays at Tỉnh Thừa Thiên Huế); for a visit received, the importer's own stop.</li>
 * <li>Members: the head (Trưởng đoàn) and deputies with their titles, the other people of the delegation's side as
 * members; people of the hosts are listed but not made members.</li>
 * <li>Sessions: a working session with the topics discussed, a field visit per site; tasks with their deadlines.</li>
 * </ul>
 */
@Component
class Proposals {

    private final Directory directory;
    private final CitedDocuments documents;

    Proposals(Directory directory) {
        this.directory = directory;
        this.documents = new CitedDocuments(directory);
    }

    /** The same proposals over another directory (a remembering one, for an archive's many articles). */
    Proposals over(Directory other) {
        return new Proposals(other);
    }

    /** The draft for the importing organization (an archive's entries are read without a signed-in user). */
    Draft propose(long orgId, ExtractedRecord record, LocalDate importedOn) {
        EventKind event = record.eventKind().value();
        EventDates dates = EventDates.of(record);
        LocalDate on = dates.start() != null ? dates.start() : record.publishedOn() != null ? record.publishedOn() : importedOn;
        Organization mine = directory.all().stream().filter(o -> o.id() == orgId).findFirst().orElse(null);
        AdministrativeUnit home = mine == null ? null : directory.unitAt(mine.unitId(), on).orElse(null);

        Long organizerId;
        String organizerWritten = record.delegationFrom() == null ? null : record.delegationFrom().value();
        if (event == EventKind.INCOMING_DELEGATION) {
            organizerId = directory.organization(organizerWritten, on).map(Organization::id)
                    .or(() -> visitorOfHeadline(record, on)).orElse(null);
        } else if (event == EventKind.OUTGOING_DELEGATION || organizerWritten == null) {
            organizerId = orgId;
        } else {
            organizerId = directory.organization(organizerWritten, on).map(Organization::id).orElse(orgId);
        }

        List<Draft.Stop> stops = stops(record, dates, on);
        int hostStop = 0;
        if (event == EventKind.INCOMING_DELEGATION && mine != null) {
            hostStop = importersStop(stops, mine, home, dates, on);
        }

        List<String> topics = distinct(record.topics().stream().map(Fact::value).toList());
        List<Draft.Session> sessions = new ArrayList<>();
        LocalDate day = dates.start() != null && dates.start().equals(dates.end()) ? dates.start() : null;
        List<String> delegationTopics = List.of();
        if (!stops.isEmpty()) {
            if (!topics.isEmpty()) {
                sessions.add(new Draft.Session(hostStop, SessionKind.WORKING_SESSION, day, null, null, null, topics));
            }
            for (String site : distinct(record.sites().stream().map(Fact::value).toList())) {
                sessions.add(new Draft.Session(hostStop, SessionKind.FIELD_VISIT, day, null, site,
                        directory.organization(site, on).map(Organization::id).orElse(null), List.of()));
            }
        } else {
            delegationTopics = topics;
        }

        return new Draft(kind(record), record.headline(), dates.start(), dates.end(), dates.monthOnly(),
                record.memberCount(), organizerId, organizerWritten, dates.yearNote(record, importedOn), stops,
                members(record), documents.of(record, on), delegationTopics, sessions, tasks(record, on, home));
    }

    private static DelegationKind kind(ExtractedRecord record) {
        String folded = VietnameseText.fold(record.headline() == null ? record.text() : record.headline() + " "
                + record.text().substring(0, Math.min(record.text().length(), 400)));
        return folded.contains("khao sat") ? DelegationKind.SURVEY
                : folded.contains("hoc tap") || folded.contains("nghien cuu") ? DelegationKind.STUDY
                : folded.contains("trao doi") ? DelegationKind.EXCHANGE : DelegationKind.WORKING;
    }

    /** The visiting organization of an incoming article's headline: the known organization after "Đoàn … của". */
    private Optional<Long> visitorOfHeadline(ExtractedRecord record, LocalDate on) {
        String head = record.headline() == null ? "" : record.headline();
        int of = head.indexOf(" của ");
        if (of < 0) {
            return Optional.empty();
        }
        String after = Directory.key(head.substring(of + 5));
        return directory.all().stream().filter(o -> o.validAt(on))
                .filter(o -> after.equals(directory.keyOf(o.name())) || after.startsWith(directory.keyOf(o.name()) + " "))
                .max(Comparator.comparingInt(o -> o.name().length())).map(Organization::id);
    }

    private List<Draft.Stop> stops(ExtractedRecord record, EventDates dates, LocalDate on) {
        Map<String, Draft.Stop> stops = new LinkedHashMap<>();
        for (Fact<String> host : record.hosts()) {
            String written = host.value();
            Optional<Organization> organization = directory.organization(written, on);
            Optional<AdministrativeUnit> unit = organization.flatMap(o -> directory.unitAt(o.unitId(), on))
                    .or(() -> directory.unit(written, on));
            String key = organization.map(o -> "o" + o.id()).orElse("w" + Directory.key(written));
            stops.putIfAbsent(key, new Draft.Stop(written, organization.map(Organization::id).orElse(null),
                    unit.map(AdministrativeUnit::id).orElse(null), unit.map(u -> u.fullNameAt(on)).orElse(null),
                    dates.start(), dates.end()));
        }
        return new ArrayList<>(stops.values());
    }

    /**
     * The importer received the visit: its stop is the host stop the article names when that is the importer or a
     * host not on record in the importer's province, else one added first. Returns the index of that stop.
     */
    private static int importersStop(List<Draft.Stop> stops, Organization mine, @Nullable AdministrativeUnit home,
            EventDates dates, LocalDate on) {
        for (int i = 0; i < stops.size(); i++) {
            if (Objects.equals(stops.get(i).hostOrganizationId(), mine.id())) {
                return i;
            }
        }
        for (int i = 0; i < stops.size(); i++) {
            Draft.Stop s = stops.get(i);
            if (s.hostOrganizationId() == null && home != null && Objects.equals(s.unitId(), home.id())) {
                stops.set(i, new Draft.Stop(s.hostWritten(), mine.id(), home.id(), home.fullNameAt(on), s.startDate(),
                        s.endDate()));
                return i;
            }
        }
        stops.addFirst(new Draft.Stop(null, mine.id(), home == null ? null : home.id(),
                home == null ? null : home.fullNameAt(on), dates.start(), dates.end()));
        return 0;
    }

    private static List<Draft.Member> members(ExtractedRecord record) {
        List<Draft.Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (record.head() != null) {
            add(members, seen, record.head().value(), MemberRole.HEAD);
        }
        record.deputies().forEach(d -> add(members, seen, d.value(), MemberRole.DEPUTY_HEAD));
        for (Fact<PersonMention> p : record.people()) {
            add(members, seen, p.value(), p.value().side() == PersonMention.Side.GUEST ? MemberRole.MEMBER : null);
        }
        return members;
    }

    private static void add(List<Draft.Member> members, Set<String> seen, PersonMention p, @Nullable MemberRole role) {
        if (seen.add(VietnameseText.fold(p.name()))) {
            members.add(new Draft.Member(p.name(), p.honorific(), p.title(), role, p.side().name()));
        }
    }

    private List<Draft.Task> tasks(ExtractedRecord record, LocalDate on, @Nullable AdministrativeUnit home) {
        List<Draft.Task> tasks = new ArrayList<>();
        for (Fact<TaskMention> fact : record.tasks()) {
            TaskMention t = fact.value();
            Long assignee = directory.organizationIn(t.assignee(), on, home).map(Organization::id).orElse(null);
            FollowUpTask.DeadlineKind kind;
            String deadline;
            switch (t.deadline()) {
                case null -> {
                    kind = FollowUpTask.DeadlineKind.NONE;
                    deadline = null;
                }
                case DateMention.Days d -> {
                    kind = FollowUpTask.DeadlineKind.DAY;
                    deadline = Days.format(d.end());
                }
                case DateMention.Month m -> {
                    kind = FollowUpTask.DeadlineKind.MONTH;
                    deadline = m.month().getMonthValue() + "/" + m.month().getYear();
                }
                case DateMention.Period p -> {
                    kind = FollowUpTask.DeadlineKind.PERIOD;
                    deadline = p.fromYear() + "-" + p.toYear();
                }
            }
            tasks.add(new Draft.Task(VietnameseText.capitalize(t.task().strip()), t.assignee(), assignee, kind, deadline,
                    t.deadlineText()));
        }
        return tasks;
    }

    private static List<String> distinct(List<String> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        values.forEach(v -> byKey.putIfAbsent(VietnameseText.fold(v), VietnameseText.normalize(v)));
        return List.copyOf(byKey.values());
    }
}
