package vn.traodoi.delegation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.Page;
import vn.traodoi.text.VietnameseText;

/** The lists and the calendar: what an organization may see, filtered in SQL, one query per page. */
@Service
public class DelegationQueries {

    /** Outgoing (đoàn ra: we organize), incoming (đoàn vào: we host), or both. */
    public enum Direction {
        OUTGOING, INCOMING, ALL
    }

    /** The filters of the lists; every one optional, all kept in the address. */
    public record Filter(Direction direction, @Nullable Integer year, @Nullable DelegationKind kind,
            @Nullable DelegationStatus status, @Nullable Long unitId, @Nullable String topic, @Nullable String q) {
    }

    /** One line of a list. */
    public record Row(long id, String title, DelegationKind kind, DelegationStatus status, long organizerId,
            String organizerName, @Nullable LocalDate startDate, @Nullable LocalDate endDate, String datePrecision,
            @Nullable String hosts, @Nullable String units) {

        public boolean monthOnly() {
            return "MONTH".equals(datePrecision);
        }
    }

    /** One session on the calendar. */
    public record CalendarEntry(long delegationId, String title, long sessionId, LocalDate date,
            @Nullable String partOfDay, String kind, @Nullable String place, boolean outgoing) {
    }

    private static final String VISIBLE = """
            ((:direction IN ('OUTGOING', 'ALL') AND d.organizer_id = :org)
             OR (:direction IN ('INCOMING', 'ALL') AND d.host_requested_at IS NOT NULL
                 AND EXISTS (SELECT 1 FROM delegation_stops s WHERE s.delegation_id = d.id AND s.host_organization_id = :org)))""";

    private static final String FILTERS = """
            AND (CAST(:year AS integer) IS NULL OR extract(year FROM coalesce(d.start_date, d.end_date)) = :year)
            AND (CAST(:kind AS text) IS NULL OR d.kind = :kind)
            AND (CAST(:status AS text) IS NULL OR d.status = :status)
            AND (CAST(:unit AS bigint) IS NULL
                 OR EXISTS (SELECT 1 FROM delegation_stops s JOIN administrative_units u ON u.id = s.unit_id
                            WHERE s.delegation_id = d.id AND (u.id = :unit OR u.successor_id = :unit))
                 OR EXISTS (SELECT 1 FROM organizations og JOIN administrative_units u ON u.id = og.unit_id
                            WHERE og.id = d.organizer_id AND (u.id = :unit OR u.successor_id = :unit)))
            AND (CAST(:topic AS text) IS NULL
                 OR EXISTS (SELECT 1 FROM delegation_topics t WHERE t.delegation_id = d.id AND vn_fold(t.content) LIKE '%' || :topic || '%')
                 OR EXISTS (SELECT 1 FROM session_topics st JOIN delegation_sessions ss ON ss.id = st.session_id
                            JOIN delegation_stops s ON s.id = ss.stop_id
                            WHERE s.delegation_id = d.id AND vn_fold(st.content) LIKE '%' || :topic || '%'))
            AND (CAST(:q AS text) IS NULL
                 OR vn_tsvector(d.title || ' ' || coalesce(d.purpose, '')) @@ vn_tsquery(:q)
                 OR vn_fold(d.title) LIKE '%' || :q || '%')""";

    private final JdbcClient jdbc;

    DelegationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Row> list(CurrentUser user, Filter filter, int page, int size) {
        Map<String, @Nullable Object> params = params(user, filter);
        long total = jdbc.sql("SELECT count(*) FROM delegations d WHERE " + VISIBLE + FILTERS).params(params)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                        SELECT d.id, d.title, d.kind, d.status, d.organizer_id, o.name AS organizer_name, d.start_date,
                               d.end_date, d.date_precision,
                               (SELECT string_agg(coalesce(h.name, u.full_name_vi), '; ' ORDER BY s.position)
                                FROM delegation_stops s LEFT JOIN organizations h ON h.id = s.host_organization_id
                                JOIN administrative_units u ON u.id = s.unit_id WHERE s.delegation_id = d.id) AS hosts,
                               (SELECT string_agg(DISTINCT u.name_vi, ', ')
                                FROM delegation_stops s JOIN administrative_units u ON u.id = s.unit_id
                                WHERE s.delegation_id = d.id) AS units
                        FROM delegations d JOIN organizations o ON o.id = d.organizer_id
                        WHERE """ + VISIBLE + FILTERS + """

                        ORDER BY d.start_date DESC NULLS LAST, d.id DESC OFFSET :offset LIMIT :limit""")
                .params(params).param("offset", Page.offset(page, size)).param("limit", size)
                .query(Row.class).list();
        return new Page<>(rows, total, Math.max(page, 1), size);
    }

    /** One item of "Việc cần làm": a delegation and what it waits for. */
    public record Todo(long id, String title, String organizerName, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, String datePrecision) {

        public boolean monthOnly() {
            return "MONTH".equals(datePrecision);
        }
    }

    /** Plans of the user's organization waiting for a leader's approval. */
    public List<Todo> awaitingApproval(CurrentUser user) {
        return todos("d.organizer_id = :org AND d.status = 'SUBMITTED'", user);
    }

    /** Delegations sent to the user's organization that it has not answered yet. */
    public List<Todo> awaitingHostAnswer(CurrentUser user) {
        return todos("""
                d.status = 'HOST_REQUESTED' AND d.host_requested_at IS NOT NULL AND EXISTS (SELECT 1 FROM delegation_stops s
                    WHERE s.delegation_id = d.id AND s.host_organization_id = :org AND s.host_status = 'PENDING')""", user);
    }

    /** Plans of the user's organization whose hosts proposed other dates. */
    public List<Todo> awaitingProposalAnswer(CurrentUser user) {
        return todos("""
                d.organizer_id = :org AND d.status = 'HOST_REQUESTED' AND EXISTS (SELECT 1 FROM delegation_stops s
                    WHERE s.delegation_id = d.id AND s.host_status = 'PROPOSED')""", user);
    }

    private List<Todo> todos(String where, CurrentUser user) {
        return jdbc.sql("""
                        SELECT d.id, d.title, o.name AS organizer_name, d.start_date, d.end_date, d.date_precision
                        FROM delegations d JOIN organizations o ON o.id = d.organizer_id
                        """ + "WHERE " + where + " ORDER BY d.start_date NULLS LAST, d.id LIMIT 50")
                .param("org", user.orgId()).query(Todo.class).list();
    }

    /** The sessions of a month in the delegations the organization may see, by day. */
    public List<CalendarEntry> calendar(CurrentUser user, YearMonth month) {
        return jdbc.sql("""
                        SELECT d.id AS delegation_id, d.title, ss.id AS session_id, ss.session_date AS date, ss.part_of_day,
                               ss.kind, coalesce(vo.name, ss.place_text, h.name) AS place, d.organizer_id = :org AS outgoing
                        FROM delegation_sessions ss JOIN delegation_stops s ON s.id = ss.stop_id
                        JOIN delegations d ON d.id = s.delegation_id
                        LEFT JOIN organizations vo ON vo.id = ss.visited_organization_id
                        LEFT JOIN organizations h ON h.id = s.host_organization_id
                        WHERE ss.session_date BETWEEN :first AND :last AND d.status NOT IN ('CANCELLED') AND """ + VISIBLE + """

                        ORDER BY ss.session_date,
                                 CASE ss.part_of_day WHEN 'MORNING' THEN 1 WHEN 'AFTERNOON' THEN 2 WHEN 'EVENING' THEN 3 ELSE 4 END,
                                 ss.id""")
                .param("org", user.orgId()).param("direction", Direction.ALL.name())
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(CalendarEntry.class).list();
    }

    /** A delegation the organization may see, with what tells whether an article is about the same visit. */
    public record Nearby(long id, String title, DelegationKind kind, DelegationStatus status, long organizerId,
            String organizerName, @Nullable LocalDate startDate, @Nullable LocalDate endDate, String datePrecision,
            List<Long> hostOrganizationIds, @Nullable String hosts) {

        public Nearby {
            hostOrganizationIds = List.copyOf(hostOrganizationIds);
        }

        public boolean monthOnly() {
            return "MONTH".equals(datePrecision);
        }
    }

    /**
     * The delegations the organization may see (its own, and those sent to it as a host: the rule of
     * {@link DelegationAccess#sideOf}) whose dates meet {@code from..to}; with no period, the 200 latest. For telling
     * whether an imported article is about a visit already on record.
     */
    public List<Nearby> near(CurrentUser user, @Nullable LocalDate from, @Nullable LocalDate to) {
        return jdbc.sql("""
                        SELECT d.id, d.title, d.kind, d.status, d.organizer_id, o.name AS organizer_name, d.start_date,
                               d.end_date, d.date_precision,
                               (SELECT array_agg(s.host_organization_id ORDER BY s.position) FROM delegation_stops s
                                WHERE s.delegation_id = d.id AND s.host_organization_id IS NOT NULL) AS host_ids,
                               (SELECT string_agg(coalesce(h.name, u.full_name_vi), '; ' ORDER BY s.position)
                                FROM delegation_stops s LEFT JOIN organizations h ON h.id = s.host_organization_id
                                JOIN administrative_units u ON u.id = s.unit_id WHERE s.delegation_id = d.id) AS hosts
                        FROM delegations d JOIN organizations o ON o.id = d.organizer_id
                        WHERE """ + VISIBLE + """

                          AND (CAST(:from AS date) IS NULL OR (coalesce(d.start_date, d.end_date) <= :to
                               AND coalesce(d.end_date, d.start_date) >= :from))
                        ORDER BY d.start_date DESC NULLS LAST, d.id DESC LIMIT 200""")
                .param("org", user.orgId()).param("direction", Direction.ALL.name())
                .param("from", from == null || to == null ? null : from).param("to", to == null ? from : to)
                .query((rs, n) -> {
                    Array hostIds = rs.getArray("host_ids");
                    List<Long> ids = hostIds == null ? List.of() : List.of((Long[]) hostIds.getArray());
                    return new Nearby(rs.getLong("id"), rs.getString("title"),
                            DelegationKind.valueOf(rs.getString("kind")), DelegationStatus.valueOf(rs.getString("status")),
                            rs.getLong("organizer_id"), rs.getString("organizer_name"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            rs.getString("date_precision"), ids, rs.getString("hosts"));
                }).list();
    }

    /** A unit a delegation went to, with its name then. */
    public record Place(long unitId, String name) {
    }

    /**
     * A delegation of the organization as other features show it: title, dates, the places visited (each unit once)
     * and the hosts, and what it was about (title, purpose and topics) for matching a topic.
     */
    public record Visit(long id, String title, DelegationStatus status, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, List<Place> places, @Nullable String hosts, String about) {

        public Visit {
            places = List.copyOf(places);
        }

        /** The names of the places visited, as "Hà Nội, Quảng Ninh"; null when none is known. */
        public @Nullable String placeNames() {
            return places.isEmpty() ? null : String.join(", ", places.stream().map(Place::name).toList());
        }
    }

    private static final String VISIT = """
            SELECT d.id, d.title, d.status, d.start_date, d.end_date,
                   (SELECT array_agg(x.unit_id ORDER BY x.name_vi) FROM (SELECT DISTINCT s.unit_id, u.name_vi
                        FROM delegation_stops s JOIN administrative_units u ON u.id = s.unit_id
                        WHERE s.delegation_id = d.id) x) AS unit_ids,
                   (SELECT array_agg(x.name_vi ORDER BY x.name_vi) FROM (SELECT DISTINCT s.unit_id, u.name_vi
                        FROM delegation_stops s JOIN administrative_units u ON u.id = s.unit_id
                        WHERE s.delegation_id = d.id) x) AS unit_names,
                   (SELECT string_agg(DISTINCT o.name, '; ') FROM delegation_stops s
                    JOIN organizations o ON o.id = s.host_organization_id WHERE s.delegation_id = d.id) AS hosts,
                   d.title || ' ' || coalesce(d.purpose, '') || ' '
                       || coalesce((SELECT string_agg(t.content, ' ') FROM delegation_topics t WHERE t.delegation_id = d.id), '')
                       AS about
            FROM delegations d WHERE
            """;

    /**
     * The delegations among these that the organization organized or hosted (a lesson it learned names one of them),
     * in no particular order; others are left out.
     */
    public List<Visit> visits(CurrentUser user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VISIT + """
                        d.id = ANY (:ids) AND (d.organizer_id = :org OR EXISTS (SELECT 1 FROM delegation_stops s
                            WHERE s.delegation_id = d.id AND s.host_organization_id = :org))""")
                .param("org", user.orgId()).param("ids", ids.toArray(Long[]::new))
                .query(DelegationQueries::visit).list();
    }

    /**
     * The organization's delegations (neither cancelled nor rejected) that went to one of these units, latest first;
     * for advice on where to go and for the lessons learned in a place.
     */
    public List<Visit> visitsTo(CurrentUser user, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VISIT + """
                        d.organizer_id = :org AND d.status NOT IN ('CANCELLED', 'REJECTED') AND EXISTS (SELECT 1 FROM delegation_stops s
                            WHERE s.delegation_id = d.id AND s.unit_id = ANY (:units))
                        ORDER BY d.start_date DESC NULLS LAST, d.id""")
                .param("org", user.orgId()).param("units", unitIds.toArray(Long[]::new))
                .query(DelegationQueries::visit).list();
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        Array ids = rs.getArray("unit_ids");
        Array names = rs.getArray("unit_names");
        List<Place> places = new ArrayList<>();
        if (ids != null && names != null) {
            Long[] i = (Long[]) ids.getArray();
            String[] m = (String[]) names.getArray();
            for (int k = 0; k < i.length; k++) {
                places.add(new Place(i[k], m[k]));
            }
        }
        return new Visit(rs.getLong("id"), rs.getString("title"), DelegationStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), places,
                rs.getString("hosts"), rs.getString("about"));
    }

    /** A member of a completed delegation who is a person of the directory, for the reports owed. */
    public record CompletedMember(long memberId, long personId, long delegationId, long organizerId, String title,
            LocalDate endDate) {
    }

    /** The named members of completed delegations that ended on or before the day, earliest first. */
    public List<CompletedMember> completedMembers(LocalDate endedBy) {
        return jdbc.sql(COMPLETED + "d.end_date <= ? ORDER BY d.end_date, m.id").param(endedBy)
                .query(CompletedMember.class).list();
    }

    /** The completed delegations of the user's organization in which this person was a member, earliest first. */
    public List<CompletedMember> completedWith(CurrentUser user, long personId) {
        return jdbc.sql(COMPLETED + "d.organizer_id = ? AND m.person_id = ? ORDER BY d.end_date, d.id")
                .params(user.orgId(), personId).query(CompletedMember.class).list();
    }

    private static final String COMPLETED = """
            SELECT m.id AS member_id, m.person_id, d.id AS delegation_id, d.organizer_id, d.title, d.end_date
            FROM delegations d JOIN delegation_members m ON m.delegation_id = d.id
            WHERE d.status = 'COMPLETED' AND d.end_date IS NOT NULL AND m.person_id IS NOT NULL AND
            """;

    /** When and where a session of a delegation was held: for naming a task's source. */
    public record SessionPlace(@Nullable LocalDate date, @Nullable PartOfDay partOfDay, @Nullable String place) {
    }

    /** The session of this delegation, if it is one of its sessions. The caller has checked the delegation. */
    public Optional<SessionPlace> session(long delegationId, long sessionId) {
        return jdbc.sql("""
                        SELECT x.session_date AS date, x.part_of_day, coalesce(o.name, x.place_text) AS place
                        FROM delegation_sessions x JOIN delegation_stops s ON s.id = x.stop_id
                        LEFT JOIN organizations o ON o.id = x.visited_organization_id
                        WHERE x.id = ? AND s.delegation_id = ?""")
                .params(sessionId, delegationId).query(SessionPlace.class).optional();
    }

    /** The delegation the demo data made for a seed ("seed-000"), if it was made. */
    public Optional<Long> demoRecord(String key) {
        return jdbc.sql("SELECT id FROM delegations WHERE demo_key = ?").param(key).query(Long.class).optional();
    }

    private static Map<String, @Nullable Object> params(CurrentUser user, Filter f) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("org", user.orgId());
        p.put("direction", f.direction().name());
        p.put("year", f.year());
        p.put("kind", f.kind() == null ? null : f.kind().name());
        p.put("status", f.status() == null ? null : f.status().name());
        p.put("unit", f.unitId());
        p.put("topic", f.topic() == null || f.topic().isBlank() ? null : VietnameseText.fold(f.topic()));
        p.put("q", f.q() == null || f.q().isBlank() ? null : VietnameseText.fold(f.q()));
        return p;
    }
}
