package vn.traodoi.delegation;

import static vn.traodoi.delegation.DelegationChanges.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Delegation.Side;
import vn.traodoi.delegation.DelegationService.ImportedDocument;
import vn.traodoi.delegation.DelegationService.ImportedDraft;
import vn.traodoi.delegation.DelegationService.ImportedSession;
import vn.traodoi.delegation.DelegationService.ImportedStop;
import vn.traodoi.people.People;
import vn.traodoi.people.People.NameAndTitle;
import vn.traodoi.people.Person;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.text.DocumentSymbol;
import vn.traodoi.text.VietnameseText;

/**
 * A delegation drafted from an imported article ({@link ImportedDraft}): checked whole, then created whole, with its
 * documents, topics, members, stops and sessions.
 */
@Service
class DraftImport {

    private final Delegations delegations;
    private final DelegationChanges changes;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final People people;
    private final Clock clock;

    DraftImport(Delegations delegations, DelegationChanges changes, OrganizationService organizations,
            PlaceLookup places, People people, Clock clock) {
        this.delegations = delegations;
        this.changes = changes;
        this.organizations = organizations;
        this.places = places;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Creates the draft whole, or nothing: every problem of the draft is reported together, each on its field
     * ({@code stops[1].hostOrganizationId}, {@code stops[0].sessions[2].date}).
     */
    @Transactional
    public Delegation importDraft(CurrentUser user, ImportedDraft draft, @Nullable String sourceNote) {
        DelegationAccess.requireRole(user, Role.ORGANIZER);
        Organization organizer = organizations.find(draft.organizerId())
                .orElseThrow(() -> new InvalidInputException("organizerId", "import.organizer.unknown"));
        DelegationForm clean = PlanCheck.checked(draft.form(), null);
        List<FieldProblem> problems = new ArrayList<>();
        // A line that only repeats its role ("Thư ký đoàn") names nobody: that member is known by the role alone.
        long named = draft.members().stream().filter(m -> !m.role().repeatedBy(m.nameAndTitle())).count();
        if (clean.declaredMemberCount() != null && named > clean.declaredMemberCount()) {
            problems.add(new FieldProblem("declaredMemberCount", "delegation.count.belowNamed"));
        }
        for (int i = 0; i < draft.documents().size(); i++) {
            if (draft.documents().get(i).form().type() == null) {
                problems.add(new FieldProblem("documents[" + i + "].type", "validation.required"));
            }
        }
        List<@Nullable NameAndTitle> entries = new ArrayList<>();
        for (int i = 0; i < draft.members().size(); i++) {
            if (draft.members().get(i).role().repeatedBy(draft.members().get(i).nameAndTitle())) {
                entries.add(null);
                continue;
            }
            NameAndTitle entry = People.parseLine(draft.members().get(i).nameAndTitle()).orElse(null);
            if (entry == null) {
                problems.add(new FieldProblem("members[" + i + "].nameAndTitle", "member.person.unreadable"));
            }
            entries.add(entry);
        }
        List<ImportedStop> stops = new ArrayList<>(draft.stops());
        List<@Nullable AdministrativeUnit> units = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            units.add(checkedStop(stops.get(i), "stops[" + i + "]", clean, problems));
        }
        boolean hosted = organizer.id() != user.orgId();
        if (hosted && stops.stream().noneMatch(s -> Objects.equals(s.hostOrganizationId(), user.orgId()))) {
            // The importer received the visit: its own stop, in its province as it was then.
            Organization host = organizations.get(user.orgId());
            LocalDate when = clean.startDate() != null ? clean.startDate() : LocalDate.now(clock);
            AdministrativeUnit unit = host.unitId() == null ? null : places.unitAt(host.unitId(), when).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("organizerId", "import.host.noUnit"));
            }
            stops.addFirst(new ImportedStop(host.id(), null, clean.startDate(), clean.endDate(), List.of()));
            units.addFirst(unit);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = delegations.insert(clean, organizer.id(), user.userId(), null, sourceNote);
        delegations.recordTransition(id, null, DelegationStatus.DRAFT, "IMPORT", user.userId(), user.username(),
                user.orgId(), null);
        for (ImportedDocument imported : draft.documents()) {
            DocumentForm doc = imported.form();
            String symbol = doc.numberSymbol() == null || doc.numberSymbol().isBlank() ? null
                    : VietnameseText.normalize(doc.numberSymbol());
            DocumentForm form = new DocumentForm(doc.type(), symbol, doc.issuedOn(), doc.receivedOn(), doc.issuerId(),
                    blankToNull(doc.issuerText()), blankToNull(doc.summary()), 0);
            delegations.addDocument(id, form, symbol == null || DocumentSymbol.isStandard(symbol), imported.legalBasis());
        }
        draft.topics().stream().filter(t -> !t.isBlank())
                .forEach(topic -> delegations.addTopic(id, VietnameseText.normalize(topic)));
        for (int i = 0; i < draft.members().size(); i++) {
            NameAndTitle entry = entries.get(i);
            if (entry == null) {
                delegations.addMember(id, draft.members().get(i).role(), null, null, null, null);
                continue;
            }
            Person person = people.findOrCreate(entry, null, user.orgId());
            delegations.addMember(id, draft.members().get(i).role(), person.id(), null, entry.title(), null);
        }
        Side side = hosted ? Side.HOST : Side.GUEST;
        for (int i = 0; i < stops.size(); i++) {
            ImportedStop stop = stops.get(i);
            long stopId = delegations.addStop(id, stop.hostOrganizationId(), Objects.requireNonNull(units.get(i)).id(),
                    stop.startDate(), stop.endDate());
            for (ImportedSession session : stop.sessions()) {
                SessionForm form = new SessionForm(stopId, session.date(), session.partOfDay(), null, null, session.kind(),
                        blankToNull(session.placeText()), session.visitedOrganizationId(), null, null, null, List.of(),
                        null, 0);
                long sessionId = delegations.addSession(stopId, form, side, null, null);
                int position = 0;
                for (String topic : session.topics()) {
                    if (!topic.isBlank()) {
                        delegations.addSessionTopic(sessionId, ++position, VietnameseText.normalize(topic));
                    }
                }
            }
        }
        if (hosted) {
            delegations.markSentToHosts(id);
        }
        return changes.created("DELEGATION_IMPORTED", delegations.find(id).orElseThrow());
    }

    /** The stop's province on its dates, or a problem on its field; sessions must fall within the stop. */
    private @Nullable AdministrativeUnit checkedStop(ImportedStop stop, String field, DelegationForm delegation,
            List<FieldProblem> problems) {
        LocalDate start = stop.startDate();
        LocalDate end = stop.endDate();
        problems.addAll(PlanCheck.stopDates(field + ".", start, end, delegation.startDate(), delegation.endDate()));
        Long unitId = stop.unitId();
        if (stop.hostOrganizationId() != null) {
            Organization host = organizations.find(stop.hostOrganizationId()).orElse(null);
            if (host == null) {
                problems.add(new FieldProblem(field + ".hostOrganizationId", "stop.host.unknown"));
            } else {
                if ((start != null && !host.validAt(start)) || (end != null && !host.validAt(end))) {
                    problems.add(new FieldProblem(field + ".hostOrganizationId", "stop.host.notValid"));
                }
                if (unitId == null) {
                    unitId = host.unitId();
                }
            }
        }
        AdministrativeUnit unit = null;
        if (unitId == null) {
            problems.add(new FieldProblem(field + ".unitId", "stop.unit.required"));
        } else {
            LocalDate when = start != null ? start : delegation.startDate() != null ? delegation.startDate() : LocalDate.now(clock);
            unit = places.unitAt(unitId, when).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem(field + ".unitId", "stop.unit.notValid"));
            }
        }
        for (int j = 0; j < stop.sessions().size(); j++) {
            ImportedSession session = stop.sessions().get(j);
            LocalDate date = session.date();
            if (!PlanCheck.within(date, start, end)
                    || !PlanCheck.within(date, delegation.startDate(), delegation.endDate())) {
                problems.add(new FieldProblem(field + ".sessions[" + j + "].date", "session.date.outside"));
            }
            if (session.visitedOrganizationId() != null && organizations.find(session.visitedOrganizationId()).isEmpty()) {
                problems.add(new FieldProblem(field + ".sessions[" + j + "].visitedOrganizationId",
                        "session.organization.unknown"));
            }
        }
        return unit;
    }
}
