package vn.traodoi.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.Delegation.Side;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.people.People;
import vn.traodoi.people.Person;
import vn.traodoi.people.PersonForm;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Upload;
import vn.traodoi.system.Uploads;
import vn.traodoi.text.DocumentSymbol;
import vn.traodoi.text.VietnameseText;

/**
 * Every read and change of a delegation, with the organization check in one place: the organizer sees and edits
 * its delegations; a host sees a delegation once it was sent to it, answers for its own stop and writes its own
 * sessions; anyone else gets 404, as if the record did not exist.
 */
@Service
public class DelegationService {

    private final Delegations delegations;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final People people;
    private final AuditLog audit;
    private final PhotoStore photos;
    private final Uploads uploads;
    private final DelegationDocuments documents;

    DelegationService(Delegations delegations, OrganizationService organizations, PlaceLookup places, People people,
            AuditLog audit, PhotoStore photos, Uploads uploads, DelegationDocuments documents) {
        this.documents = documents;
        this.photos = photos;
        this.uploads = uploads;
        this.delegations = delegations;
        this.organizations = organizations;
        this.places = places;
        this.people = people;
        this.audit = audit;
    }

    /** The delegation if {@code user}'s organization may see it; otherwise 404. */
    public Delegation get(CurrentUser user, long id) {
        Delegation d = delegations.find(id).orElseThrow(() -> new NotFoundException("delegation", id));
        if (sideOf(d, user).isEmpty()) {
            throw new NotFoundException("delegation", id);
        }
        return d;
    }

    /**
     * What another feature's search documents say of a delegation (a lesson's, a trip report's): its title, dates and
     * provinces, and which organizations see it. For the index only; no user is checked here.
     */
    public record Outline(long id, String title, long organizerId, Set<Long> audience, List<Long> unitIds,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate) {
    }

    /** The outlines of these delegations, by id (unknown ids are left out). */
    public Map<Long, Outline> outlines(Collection<Long> ids) {
        Map<Long, Outline> found = new HashMap<>();
        for (long id : new HashSet<>(ids)) {
            delegations.find(id).ifPresent(d -> found.put(id, new Outline(d.id(), d.title(), d.organizerId(), d.audience(),
                    d.stops().stream().map(Stop::unitId).toList(), d.startDate(), d.endDate())));
        }
        return found;
    }

    /** GUEST for the organizer, HOST for a host organization once the delegation was sent to it. */
    public Optional<Side> sideOf(Delegation d, CurrentUser user) {
        if (d.organizerId() == user.orgId()) {
            return Optional.of(Side.GUEST);
        }
        if (d.sentToHosts() && d.hostOrganizationIds().contains(user.orgId())) {
            return Optional.of(Side.HOST);
        }
        return Optional.empty();
    }

    /** The steps {@code user} may take now, in the order the buttons are shown. */
    public List<Action> availableActions(Delegation d, CurrentUser user) {
        Optional<Side> side = sideOf(d, user);
        List<Action> actions = new ArrayList<>();
        for (Action action : Action.values()) {
            if (side.isPresent() && side.get() == action.side && action.allowedFrom(d.status())
                    && action.roles.stream().anyMatch(user::has) && action.precondition(d, user.orgId()).isEmpty()) {
                actions.add(action);
            }
        }
        return actions;
    }

    public boolean canEditPlan(Delegation d, CurrentUser user) {
        return sideOf(d, user).orElse(null) == Side.GUEST && user.has(Role.ORGANIZER) && d.status().planEditable();
    }

    public boolean canEditDetails(Delegation d, CurrentUser user) {
        return sideOf(d, user).orElse(null) == Side.GUEST && user.has(Role.ORGANIZER) && d.status().detailsEditable();
    }

    /** Hosts write sessions for their own stops; the organizer for any stop. */
    public boolean canWriteSessions(Delegation d, Stop stop, CurrentUser user) {
        Side side = sideOf(d, user).orElse(null);
        if (side == null || !user.has(Role.ORGANIZER) || !d.status().detailsEditable()) {
            return false;
        }
        return side == Side.GUEST || Objects.equals(stop.hostOrganizationId(), user.orgId());
    }

    @Transactional
    public Delegation create(CurrentUser user, DelegationForm form) {
        requireRole(user, Role.ORGANIZER);
        DelegationForm clean = PlanCheck.checked(form, null);
        long id = delegations.insert(clean, user.orgId(), user.userId(), null, null);
        delegations.recordTransition(id, null, DelegationStatus.DRAFT, "CREATE", user.userId(), user.username(),
                user.orgId(), null);
        Delegation created = get(user, id);
        audit.record("DELEGATION_CREATED", "delegation", id, created.title(), null, created);
        documents.index(created);
        return created;
    }

    @Transactional
    public Delegation update(CurrentUser user, long id, DelegationForm form) {
        Delegation before = get(user, id);
        requireGuestOrganizer(before, user);
        if (!before.status().planEditable()) {
            throw new IllegalTransitionException("delegation.plan.locked", before.status());
        }
        DelegationForm clean = PlanCheck.checked(form, before);
        if (!delegations.update(id, form.version(), clean)) {
            throw new ConcurrentEditException("delegation", id);
        }
        return audited("DELEGATION_UPDATED", user, before);
    }

    @Transactional
    public Delegation addDocument(CurrentUser user, long id, DocumentForm form) {
        Delegation before = editableDetails(user, id, form.version());
        String symbol = form.numberSymbol() == null || form.numberSymbol().isBlank() ? null
                : VietnameseText.normalize(form.numberSymbol());
        if (form.issuerId() != null && organizations.find(form.issuerId()).isEmpty()) {
            throw new InvalidInputException("issuerId", "document.issuer.unknown");
        }
        DocumentForm clean = new DocumentForm(form.type(), symbol, form.issuedOn(), form.receivedOn(), form.issuerId(),
                blankToNull(form.issuerText()), blankToNull(form.summary()), form.version());
        delegations.addDocument(id, clean, symbol == null || DocumentSymbol.isStandard(symbol));
        return audited("DELEGATION_DOCUMENT_ADDED", user, before);
    }

    @Transactional
    public Delegation removeDocument(CurrentUser user, long id, long documentId, int version) {
        Delegation before = editableDetails(user, id);
        requirePart(before.documents(), Delegation.Document::id, "document", documentId);
        touch(before, version);
        requireRow(delegations.deleteDocument(id, documentId), "document", documentId);
        return audited("DELEGATION_DOCUMENT_REMOVED", user, before);
    }

    @Transactional
    public Delegation addTopic(CurrentUser user, long id, String content, int version) {
        Delegation before = editableDetails(user, id, version);
        String clean = VietnameseText.normalize(Objects.requireNonNullElse(content, ""));
        if (clean.isEmpty()) {
            throw new InvalidInputException("content", "validation.required");
        }
        delegations.addTopic(id, clean);
        return audited("DELEGATION_TOPIC_ADDED", user, before);
    }

    @Transactional
    public Delegation removeTopic(CurrentUser user, long id, long topicId, int version) {
        Delegation before = editableDetails(user, id);
        requirePart(before.topics(), Delegation.Topic::id, "topic", topicId);
        touch(before, version);
        requireRow(delegations.deleteTopic(id, topicId), "topic", topicId);
        return audited("DELEGATION_TOPIC_REMOVED", user, before);
    }

    @Transactional
    public Delegation addMember(CurrentUser user, long id, MemberForm form) {
        Delegation before = editableDetails(user, id, form.version());
        boolean byId = form.personId() != null;
        boolean byName = form.newPerson() != null && !form.newPerson().isBlank();
        boolean asGroup = form.group() != null && !form.group().isBlank();
        if ((byId ? 1 : 0) + (byName ? 1 : 0) + (asGroup ? 1 : 0) != 1) {
            throw new InvalidInputException("newPerson", "member.choose.one");
        }
        if (form.organizationId() != null && organizations.find(form.organizationId()).isEmpty()) {
            throw new InvalidInputException("organizationId", "member.organization.unknown");
        }
        MemberRole role = Objects.requireNonNull(form.role());
        if (asGroup) {
            delegations.addMember(id, role, null, VietnameseText.normalize(form.group()), null, form.organizationId());
        } else {
            if (before.declaredMemberCount() != null && before.namedMemberCount() + 1 > before.declaredMemberCount()) {
                throw new InvalidInputException("newPerson", "delegation.count.belowNamed");
            }
            Person person;
            String title;
            if (byId) {
                person = people.find(form.personId()).orElseThrow(
                        () -> new InvalidInputException("personId", "member.person.unknown"));
                title = person.positionAt(before.startDate()).map(p -> p.describe()).orElse(null);
            } else {
                People.NameAndTitle entry = People.parseLine(form.newPerson())
                        .orElseThrow(() -> new InvalidInputException("newPerson", "member.person.unreadable"));
                person = form.nationality() != null && !form.nationality().isBlank()
                        ? people.create(new PersonForm(entry.name(), entry.honorific(), form.nationality(), entry.title(),
                                form.organizationId(), null, null, null), user.orgId())
                        : people.findOrCreate(entry, form.organizationId(), user.orgId());
                title = entry.title();
            }
            delegations.addMember(id, role, person.id(), null, title, form.organizationId());
        }
        return audited("DELEGATION_MEMBER_ADDED", user, before);
    }

    @Transactional
    public Delegation removeMember(CurrentUser user, long id, long memberId, int version) {
        Delegation before = editableDetails(user, id);
        requirePart(before.members(), Delegation.Member::id, "member", memberId);
        touch(before, version);
        requireRow(delegations.deleteMember(id, memberId), "member", memberId);
        return audited("DELEGATION_MEMBER_REMOVED", user, before);
    }

    @Transactional
    public Delegation addStop(CurrentUser user, long id, StopForm form) {
        Delegation before = get(user, id);
        requireGuestOrganizer(before, user);
        if (!before.status().planEditable() && before.status() != DelegationStatus.APPROVED) {
            throw new IllegalTransitionException("delegation.plan.locked", before.status());
        }
        touch(before, form.version());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = form.startDate();
        LocalDate end = form.endDate();
        problems.addAll(PlanCheck.stopDates("", start, end, before.startDate(), before.endDate()));
        Long unitId = form.unitId();
        if (form.hostOrganizationId() != null) {
            Organization host = organizations.find(form.hostOrganizationId()).orElse(null);
            if (host == null) {
                problems.add(new FieldProblem("hostOrganizationId", "stop.host.unknown"));
            } else {
                if ((start != null && !host.validAt(start)) || (end != null && !host.validAt(end))) {
                    problems.add(new FieldProblem("hostOrganizationId", "stop.host.notValid"));
                }
                if (unitId == null) {
                    unitId = host.unitId();
                }
            }
        }
        if (unitId == null) {
            problems.add(new FieldProblem("unitId", "stop.unit.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate when = start != null ? start : before.startDate() != null ? before.startDate() : places.today();
        AdministrativeUnit unit = places.unitAt(Objects.requireNonNull(unitId), when)
                .orElseThrow(() -> new InvalidInputException("unitId", "stop.unit.notValid"));
        delegations.addStop(id, form.hostOrganizationId(), unit.id(), start, end);
        return audited("DELEGATION_STOP_ADDED", user, before);
    }

    @Transactional
    public Delegation addSession(CurrentUser user, long id, SessionForm form) {
        Delegation before = get(user, id);
        if (form.stopId() == null) {
            throw new InvalidInputException("stopId", "session.stop.unknown");
        }
        Stop stop = before.stop(form.stopId());
        if (!canWriteSessions(before, stop, user)) {
            if (!before.status().detailsEditable()) {
                throw new IllegalTransitionException("delegation.details.locked", before.status());
            }
            throw new AccessDeniedException("not a writer of this stop's sessions");
        }
        touch(before, form.version());
        if (!stop.contains(form.date())) {
            throw new InvalidInputException("date", "session.date.outside");
        }
        if (form.visitedOrganizationId() != null && organizations.find(form.visitedOrganizationId()).isEmpty()) {
            throw new InvalidInputException("visitedOrganizationId", "session.organization.unknown");
        }
        Side side = sideOf(before, user).orElseThrow();
        Long chairId = null;
        String chairTitle = null;
        if (form.chair() != null && !form.chair().isBlank()) {
            People.NameAndTitle chair = People.parseLine(form.chair())
                    .orElseThrow(() -> new InvalidInputException("chair", "member.person.unreadable"));
            chairId = people.findOrCreate(chair, null, user.orgId()).id();
            chairTitle = chair.title();
        }
        long sessionId = delegations.addSession(stop.id(), form, side, chairId, chairTitle);
        int position = 0;
        for (String topic : form.topicLines()) {
            delegations.addSessionTopic(sessionId, ++position, topic);
        }
        position = 0;
        for (String line : form.attendeeLines()) {
            People.NameAndTitle entry = People.parseLine(line)
                    .orElseThrow(() -> new InvalidInputException("attendees", "member.person.unreadable"));
            Person person = people.findOrCreate(entry, null, user.orgId());
            delegations.addAttendee(sessionId, ++position, person.id(), null, entry.title());
        }
        for (Long organizationId : Objects.requireNonNullElse(form.attendingOrganizationIds(), List.<Long>of())) {
            if (organizations.find(organizationId).isEmpty()) {
                throw new InvalidInputException("attendingOrganizationIds", "session.organization.unknown");
            }
            delegations.addAttendee(sessionId, ++position, null, organizationId, null);
        }
        return audited("DELEGATION_SESSION_ADDED", user, before);
    }

    @Transactional
    public Delegation removeSession(CurrentUser user, long id, long sessionId, int version) {
        Delegation before = get(user, id);
        requireSessionWriter(before, sessionId, user);
        touch(before, version);
        requireRow(delegations.deleteSession(id, sessionId), "session", sessionId);
        return audited("DELEGATION_SESSION_REMOVED", user, before);
    }

    /**
     * A draft made from an imported article. When the importing organization organized the visit, the draft is its
     * own; when it hosted the visit, the draft belongs to the visiting organization, with a stop hosted by the
     * importer (the one given, or one added), who therefore sees it and writes its sessions (the visitor can correct
     * the rest). Each stop's province is the unit as it was on the stop's dates: a 2022 visit to Thừa Thiên Huế stays
     * at Tỉnh Thừa Thiên Huế.
     */
    public record ImportedDraft(DelegationForm form, long organizerId, List<ImportedDocument> documents, List<String> topics,
            List<ImportedMember> members, List<ImportedStop> stops) {

        public ImportedDraft {
            documents = List.copyOf(documents);
            topics = List.copyOf(topics);
            members = List.copyOf(members);
            stops = List.copyOf(stops);
        }
    }

    /** A document the article names: a legal basis of the visit (căn cứ), or only cited by it. */
    public record ImportedDocument(DocumentForm form, boolean legalBasis) {
    }

    /** A member found in the article: "name, title" and the role the user gave. */
    public record ImportedMember(MemberRole role, String nameAndTitle) {
    }

    /**
     * A stop: the host organization, or only the province when the host is not in the directory (the host's own
     * province otherwise), its dates, and its sessions.
     */
    public record ImportedStop(@Nullable Long hostOrganizationId, @Nullable Long unitId, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, List<ImportedSession> sessions) {

        public ImportedStop {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session of a stop: a working session with its agenda, or a field visit to a site. */
    public record ImportedSession(SessionKind kind, @Nullable LocalDate date, @Nullable PartOfDay partOfDay,
            @Nullable String placeText, @Nullable Long visitedOrganizationId, List<String> topics) {

        public ImportedSession {
            topics = List.copyOf(topics);
        }
    }

    /**
     * Creates the draft whole, or nothing: every problem of the draft is reported together, each on its field
     * ({@code stops[1].hostOrganizationId}, {@code stops[0].sessions[2].date}).
     */
    @Transactional
    public Delegation importDraft(CurrentUser user, ImportedDraft draft, @Nullable String sourceNote) {
        requireRole(user, Role.ORGANIZER);
        Organization organizer = organizations.find(draft.organizerId())
                .orElseThrow(() -> new InvalidInputException("organizerId", "import.organizer.unknown"));
        DelegationForm clean = PlanCheck.checked(draft.form(), null);
        List<FieldProblem> problems = new ArrayList<>();
        long named = draft.members().size();
        if (clean.declaredMemberCount() != null && named > clean.declaredMemberCount()) {
            problems.add(new FieldProblem("declaredMemberCount", "delegation.count.belowNamed"));
        }
        for (int i = 0; i < draft.documents().size(); i++) {
            if (draft.documents().get(i).form().type() == null) {
                problems.add(new FieldProblem("documents[" + i + "].type", "validation.required"));
            }
        }
        List<People.@Nullable NameAndTitle> entries = new ArrayList<>();
        for (int i = 0; i < draft.members().size(); i++) {
            People.NameAndTitle entry = People.parseLine(draft.members().get(i).nameAndTitle()).orElse(null);
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
            LocalDate when = clean.startDate() != null ? clean.startDate() : places.today();
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
            People.NameAndTitle entry = Objects.requireNonNull(entries.get(i));
            Person person = people.findOrCreate(entry, null, user.orgId());
            delegations.addMember(id, draft.members().get(i).role(), person.id(), null, entry.title(), null);
        }
        Side side = hosted ? Side.HOST : Side.GUEST;
        for (int i = 0; i < stops.size(); i++) {
            ImportedStop stop = stops.get(i);
            long stopId = delegations.addStop(id, stop.hostOrganizationId(), Objects.requireNonNull(units.get(i)).id(),
                    stop.startDate(), stop.endDate());
            for (ImportedSession session : stop.sessions()) {
                SessionForm form = new SessionForm(stopId, session.date(), session.partOfDay(), session.kind(),
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
        Delegation created = delegations.find(id).orElseThrow();
        audit.record("DELEGATION_IMPORTED", "delegation", id, created.title(), null, created);
        documents.index(created);
        return created;
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
            LocalDate when = start != null ? start : delegation.startDate() != null ? delegation.startDate() : places.today();
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

    /**
     * The trip report was approved: COMPLETED → REPORTED, on the timeline. Called by the report feature, which checks
     * the approver; here only the state is checked.
     */
    @Transactional
    public Delegation markReported(CurrentUser user, long id) {
        Delegation before = get(user, id);
        if (before.status() != DelegationStatus.COMPLETED) {
            throw new IllegalTransitionException("report.delegation.notCompleted", before.status());
        }
        if (!delegations.changeStatus(id, before.version(), DelegationStatus.REPORTED, false)) {
            throw new ConcurrentEditException("delegation", id);
        }
        delegations.recordTransition(id, before.status(), DelegationStatus.REPORTED, "REPORT_APPROVED", user.userId(),
                user.username(), user.orgId(), null);
        return audited("DELEGATION_REPORTED", user, before);
    }

    /** A photo of a session, accepted by {@link Uploads} (written anew without its metadata), kept outside the web root. */
    @Transactional
    public Delegation addPhoto(CurrentUser user, long id, long sessionId, Upload photo, @Nullable String caption,
            int version) {
        Delegation before = get(user, id);
        requireSessionWriter(before, sessionId, user);
        Uploads.Checked image = uploads.check(PhotoStore.RULE, photo);
        touch(before, version);
        delegations.addPhoto(sessionId, photos.save(image.bytes()), image.contentType(), image.bytes().length,
                blankToNull(caption), user.userId());
        return audited("DELEGATION_PHOTO_ADDED", user, before);
    }

    /** The stored file of a photo, if the user may see its delegation. */
    public PhotoFile photo(CurrentUser user, long id, long photoId) {
        Delegations.PhotoFile file = delegations.photo(photoId).filter(p -> p.delegationId() == id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        get(user, id);
        return new PhotoFile(photos.path(file.storageName()), file.contentType());
    }

    /** Where a photo's bytes are and what type they are. */
    public record PhotoFile(java.nio.file.Path path, String contentType) {
    }

    /** The session must be part of the delegation, and the user one who writes its stop's sessions. */
    private void requireSessionWriter(Delegation d, long sessionId, CurrentUser user) {
        Stop stop = d.stops().stream().filter(s -> s.sessions().stream().anyMatch(x -> x.id() == sessionId))
                .findFirst().orElseThrow(() -> new NotFoundException("session", sessionId));
        if (!canWriteSessions(d, stop, user)) {
            throw new AccessDeniedException("not a writer of this stop's sessions");
        }
    }

    /** A lifecycle step: checks the state, the side and the role, records who, when and why. */
    @Transactional
    public Delegation transition(CurrentUser user, long id, Action action, @Nullable String reason, int version) {
        Delegation before = get(user, id);
        Side side = sideOf(before, user).orElseThrow();
        if (action.to == null) {
            throw new IllegalTransitionException("delegation.action.needsStop", action);
        }
        check(before, action, side, user, reason);
        if (!delegations.changeStatus(id, version, action.to, action == Action.REQUEST_HOSTS)) {
            throw new ConcurrentEditException("delegation", id);
        }
        delegations.recordTransition(id, before.status(), action.to, action.name(), user.userId(), user.username(),
                user.orgId(), blankToNull(reason));
        return audited("DELEGATION_" + action.name(), user, before);
    }

    /** The host's answer for its stop: confirm the dates, or propose others with a reason. */
    @Transactional
    public Delegation answerStop(CurrentUser user, long id, long stopId, boolean confirm, @Nullable LocalDate proposedStart,
            @Nullable LocalDate proposedEnd, @Nullable String note, int version) {
        Delegation before = get(user, id);
        Stop stop = before.stop(stopId);
        Action action = confirm ? Action.CONFIRM_STOP : Action.PROPOSE_DATES;
        Side side = sideOf(before, user).orElseThrow();
        check(before, action, side, user, confirm ? "-" : note);
        if (!Objects.equals(stop.hostOrganizationId(), user.orgId())) {
            throw new NotFoundException("stop", stopId);
        }
        if (!confirm) {
            if (proposedStart == null || proposedEnd == null) {
                throw new InvalidInputException("proposedStart", "stop.proposal.datesRequired");
            }
            if (proposedStart.isAfter(proposedEnd)) {
                throw new InvalidInputException("proposedEnd", "delegation.dates.order");
            }
        }
        touch(before, version);
        requireRow(delegations.answerStop(id, stopId, confirm ? HostStatus.CONFIRMED : HostStatus.PROPOSED,
                confirm ? null : proposedStart, confirm ? null : proposedEnd, blankToNull(note)), "stop", stopId);
        delegations.recordTransition(id, before.status(), before.status(), action.name(), user.userId(), user.username(),
                user.orgId(), blankToNull(note));
        advanceIfAllHostsConfirmed(id, user);
        return audited("DELEGATION_" + action.name(), user, before);
    }

    /** The organizer takes the dates a host proposed: the stop is then confirmed with those dates. */
    @Transactional
    public Delegation acceptProposal(CurrentUser user, long id, long stopId, int version) {
        Delegation before = get(user, id);
        Stop stop = before.stop(stopId);
        check(before, Action.ACCEPT_PROPOSAL, sideOf(before, user).orElseThrow(), user, null);
        if (stop.hostStatus() != HostStatus.PROPOSED) {
            throw new IllegalTransitionException("stop.proposal.none");
        }
        touch(before, version);
        requireRow(delegations.acceptProposal(id, stopId), "stop", stopId);
        LocalDate start = min(before.startDate(), stop.proposedStart());
        LocalDate end = max(before.endDate(), stop.proposedEnd());
        if (!Objects.equals(start, before.startDate()) || !Objects.equals(end, before.endDate())) {
            delegations.setDates(id, start, end);
        }
        delegations.recordTransition(id, before.status(), before.status(), Action.ACCEPT_PROPOSAL.name(), user.userId(),
                user.username(), user.orgId(), null);
        advanceIfAllHostsConfirmed(id, user);
        return audited("DELEGATION_ACCEPT_PROPOSAL", user, before);
    }

    /** Everything a page needs to show the delegation to {@code user}. */
    public DelegationView view(CurrentUser user, long id) {
        Delegation d = get(user, id);
        java.util.Set<Long> orgIds = new java.util.HashSet<>();
        orgIds.add(d.organizerId());
        java.util.Set<Long> personIds = new java.util.HashSet<>();
        d.documents().forEach(doc -> addIfPresent(orgIds, doc.issuerId()));
        d.members().forEach(m -> {
            addIfPresent(orgIds, m.organizationId());
            addIfPresent(personIds, m.personId());
        });
        java.util.Map<Long, AdministrativeUnit> units = places.units(d.stops().stream().map(Stop::unitId).toList());
        java.util.Map<Long, AdministrativeUnit> unitsToday = places.unitsAt(units.values(), places.today());
        List<Long> writable = new ArrayList<>();
        for (Stop stop : d.stops()) {
            addIfPresent(orgIds, stop.hostOrganizationId());
            if (canWriteSessions(d, stop, user)) {
                writable.add(stop.id());
            }
            for (Delegation.Session session : stop.sessions()) {
                addIfPresent(orgIds, session.visitedOrganizationId());
                addIfPresent(personIds, session.chairPersonId());
                session.attendees().forEach(a -> {
                    addIfPresent(orgIds, a.organizationId());
                    addIfPresent(personIds, a.personId());
                });
            }
        }
        return new DelegationView(d, sideOf(d, user).orElseThrow(), organizations.byIds(orgIds), people.byIds(List.copyOf(personIds)), units,
                unitsToday, availableActions(d, user), canEditPlan(d, user), canEditDetails(d, user), writable,
                delegations.transitions(id));
    }

    private static void addIfPresent(java.util.Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    public List<DelegationTransition> timeline(CurrentUser user, long id) {
        get(user, id);
        return delegations.transitions(id);
    }

    /**
     * Moves confirmed delegations to IN_PROGRESS on their first day and running ones to COMPLETED after their last,
     * as "system"; a click by the organizer does the same earlier.
     */
    @Transactional
    public int advanceByDates(LocalDate today) {
        int moved = 0;
        for (long id : delegations.dueToStart(today)) {
            moved += advance(id, DelegationStatus.HOST_CONFIRMED, DelegationStatus.IN_PROGRESS, "START");
        }
        for (long id : delegations.dueToComplete(today)) {
            moved += advance(id, DelegationStatus.IN_PROGRESS, DelegationStatus.COMPLETED, "COMPLETE");
        }
        return moved;
    }

    private int advance(long id, DelegationStatus from, DelegationStatus to, String action) {
        Delegation before = delegations.find(id).orElseThrow();
        if (before.status() != from || !delegations.changeStatus(id, before.version(), to, false)) {
            return 0;
        }
        delegations.recordTransition(id, from, to, action, null, "system", null, null);
        Delegation after = delegations.find(id).orElseThrow();
        audit.record("DELEGATION_AUTO_" + action, "delegation", id, after.title(), before, after);
        return 1;
    }

    private void advanceIfAllHostsConfirmed(long id, CurrentUser user) {
        Delegation now = delegations.find(id).orElseThrow();
        boolean all = now.stops().stream().filter(s -> s.hostOrganizationId() != null)
                .allMatch(s -> s.hostStatus() == HostStatus.CONFIRMED);
        if (all && now.status() == DelegationStatus.HOST_REQUESTED
                && delegations.changeStatus(id, now.version(), DelegationStatus.HOST_CONFIRMED, false)) {
            delegations.recordTransition(id, now.status(), DelegationStatus.HOST_CONFIRMED, "HOSTS_CONFIRMED",
                    user.userId(), user.username(), user.orgId(), null);
        }
    }

    private void check(Delegation d, Action action, Side side, CurrentUser user, @Nullable String reason) {
        if (side != action.side || action.roles.stream().noneMatch(user::has)) {
            throw new AccessDeniedException("action " + action + " is not for this user");
        }
        if (!action.allowedFrom(d.status())) {
            throw new IllegalTransitionException("delegation.transition.illegal", action, d.status());
        }
        if (action.reasonRequired && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "delegation.reason.required");
        }
        Optional<String> problem = action.precondition(d, user.orgId());
        if (problem.isPresent()) {
            throw new IllegalTransitionException(problem.get());
        }
    }

    private Delegation editableDetails(CurrentUser user, long id, int version) {
        Delegation d = editableDetails(user, id);
        touch(d, version);
        return d;
    }

    private Delegation editableDetails(CurrentUser user, long id) {
        Delegation d = get(user, id);
        requireGuestOrganizer(d, user);
        if (!d.status().detailsEditable()) {
            throw new IllegalTransitionException("delegation.details.locked", d.status());
        }
        return d;
    }

    /**
     * The part of this delegation named in the request: 404 when the id is one of another delegation's parts (or of
     * none), checked before the version moves, so that nothing is changed, audited or acknowledged.
     */
    private static <T> void requirePart(List<T> parts, ToLongFunction<T> idOf, String what, long partId) {
        if (parts.stream().noneMatch(p -> idOf.applyAsLong(p) == partId)) {
            throw new NotFoundException(what, partId);
        }
    }

    /**
     * The statement changed the part's row; otherwise (the part went meanwhile) 404, which rolls the version back with
     * everything else in the transaction.
     */
    private static void requireRow(boolean changed, String what, long partId) {
        if (!changed) {
            throw new NotFoundException(what, partId);
        }
    }

    private void touch(Delegation d, int version) {
        if (!delegations.touch(d.id(), version)) {
            throw new ConcurrentEditException("delegation", d.id());
        }
    }

    /** Every change ends here: audited, and the search index told what the delegation now says and who sees it. */
    private Delegation audited(String action, CurrentUser user, Delegation before) {
        Delegation after = delegations.find(before.id()).orElseThrow();
        audit.record(action, "delegation", before.id(), after.title(), before, after);
        documents.index(after);
        return after;
    }

    private void requireGuestOrganizer(Delegation d, CurrentUser user) {
        if (sideOf(d, user).orElse(null) != Side.GUEST || !user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("only the organizer's staff change the plan");
        }
    }

    private static void requireRole(CurrentUser user, Role role) {
        if (!user.has(role)) {
            throw new AccessDeniedException("role " + role + " required");
        }
    }

    private static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static @Nullable LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : VietnameseText.normalize(s);
    }
}
