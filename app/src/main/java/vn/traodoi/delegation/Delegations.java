package vn.traodoi.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.delegation.Delegation.Document;
import vn.traodoi.delegation.Delegation.Member;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.delegation.Delegation.Topic;

/** Stores delegations with JdbcClient; loads a delegation whole in one statement. */
@Repository
class Delegations {

    private static final TypeReference<List<Document>> DOCUMENTS = new TypeReference<>() { };
    private static final TypeReference<List<Topic>> TOPICS = new TypeReference<>() { };
    private static final TypeReference<List<Member>> MEMBERS = new TypeReference<>() { };
    private static final TypeReference<List<Stop>> STOPS = new TypeReference<>() { };

    /**
     * The order of the sessions of a day (of the table aliased {@code alias}): by part of the day, a session with only
     * its hours among them by its start, then by start. It orders; it never sets a part of the day.
     */
    static String sessionOrder(String alias) {
        return """
                CASE %1$s.part_of_day WHEN 'MORNING' THEN 1 WHEN 'AFTERNOON' THEN 2 WHEN 'EVENING' THEN 3
                     ELSE CASE WHEN %1$s.start_time < TIME '12:00' THEN 1 WHEN %1$s.start_time < TIME '18:00' THEN 2
                               WHEN %1$s.start_time IS NOT NULL THEN 3 ELSE 4 END END, %1$s.start_time NULLS LAST""".formatted(alias);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Delegations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The delegation whole in one statement, so from one snapshot and in one round trip on one connection: its parts
     * come as JSON arrays built by PostgreSQL (sessions inside their stop, in the order of the day), never from a
     * query run inside another query's row mapper, which would hold one pooled connection while borrowing a second.
     */
    Optional<Delegation> find(long id) {
        return jdbc.sql("""
                        SELECT d.id, d.kind, d.title, d.purpose, d.organizer_id, d.status, d.start_date, d.end_date,
                               d.date_precision, d.declared_member_count, d.host_requested_at, d.source_note, d.version,
                          (SELECT coalesce(json_agg(json_build_object('id', x.id, 'type', x.doc_type,
                                      'numberSymbol', x.number_symbol, 'symbolStandard', x.symbol_standard,
                                      'issuedOn', x.issued_on, 'receivedOn', x.received_on, 'issuerId', x.issuer_id,
                                      'issuerText', x.issuer_text, 'summary', x.summary, 'legalBasis', x.legal_basis)
                                      ORDER BY x.position, x.id), '[]')
                           FROM delegation_documents x WHERE x.delegation_id = d.id) AS documents,
                          (SELECT coalesce(json_agg(json_build_object('id', x.id, 'position', x.position,
                                      'content', x.content) ORDER BY x.position, x.id), '[]')
                           FROM delegation_topics x WHERE x.delegation_id = d.id) AS topics,
                          (SELECT coalesce(json_agg(json_build_object('id', x.id, 'position', x.position, 'role', x.role,
                                      'personId', x.person_id, 'groupDescription', x.group_description,
                                      'titleText', x.title_text, 'organizationId', x.organization_id)
                                      ORDER BY x.position, x.id), '[]')
                           FROM delegation_members x WHERE x.delegation_id = d.id) AS members,
                          (SELECT coalesce(json_agg(json_build_object('id', t.id, 'position', t.position,
                                      'hostOrganizationId', t.host_organization_id, 'unitId', t.unit_id,
                                      'startDate', t.start_date, 'endDate', t.end_date, 'hostStatus', t.host_status,
                                      'proposedStart', t.proposed_start, 'proposedEnd', t.proposed_end,
                                      'hostNote', t.host_note, 'version', t.version, 'sessions',
                             (SELECT coalesce(json_agg(json_build_object('id', s.id, 'stopId', s.stop_id,
                                         'date', s.session_date, 'partOfDay', s.part_of_day,
                                         'startTime', s.start_time, 'endTime', s.end_time, 'kind', s.kind,
                                         'placeText', s.place_text, 'visitedOrganizationId', s.visited_organization_id,
                                         'chairPersonId', s.chair_person_id, 'chairTitle', s.chair_title,
                                         'minutes', s.minutes, 'side', s.side, 'version', s.version,
                                         'topics', (SELECT coalesce(json_agg(x.content ORDER BY x.position, x.id), '[]')
                                                    FROM session_topics x WHERE x.session_id = s.id),
                                         'attendees', (SELECT coalesce(json_agg(json_build_object('id', x.id,
                                                               'personId', x.person_id, 'organizationId', x.organization_id,
                                                               'titleText', x.title_text) ORDER BY x.position, x.id), '[]')
                                                       FROM session_attendees x WHERE x.session_id = s.id),
                                         'photos', (SELECT coalesce(json_agg(json_build_object('id', x.id,
                                                            'contentType', x.content_type, 'sizeBytes', x.size_bytes,
                                                            'caption', x.caption) ORDER BY x.id), '[]')
                                                    FROM session_photos x WHERE x.session_id = s.id))
                                         ORDER BY s.session_date NULLS LAST, """ + sessionOrder("s") + """
                                         , s.id), '[]')
                              FROM delegation_sessions s WHERE s.stop_id = t.id)) ORDER BY t.position, t.id), '[]')
                           FROM delegation_stops t WHERE t.delegation_id = d.id) AS stops
                        FROM delegations d WHERE d.id = ?""")
                .param(id)
                .query((rs, n) -> new Delegation(rs.getLong("id"), DelegationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("purpose"), rs.getLong("organizer_id"),
                        DelegationStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        Delegation.DatePrecision.valueOf(rs.getString("date_precision")),
                        (Integer) rs.getObject("declared_member_count"),
                        rs.getObject("host_requested_at", OffsetDateTime.class), rs.getString("source_note"),
                        rs.getInt("version"), json.readValue(rs.getString("documents"), DOCUMENTS),
                        json.readValue(rs.getString("topics"), TOPICS), json.readValue(rs.getString("members"), MEMBERS),
                        json.readValue(rs.getString("stops"), STOPS)))
                .optional();
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

    /** Who took the latest SUBMIT step of a delegation, if anyone did (and is known). */
    Optional<Long> lastSubmitter(long id) {
        return jdbc.sql("""
                        SELECT actor_id FROM delegation_transitions WHERE delegation_id = ? AND action = 'SUBMIT'
                        ORDER BY id DESC LIMIT 1""").param(id).query((rs, n) -> (Long) rs.getObject(1)).optional()
                .filter(Objects::nonNull);
    }

    /** When each of these delegations last changed (any change of a part moves it, as {@link #touch} does). */
    Map<Long, Instant> updatedAt(List<Long> ids) {
        Map<Long, Instant> updated = new HashMap<>();
        if (ids.isEmpty()) {
            return updated;
        }
        jdbc.sql("SELECT id, updated_at FROM delegations WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                .query((rs, n) -> updated.put(rs.getLong("id"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
        return updated;
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
        return addDocument(delegationId, f, standard, true);
    }

    /** A document of the delegation: its legal basis, or ({@code legalBasis} false) only a cited, related document. */
    long addDocument(long delegationId, DocumentForm f, boolean standard, boolean legalBasis) {
        return jdbc.sql("""
                        INSERT INTO delegation_documents (delegation_id, position, doc_type, number_symbol, symbol_standard,
                            issued_on, received_on, issuer_id, issuer_text, summary, legal_basis)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM delegation_documents WHERE delegation_id = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(delegationId, delegationId, String.valueOf(f.type()), f.numberSymbol(), standard, f.issuedOn(),
                        f.receivedOn(), f.issuerId(), f.issuerText(), f.summary(), legalBasis)
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

    /** The host's answer on a stop of this delegation; false when the stop is not one of its stops. */
    boolean answerStop(long delegationId, long stopId, HostStatus status, @Nullable LocalDate proposedStart,
            @Nullable LocalDate proposedEnd, @Nullable String note) {
        return jdbc.sql("""
                        UPDATE delegation_stops SET host_status = ?, proposed_start = ?, proposed_end = ?, host_note = ?,
                            version = version + 1 WHERE id = ? AND delegation_id = ?""")
                .params(status.name(), proposedStart, proposedEnd, note, stopId, delegationId).update() == 1;
    }

    /** Takes the proposed dates of a stop of this delegation; false when the stop is not one of its stops. */
    boolean acceptProposal(long delegationId, long stopId) {
        return jdbc.sql("""
                        UPDATE delegation_stops SET start_date = proposed_start, end_date = proposed_end,
                            host_status = 'CONFIRMED', version = version + 1 WHERE id = ? AND delegation_id = ?""")
                .params(stopId, delegationId).update() == 1;
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
                        INSERT INTO delegation_sessions (stop_id, session_date, part_of_day, start_time, end_time, kind,
                            place_text, visited_organization_id, chair_person_id, chair_title, minutes, side)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(stopId, f.date(), f.partOfDay() == null ? null : f.partOfDay().name(), f.startTime(), f.endTime(),
                        String.valueOf(f.kind()),
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

    /**
     * Deletes a session of this delegation (through its stop). This delete and the three below name the delegation too
     * and say whether a row went, so that a part of another delegation is never touched and never acknowledged.
     */
    boolean deleteSession(long delegationId, long sessionId) {
        return jdbc.sql("""
                        DELETE FROM delegation_sessions s USING delegation_stops t
                        WHERE s.id = ? AND t.id = s.stop_id AND t.delegation_id = ?""")
                .params(sessionId, delegationId).update() == 1;
    }

    boolean deleteMember(long delegationId, long memberId) {
        return jdbc.sql("DELETE FROM delegation_members WHERE id = ? AND delegation_id = ?").params(memberId, delegationId)
                .update() == 1;
    }

    boolean deleteDocument(long delegationId, long documentId) {
        return jdbc.sql("DELETE FROM delegation_documents WHERE id = ? AND delegation_id = ?")
                .params(documentId, delegationId).update() == 1;
    }

    boolean deleteTopic(long delegationId, long topicId) {
        return jdbc.sql("DELETE FROM delegation_topics WHERE id = ? AND delegation_id = ?").params(topicId, delegationId)
                .update() == 1;
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

    /** Every delegation's id, for a rebuild of the search index. */
    List<Long> ids() {
        return jdbc.sql("SELECT id FROM delegations ORDER BY id").query(Long.class).list();
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
