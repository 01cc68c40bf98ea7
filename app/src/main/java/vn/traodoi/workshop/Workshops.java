package vn.traodoi.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.text.VietnameseText;

/**
 * Workshops: who sees them (the organization that holds one, and the organizations taking part), their general
 * information, participants, closing, the next meeting (the tasks of the chair's conclusions are
 * {@link WorkshopConclusions}'s). Editing is for the holder's organizers and approvers; any other organization gets
 * 404.
 */
@Service
public class Workshops {

    /** A line of the list: the workshop and how far its comments are answered. */
    public record Row(Workshop workshop, long comments, long unanswered, boolean ours) {
    }

    private static final String SELECT = """
            SELECT w.*, o.name AS owner_name FROM workshops w JOIN organizations o ON o.id = w.owner_id""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrganizationService organizations;
    private final SearchIndex index;



    Workshops(JdbcClient jdbc, AuditLog audit, OrganizationService organizations, SearchIndex index) {
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
        this.organizations = organizations;
    }

    /** The workshop if the user's organization holds it or takes part in it; 404 otherwise. */
    public Workshop get(CurrentUser user, long id) {
        Workshop w = find(id).orElseThrow(() -> new NotFoundException("workshop", id));
        if (w.ownerId() != user.orgId() && !participates(id, user.orgId())) {
            throw new NotFoundException("workshop", id);
        }
        return w;
    }

    /** The workshop for a change: held by the user's organization, and the user an organizer or an approver. */
    public Workshop editable(CurrentUser user, long id) {
        Workshop w = get(user, id);
        if (!canEdit(user, w)) {
            throw new AccessDeniedException("only the holder's organizers edit a workshop");
        }
        return w;
    }

    /** Editable and still open: comments may be answered, versions uploaded, experts invited. */
    public Workshop open(CurrentUser user, long id) {
        Workshop w = editable(user, id);
        if (!w.open()) {
            throw new StateConflictException("workshop.closed");
        }
        return w;
    }

    public static boolean canEdit(CurrentUser user, Workshop w) {
        return w.ownerId() == user.orgId() && (user.has(Role.ORGANIZER) || user.has(Role.APPROVER));
    }

    boolean participates(long workshopId, long organizationId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM workshop_participants WHERE workshop_id = ? AND organization_id = ?)""")
                .params(workshopId, organizationId).query(Boolean.class).single());
    }

    /** The workshops the organization holds or takes part in, newest first, optionally matching words. */
    public List<Row> list(CurrentUser user, @Nullable String query) {
        String q = query == null || query.isBlank() ? null : query.strip();
        return jdbc.sql("""
                        SELECT w.*, o.name AS owner_name,
                               (SELECT count(*) FROM workshop_comments c WHERE c.workshop_id = w.id) AS comments,
                               (SELECT count(*) FROM workshop_comments c
                                WHERE c.workshop_id = w.id AND c.status = 'RECEIVED') AS unanswered
                        FROM workshops w JOIN organizations o ON o.id = w.owner_id
                        WHERE (w.owner_id = :org OR EXISTS (SELECT 1 FROM workshop_participants p
                                                            WHERE p.workshop_id = w.id AND p.organization_id = :org))
                          AND (CAST(:q AS text) IS NULL
                               OR public.vn_tsvector(w.title || ' ' || w.project_title) @@ public.vn_tsquery(:q))
                        ORDER BY w.held_on DESC NULLS FIRST, w.id DESC""")
                .param("org", user.orgId()).param("q", q)
                .query((rs, n) -> {
                    Workshop w = map(rs);
                    return new Row(w, rs.getLong("comments"), rs.getLong("unanswered"), w.ownerId() == user.orgId());
                }).list();
    }

    /** The holder's open workshops with comments still unanswered, for the home page's to-do list. */
    public List<Row> awaitingAnswers(CurrentUser user) {
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            return List.of();
        }
        return list(user, null).stream().filter(r -> r.ours() && r.workshop().open() && r.unanswered() > 0).toList();
    }

    @Transactional
    public long create(CurrentUser user, WorkshopForm form) {
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new AccessDeniedException("organizers hold workshops");
        }
        requireTitles(form);
        long id = jdbc.sql("""
                        INSERT INTO workshops (owner_id, title, project_title, steering_committee, support_group,
                            consultant, held_on, part_of_day, place, chair, agenda, conclusions, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(user.orgId(), text(form.title()), text(form.projectTitle()), text(form.steeringCommittee()),
                        text(form.supportGroup()), text(form.consultant()), form.heldOn(),
                        form.partOfDay() == null ? null : form.partOfDay().name(), text(form.place()), text(form.chair()),
                        lines(form.agenda()), lines(form.conclusions()), user.userId())
                .query(Long.class).single();
        Workshop created = find(id).orElseThrow();
        audit.record("WORKSHOP_CREATED", "workshop", id, created.title(), null, created);
        reindex(id, false);
        return id;
    }

    @Transactional
    public Workshop update(CurrentUser user, long id, WorkshopForm form) {
        Workshop before = editable(user, id);
        requireTitles(form);
        if (jdbc.sql("""
                        UPDATE workshops SET title = ?, project_title = ?, steering_committee = ?, support_group = ?,
                            consultant = ?, held_on = ?, part_of_day = ?, place = ?, chair = ?, agenda = ?, conclusions = ?,
                            version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(text(form.title()), text(form.projectTitle()), text(form.steeringCommittee()),
                        text(form.supportGroup()), text(form.consultant()), form.heldOn(),
                        form.partOfDay() == null ? null : form.partOfDay().name(), text(form.place()), text(form.chair()),
                        lines(form.agenda()), lines(form.conclusions()), id, form.version())
                .update() != 1) {
            throw new ConcurrentEditException("workshop", id);
        }
        Workshop after = find(id).orElseThrow();
        audit.record("WORKSHOP_UPDATED", "workshop", id, after.title(), before, after);
        reindex(id, true);
        return after;
    }

    /** Closes the collection of comments (the table is final) or opens it again. */
    @Transactional
    public Workshop setStatus(CurrentUser user, long id, Workshop.Status status, int version) {
        Workshop before = editable(user, id);
        if (before.status() == status) {
            throw new StateConflictException(status == Workshop.Status.CLOSED ? "workshop.closed" : "workshop.alreadyOpen");
        }
        if (jdbc.sql("UPDATE workshops SET status = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
                .params(status.name(), id, version).update() != 1) {
            throw new ConcurrentEditException("workshop", id);
        }
        Workshop after = find(id).orElseThrow();
        audit.record(status == Workshop.Status.CLOSED ? "WORKSHOP_CLOSED" : "WORKSHOP_REOPENED", "workshop", id,
                after.title(), before, after);
        return after;
    }

    /** The next meeting (for instance of the steering committee): a day if known, its part of day and what it is. */
    @Transactional
    public Workshop scheduleNextMeeting(CurrentUser user, long id, @Nullable LocalDate on, @Nullable PartOfDay part,
            @Nullable String note, int version) {
        Workshop before = editable(user, id);
        if (on == null && (note == null || note.isBlank())) {
            throw new InvalidInputException("nextMeetingOn", "workshop.nextMeeting.required");
        }
        if (on != null && before.heldOn() != null && on.isBefore(before.heldOn())) {
            throw new InvalidInputException("nextMeetingOn", "workshop.nextMeeting.beforeWorkshop");
        }
        if (jdbc.sql("""
                        UPDATE workshops SET next_meeting_on = ?, next_meeting_part = ?, next_meeting_note = ?,
                            version = version + 1, updated_at = now() WHERE id = ? AND version = ?""")
                .params(on, on == null || part == null ? null : part.name(), text(note), id, version).update() != 1) {
            throw new ConcurrentEditException("workshop", id);
        }
        Workshop after = find(id).orElseThrow();
        audit.record("WORKSHOP_NEXT_MEETING_SET", "workshop", id, after.title(), before, after);
        reindex(id, false);
        return after;
    }

    public List<Participant> participants(long workshopId) {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.title, p.organization_id, o.name AS organization_name, p.description
                        FROM workshop_participants p LEFT JOIN organizations o ON o.id = p.organization_id
                        WHERE p.workshop_id = ? ORDER BY p.position, p.id""").param(workshopId)
                .query((rs, n) -> new Participant(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                        (Long) rs.getObject("organization_id"), rs.getString("organization_name"),
                        rs.getString("description"))).list();
    }

    /** Adds a person ("Bùi Đức Quang", "Phó Chủ tịch HĐND thành phố"), an organization, or a group. */
    @Transactional
    public void addParticipant(CurrentUser user, long workshopId, @Nullable String name, @Nullable String title,
            @Nullable Long organizationId, @Nullable String description) {
        editable(user, workshopId);
        if (text(name) == null && organizationId == null && text(description) == null) {
            throw new InvalidInputException("name", "workshop.participant.required");
        }
        if (organizationId != null && organizations.find(organizationId).isEmpty()) {
            throw new InvalidInputException("organizationId", "workshop.participant.unknownOrganization");
        }
        long id = jdbc.sql("""
                        INSERT INTO workshop_participants (workshop_id, position, name, title, organization_id, description)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM workshop_participants WHERE workshop_id = ?),
                                ?, ?, ?, ?) RETURNING id""")
                .params(workshopId, workshopId, text(name), text(title), organizationId, text(description))
                .query(Long.class).single();
        Participant added = participants(workshopId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        audit.record("WORKSHOP_PARTICIPANT_ADDED", "workshop", workshopId, added.label(), null, added);
        reindex(workshopId, true);
    }

    @Transactional
    public void removeParticipant(CurrentUser user, long workshopId, long participantId) {
        editable(user, workshopId);
        Participant p = participants(workshopId).stream().filter(x -> x.id() == participantId).findFirst()
                .orElseThrow(() -> new NotFoundException("participant", participantId));
        if (jdbc.sql("DELETE FROM workshop_participants WHERE id = ? AND workshop_id = ?").params(participantId, workshopId)
                .update() != 1) {
            throw new NotFoundException("participant", participantId);
        }
        audit.record("WORKSHOP_PARTICIPANT_REMOVED", "workshop", workshopId, p.label(), p, null);
        reindex(workshopId, true);
    }

    /**
     * Tells the search index what the workshop now says; with {@code comments}, its comments too, whose documents carry
     * the workshop's title, date and participants.
     */
    void reindex(long workshopId, boolean comments) {
        index.refresh(SearchKind.WORKSHOP, workshopId);
        if (comments) {
            index.refresh(SearchKind.COMMENT, jdbc.sql("SELECT id FROM workshop_comments WHERE workshop_id = ?")
                    .param(workshopId).query(Long.class).list());
        }
    }

    Optional<Workshop> find(long id) {
        return jdbc.sql(SELECT + " WHERE w.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** The workshops the demo data made (each carries a demo key). */
    public List<Long> demoRecords() {
        return jdbc.sql("SELECT id FROM workshops WHERE demo_key IS NOT NULL ORDER BY id").query(Long.class).list();
    }

    /** The workshop seeded under this key, if any (demo data is loaded once). */
    Optional<Long> byDemoKey(String key) {
        return jdbc.sql("SELECT id FROM workshops WHERE demo_key = ?").param(key).query(Long.class).optional();
    }

    private static Workshop map(ResultSet rs) throws SQLException {
        String part = rs.getString("part_of_day");
        String nextPart = rs.getString("next_meeting_part");
        return new Workshop(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("owner_name"), rs.getString("title"),
                rs.getString("project_title"), rs.getString("steering_committee"), rs.getString("support_group"),
                rs.getString("consultant"), rs.getObject("held_on", LocalDate.class),
                part == null ? null : PartOfDay.valueOf(part), rs.getString("place"), rs.getString("chair"),
                rs.getString("agenda"), rs.getString("conclusions"), rs.getObject("next_meeting_on", LocalDate.class),
                nextPart == null ? null : PartOfDay.valueOf(nextPart), rs.getString("next_meeting_note"),
                Workshop.Status.valueOf(rs.getString("status")), rs.getInt("version"));
    }

    /** The text normalized; none when nothing is left of it (blank, or only a byte order mark). */
    static @Nullable String text(@Nullable String s) {
        String normalized = s == null || s.isBlank() ? "" : VietnameseText.normalize(s);
        return normalized.isEmpty() ? null : normalized;
    }

    /** A workshop has a title and a draft's title, also when what was typed normalizes to nothing. */
    private static void requireTitles(WorkshopForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (text(form.title()) == null) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (text(form.projectTitle()) == null) {
            problems.add(new FieldProblem("projectTitle", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Text of several lines (an agenda, conclusions, a comment): each line normalized, the line breaks kept. */
    static @Nullable String lines(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.lines().map(VietnameseText::normalize).collect(Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
