package vn.traodoi.delegation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.delegation.Delegation.Attendee;
import vn.traodoi.delegation.Delegation.Document;
import vn.traodoi.delegation.Delegation.Member;
import vn.traodoi.delegation.Delegation.Photo;
import vn.traodoi.delegation.Delegation.Session;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.delegation.Delegation.Topic;

/** Stores delegations with JdbcClient; loads a delegation whole (a handful of queries, no N+1 per session). */
@Repository
class Delegations {

    private final JdbcClient jdbc;

    Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The delegation whole, from one snapshot on one connection: its record first, then each part in turn (never a
     * query inside another's row mapper, which would hold one pooled connection while borrowing a second).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<Delegation> find(long id) {
        record Head(long id, String kind, String title, @Nullable String purpose, long organizerId, String status,
                @Nullable LocalDate startDate, @Nullable LocalDate endDate, String datePrecision,
                @Nullable Integer declaredMemberCount, @Nullable OffsetDateTime hostRequestedAt,
                @Nullable String sourceNote, int version) {
        }
        return jdbc.sql("""
                        SELECT id, kind, title, purpose, organizer_id, status, start_date, end_date, date_precision,
                               declared_member_count, host_requested_at, source_note, version
                        FROM delegations WHERE id = ?""")
                .param(id).query(Head.class).optional()
                .map(h -> new Delegation(h.id(), DelegationKind.valueOf(h.kind()), h.title(), h.purpose(),
                        h.organizerId(), DelegationStatus.valueOf(h.status()), h.startDate(), h.endDate(),
                        Delegation.DatePrecision.valueOf(h.datePrecision()), h.declaredMemberCount(),
                        h.hostRequestedAt(), h.sourceNote(), h.version(), documents(id), topics(id), members(id),
                        stops(id)));
    }

    private List<Document> documents(long id) {
        return jdbc.sql("""
                        SELECT id, doc_type, number_symbol, symbol_standard, issued_on, received_on, issuer_id, issuer_text, summary
                        FROM delegation_documents WHERE delegation_id = ? ORDER BY position, id""")
                .param(id)
                .query((rs, n) -> new Document(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")),
                        rs.getString("number_symbol"), rs.getBoolean("symbol_standard"),
                        rs.getObject("issued_on", LocalDate.class), rs.getObject("received_on", LocalDate.class),
                        (Long) rs.getObject("issuer_id"),
                        rs.getString("issuer_text"), rs.getString("summary")))
                .list();
    }

    private List<Topic> topics(long id) {
        return jdbc.sql("SELECT id, position, content FROM delegation_topics WHERE delegation_id = ? ORDER BY position, id")
                .param(id).query(Topic.class).list();
    }

    private List<Member> members(long id) {
        return jdbc.sql("""
                        SELECT id, position, role, person_id, group_description, title_text, organization_id
                        FROM delegation_members WHERE delegation_id = ? ORDER BY position, id""")
                .param(id)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getInt("position"), MemberRole.valueOf(rs.getString("role")),
                        (Long) rs.getObject("person_id"), rs.getString("group_description"), rs.getString("title_text"),
                        (Long) rs.getObject("organization_id")))
                .list();
    }

    private List<Stop> stops(long delegationId) {
        record StopRow(long id, int position, @Nullable Long hostOrganizationId, long unitId, @Nullable LocalDate startDate,
                @Nullable LocalDate endDate, String hostStatus, @Nullable LocalDate proposedStart,
                @Nullable LocalDate proposedEnd, @Nullable String hostNote, int version) {
        }
        List<StopRow> rows = jdbc.sql("""
                        SELECT id, position, host_organization_id, unit_id, start_date, end_date, host_status,
                               proposed_start, proposed_end, host_note, version
                        FROM delegation_stops WHERE delegation_id = ? ORDER BY position, id""")
                .param(delegationId).query(StopRow.class).list();
        Map<Long, List<Session>> sessions = sessions(delegationId);
        return rows.stream().map(r -> new Stop(r.id(), r.position(), r.hostOrganizationId(), r.unitId(), r.startDate(),
                r.endDate(), HostStatus.valueOf(r.hostStatus()), r.proposedStart(), r.proposedEnd(), r.hostNote(),
                r.version(), sessions.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<Session>> sessions(long delegationId) {
        String inDelegation = " IN (SELECT s.id FROM delegation_sessions s JOIN delegation_stops t ON t.id = s.stop_id"
                + " WHERE t.delegation_id = ?)";
        Map<Long, List<String>> topics = new HashMap<>();
        jdbc.sql("SELECT session_id, content FROM session_topics WHERE session_id" + inDelegation + " ORDER BY position, id")
                .param(delegationId).query(rs -> {
                    topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Attendee>> attendees = new HashMap<>();
        jdbc.sql("SELECT id, session_id, person_id, organization_id, title_text FROM session_attendees WHERE session_id"
                        + inDelegation + " ORDER BY position, id")
                .param(delegationId).query(rs -> {
                    attendees.computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>()).add(new Attendee(
                            rs.getLong("id"), (Long) rs.getObject("person_id"), (Long) rs.getObject("organization_id"),
                            rs.getString("title_text")));
                });
        Map<Long, List<Photo>> photos = new HashMap<>();
        jdbc.sql("SELECT id, session_id, content_type, size_bytes, caption FROM session_photos WHERE session_id"
                        + inDelegation + " ORDER BY id")
                .param(delegationId).query(rs -> {
                    photos.computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>()).add(new Photo(
                            rs.getLong("id"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("caption")));
                });
        Map<Long, List<Session>> byStop = new HashMap<>();
        jdbc.sql("""
                        SELECT s.id, s.stop_id, s.session_date, s.part_of_day, s.kind, s.place_text, s.visited_organization_id,
                               s.chair_person_id, s.chair_title, s.minutes, s.side, s.version
                        FROM delegation_sessions s JOIN delegation_stops t ON t.id = s.stop_id
                        WHERE t.delegation_id = ?
                        ORDER BY s.session_date NULLS LAST,
                                 CASE s.part_of_day WHEN 'MORNING' THEN 1 WHEN 'AFTERNOON' THEN 2 WHEN 'EVENING' THEN 3 ELSE 4 END,
                                 s.id""")
                .param(delegationId).query(rs -> {
                    long id = rs.getLong("id");
                    String part = rs.getString("part_of_day");
                    byStop.computeIfAbsent(rs.getLong("stop_id"), k -> new ArrayList<>()).add(new Session(id,
                            rs.getLong("stop_id"), rs.getObject("session_date", LocalDate.class),
                            part == null ? null : PartOfDay.valueOf(part), SessionKind.valueOf(rs.getString("kind")),
                            rs.getString("place_text"), (Long) rs.getObject("visited_organization_id"),
                            (Long) rs.getObject("chair_person_id"), rs.getString("chair_title"), rs.getString("minutes"),
                            Delegation.Side.valueOf(rs.getString("side")), rs.getInt("version"),
                            topics.getOrDefault(id, List.of()), attendees.getOrDefault(id, List.of()),
                            photos.getOrDefault(id, List.of())));
                });
        return byStop;
    }

    long insert(DelegationForm f, long organizerId, @Nullable Long createdBy, @Nullable String demoKey,
            @Nullable String sourceNote) {
        return jdbc.sql("""
                        INSERT INTO delegations (kind, title, purpose, organizer_id, start_date, end_date, date_precision,
                            declared_member_count, created_by, demo_key, source_note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(String.valueOf(f.kind()), f.title(), f.purpose(), organizerId, f.startDate(), f.endDate(),
                        f.isMonthOnly() ? "MONTH" : "DAY", f.declaredMemberCount(), createdBy, demoKey, sourceNote)
                .query(Long.class).single();
    }

    boolean update(long id, int version, DelegationForm f) {
        return jdbc.sql("""
                        UPDATE delegations SET kind = ?, title = ?, purpose = ?, start_date = ?, end_date = ?,
                            date_precision = ?, declared_member_count = ?, version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(String.valueOf(f.kind()), f.title(), f.purpose(), f.startDate(), f.endDate(),
                        f.isMonthOnly() ? "MONTH" : "DAY", f.declaredMemberCount(), id, version)
                .update() == 1;
    }

    /** Moves the status if the record is still at {@code version}; false when someone changed it meanwhile. */
    boolean changeStatus(long id, int version, DelegationStatus to, boolean markHostRequested) {
        return jdbc.sql("""
                        UPDATE delegations SET status = ?, version = version + 1, updated_at = now(),
                            host_requested_at = CASE WHEN ? AND host_requested_at IS NULL THEN now() ELSE host_requested_at END
                        WHERE id = ? AND version = ?""")
                .params(to.name(), markHostRequested, id, version).update() == 1;
    }

    /** Any change to a part of the record moves its version, so that a stale form of the whole is refused. */
    boolean touch(long id, int version) {
        return jdbc.sql("UPDATE delegations SET version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
                .params(id, version).update() == 1;
    }

    void recordTransition(long id, @Nullable DelegationStatus from, DelegationStatus to, String action,
            @Nullable Long actorId, String actorUsername, @Nullable Long organizationId, @Nullable String reason) {
        jdbc.sql("""
                        INSERT INTO delegation_transitions (delegation_id, from_status, to_status, action, actor_id,
                            actor_username, organization_id, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(), action, actorId, actorUsername, organizationId,
                        reason)
                .update();
    }

    List<DelegationTransition> transitions(long id) {
        return jdbc.sql("""
                        SELECT t.id, t.from_status, t.to_status, t.action, t.actor_username, o.name AS organization_name,
                               t.reason, t.occurred_at
                        FROM delegation_transitions t LEFT JOIN organizations o ON o.id = t.organization_id
                        WHERE t.delegation_id = ? ORDER BY t.occurred_at, t.id""")
                .param(id).query(DelegationTransition.class).list();
    }

    long addDocument(long delegationId, DocumentForm f, boolean standard) {
        return jdbc.sql("""
                        INSERT INTO delegation_documents (delegation_id, position, doc_type, number_symbol, symbol_standard,
                            issued_on, received_on, issuer_id, issuer_text, summary)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM delegation_documents WHERE delegation_id = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(delegationId, delegationId, String.valueOf(f.type()), f.numberSymbol(), standard, f.issuedOn(),
                        f.receivedOn(), f.issuerId(), f.issuerText(), f.summary())
                .query(Long.class).single();
    }

    long addTopic(long delegationId, String content) {
        return jdbc.sql("""
                        INSERT INTO delegation_topics (delegation_id, position, content)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM delegation_topics WHERE delegation_id = ?), ?)
                        RETURNING id""")
                .params(delegationId, delegationId, content).query(Long.class).single();
    }

    long addMember(long delegationId, MemberRole role, @Nullable Long personId, @Nullable String group,
            @Nullable String title, @Nullable Long organizationId) {
        return jdbc.sql("""
                        INSERT INTO delegation_members (delegation_id, position, role, person_id, group_description,
                            title_text, organization_id)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM delegation_members WHERE delegation_id = ?),
                            ?, ?, ?, ?, ?) RETURNING id""")
                .params(delegationId, delegationId, role.name(), personId, group, title, organizationId)
                .query(Long.class).single();
    }

    long addStop(long delegationId, @Nullable Long hostId, long unitId, @Nullable LocalDate start, @Nullable LocalDate end) {
        return jdbc.sql("""
                        INSERT INTO delegation_stops (delegation_id, position, host_organization_id, unit_id, start_date, end_date)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM delegation_stops WHERE delegation_id = ?),
                            ?, ?, ?, ?) RETURNING id""")
                .params(delegationId, delegationId, hostId, unitId, start, end).query(Long.class).single();
    }

    void answerStop(long stopId, HostStatus status, @Nullable LocalDate proposedStart, @Nullable LocalDate proposedEnd,
            @Nullable String note) {
        jdbc.sql("""
                        UPDATE delegation_stops SET host_status = ?, proposed_start = ?, proposed_end = ?, host_note = ?,
                            version = version + 1 WHERE id = ?""")
                .params(status.name(), proposedStart, proposedEnd, note, stopId).update();
    }

    void acceptProposal(long stopId) {
        jdbc.sql("""
                        UPDATE delegation_stops SET start_date = proposed_start, end_date = proposed_end,
                            host_status = 'CONFIRMED', version = version + 1 WHERE id = ?""")
                .param(stopId).update();
    }

    void markSentToHosts(long delegationId) {
        jdbc.sql("UPDATE delegations SET host_requested_at = now() WHERE id = ? AND host_requested_at IS NULL")
                .param(delegationId).update();
    }

    void setDates(long delegationId, @Nullable LocalDate start, @Nullable LocalDate end) {
        jdbc.sql("UPDATE delegations SET start_date = ?, end_date = ? WHERE id = ?").params(start, end, delegationId).update();
    }

    long addSession(long stopId, SessionForm f, Delegation.Side side, @Nullable Long chairPersonId,
            @Nullable String chairTitle) {
        return jdbc.sql("""
                        INSERT INTO delegation_sessions (stop_id, session_date, part_of_day, kind, place_text,
                            visited_organization_id, chair_person_id, chair_title, minutes, side)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(stopId, f.date(), f.partOfDay() == null ? null : f.partOfDay().name(), String.valueOf(f.kind()),
                        f.placeText(), f.visitedOrganizationId(), chairPersonId, chairTitle, f.minutes(), side.name())
                .query(Long.class).single();
    }

    void addSessionTopic(long sessionId, int position, String content) {
        jdbc.sql("INSERT INTO session_topics (session_id, position, content) VALUES (?, ?, ?)")
                .params(sessionId, position, content).update();
    }

    void addAttendee(long sessionId, int position, @Nullable Long personId, @Nullable Long organizationId,
            @Nullable String title) {
        jdbc.sql("INSERT INTO session_attendees (session_id, position, person_id, organization_id, title_text) VALUES (?, ?, ?, ?, ?)")
                .params(sessionId, position, personId, organizationId, title).update();
    }

    void deleteSession(long sessionId) {
        jdbc.sql("DELETE FROM delegation_sessions WHERE id = ?").param(sessionId).update();
    }

    void deleteMember(long delegationId, long memberId) {
        jdbc.sql("DELETE FROM delegation_members WHERE id = ? AND delegation_id = ?").params(memberId, delegationId).update();
    }

    void deleteDocument(long delegationId, long documentId) {
        jdbc.sql("DELETE FROM delegation_documents WHERE id = ? AND delegation_id = ?").params(documentId, delegationId)
                .update();
    }

    void deleteTopic(long delegationId, long topicId) {
        jdbc.sql("DELETE FROM delegation_topics WHERE id = ? AND delegation_id = ?").params(topicId, delegationId).update();
    }

    long addPhoto(long sessionId, String storageName, String contentType, long size, @Nullable String caption,
            @Nullable Long uploadedBy) {
        return jdbc.sql("""
                        INSERT INTO session_photos (session_id, storage_name, content_type, size_bytes, caption, uploaded_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(sessionId, storageName, contentType, size, caption, uploadedBy).query(Long.class).single();
    }

    Optional<PhotoFile> photo(long photoId) {
        return jdbc.sql("""
                        SELECT p.id, t.delegation_id, p.storage_name, p.content_type FROM session_photos p
                        JOIN delegation_sessions s ON s.id = p.session_id JOIN delegation_stops t ON t.id = s.stop_id
                        WHERE p.id = ?""")
                .param(photoId).query(PhotoFile.class).optional();
    }

    Optional<Long> delegationOfDemoKey(String key) {
        return jdbc.sql("SELECT id FROM delegations WHERE demo_key = ?").param(key).query(Long.class).optional();
    }

    /** Ids of delegations that the dates say have started or ended, for the daily status update. */
    List<Long> dueToStart(LocalDate today) {
        return jdbc.sql("SELECT id FROM delegations WHERE status = 'HOST_CONFIRMED' AND start_date <= ?")
                .param(today).query(Long.class).list();
    }

    List<Long> dueToComplete(LocalDate today) {
        return jdbc.sql("SELECT id FROM delegations WHERE status = 'IN_PROGRESS' AND end_date < ?")
                .param(today).query(Long.class).list();
    }

    record PhotoFile(long id, long delegationId, String storageName, String contentType) {
    }
}
