package vn.traodoi.delegation;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.OrganizationRules;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.PlaceLookup;
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

    /**
     * One line of a list. {@code hosts} names each stop's host, else its unit, and {@code units} the units visited,
     * both as they were named on the stop's dates (else the delegation's): "Tỉnh Thừa Thiên Huế" for 2022;
     * {@code unitsToday} names the same units as they are named today ("Thành phố Huế").
     */
    public record Row(long id, String title, DelegationKind kind, DelegationStatus status, long organizerId,
            String organizerName, @Nullable LocalDate startDate, @Nullable LocalDate endDate, String datePrecision,
            @Nullable String hosts, @Nullable String units, @Nullable String unitsToday) {

        public boolean monthOnly() {
            return "MONTH".equals(datePrecision);
        }

        /** Whether the units visited are named otherwise today (renamed, or merged in 2025). */
        public boolean unitsRenamed() {
            return unitsToday != null && !unitsToday.equals(units);
        }
    }

    /**
     * One session on the calendar: its hours when known, the organization it is held with (the one visited, else the
     * stop's host) and the place typed.
     */
    public record CalendarEntry(long delegationId, String title, long sessionId, LocalDate date,
            @Nullable String partOfDay, @Nullable LocalTime startTime, @Nullable LocalTime endTime, String kind,
            @Nullable String host, @Nullable String place, boolean outgoing) {

        /** "08:00–11:30", "08:00", or null. */
        public @Nullable String hours() {
            return Delegation.Session.hours(startTime, endTime);
        }
    }

    /** A stop of a listed delegation as read, before its unit is named. */
    record StopLine(long unitId, @Nullable LocalDate date, @Nullable String host) {
    }

    record Listed(Row row, List<StopLine> stops) {
    }

    private static final TypeReference<List<StopLine>> STOP_LINES = new TypeReference<>() { };

    private static final String VISIBLE = """
            ((:direction IN ('OUTGOING', 'ALL') AND d.organizer_id = :org)
             OR (:direction IN ('INCOMING', 'ALL') AND d.host_requested_at IS NOT NULL
                 AND EXISTS (SELECT 1 FROM delegation_stops s WHERE s.delegation_id = d.id AND s.host_organization_id = :org))
             OR (:direction = 'ALL' AND d.status NOT IN ('DRAFT', 'SUBMITTED', 'REJECTED')
                 AND EXISTS (SELECT 1 FROM delegation_members m WHERE m.delegation_id = d.id AND m.organization_id = :org)))""";

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
    private final OrganizationRules rules;
    private final JsonMapper json;
    private final PlaceLookup places;
    private final Clock clock;

    DelegationQueries(JdbcClient jdbc, OrganizationRules rules, JsonMapper json, PlaceLookup places, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.json = json;
        this.places = places;
        this.clock = clock;
    }

    public Page<Row> list(CurrentUser user, Filter filter, int page, int size) {
        Map<String, @Nullable Object> params = params(user, filter);
        long total = jdbc.sql("SELECT count(*) FROM delegations d WHERE " + VISIBLE + FILTERS).params(params)
                .query(Long.class).single();
        List<Listed> listed = jdbc.sql("""
                        SELECT d.id, d.title, d.kind, d.status, d.organizer_id, o.name AS organizer_name, d.start_date,
                               d.end_date, d.date_precision,
                               (SELECT coalesce(json_agg(json_build_object('unitId', s.unit_id,
                                           'date', coalesce(s.start_date, d.start_date, d.end_date), 'host', h.name)
                                           ORDER BY s.position, s.id), '[]')
                                FROM delegation_stops s LEFT JOIN organizations h ON h.id = s.host_organization_id
                                WHERE s.delegation_id = d.id) AS stops
                        FROM delegations d JOIN organizations o ON o.id = d.organizer_id
                        WHERE """ + VISIBLE + FILTERS + """

                        ORDER BY d.start_date DESC NULLS LAST, d.id DESC OFFSET :offset LIMIT :limit""")
                .params(params).param("offset", Page.offset(page, size)).param("limit", size)
                .query((rs, n) -> new Listed(new Row(rs.getLong("id"), rs.getString("title"),
                        DelegationKind.valueOf(rs.getString("kind")), DelegationStatus.valueOf(rs.getString("status")),
                        rs.getLong("organizer_id"), rs.getString("organizer_name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("date_precision"), null, null, null),
                        json.readValue(rs.getString("stops"), STOP_LINES)))
                .list();
        return new Page<>(named(listed), total, Math.max(page, 1), size);
    }

    /**
     * The rows with their stops' units named then and today: the units of the whole page read in one query, their
     * successors in one more a step of reform, never a query per row.
     */
    private List<Row> named(List<Listed> listed) {
        Set<Long> unitIds = new HashSet<>();
        listed.forEach(l -> l.stops().forEach(s -> unitIds.add(s.unitId())));
        Map<Long, AdministrativeUnit> units = places.units(unitIds);
        Map<Long, AdministrativeUnit> today = places.unitsAt(units.values(), LocalDate.now(clock));
        List<Row> rows = new ArrayList<>(listed.size());
        for (Listed l : listed) {
            List<String> hosts = new ArrayList<>();
            Set<String> then = new LinkedHashSet<>();
            Set<String> now = new LinkedHashSet<>();
            for (StopLine stop : l.stops()) {
                AdministrativeUnit unit = units.get(stop.unitId());
                if (unit == null) {
                    continue;
                }
                String name = unit.fullNameOn(stop.date());
                hosts.add(stop.host() != null ? stop.host() : name);
                then.add(name);
                AdministrativeUnit current = today.get(stop.unitId());
                if (current != null) {
                    // A unit split between several today has no one name today: it is left out, not guessed.
                    now.add(current.fullNameVi());
                }
            }
            Row r = l.row();
            rows.add(new Row(r.id(), r.title(), r.kind(), r.status(), r.organizerId(), r.organizerName(), r.startDate(),
                    r.endDate(), r.datePrecision(), hosts.isEmpty() ? null : String.join("; ", hosts),
                    then.isEmpty() ? null : String.join(", ", then), now.isEmpty() ? null : String.join(", ", now)));
        }
        return rows;
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
        return todos("d.organizer_id = :org AND d.status = 'SUBMITTED'" + (rules.allowsSelfApproval(user.orgId()) ? "" : """
                 AND (SELECT t.actor_id FROM delegation_transitions t WHERE t.delegation_id = d.id AND t.action = 'SUBMIT'
                     ORDER BY t.id DESC LIMIT 1) IS DISTINCT FROM :me"""), user);
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
                .param("org", user.orgId()).param("me", user.userId()).query(Todo.class).list();
    }

    /** The sessions of a month in the delegations the organization may see, by day. */
    public List<CalendarEntry> calendar(CurrentUser user, YearMonth month) {
        return jdbc.sql("""
                        SELECT d.id AS delegation_id, d.title, ss.id AS session_id, ss.session_date AS date, ss.part_of_day,
                               ss.start_time, ss.end_time, ss.kind, coalesce(vo.name, h.name) AS host,
                               ss.place_text AS place, d.organizer_id = :org AS outgoing
                        FROM delegation_sessions ss JOIN delegation_stops s ON s.id = ss.stop_id
                        JOIN delegations d ON d.id = s.delegation_id
                        LEFT JOIN organizations vo ON vo.id = ss.visited_organization_id
                        LEFT JOIN organizations h ON h.id = s.host_organization_id
                        WHERE ss.session_date BETWEEN :first AND :last AND d.status NOT IN ('CANCELLED') AND """ + VISIBLE + """

                        ORDER BY ss.session_date, """ + Delegations.sessionOrder("ss") + """
                        , ss.id""")
                .param("org", user.orgId()).param("direction", Direction.ALL.name())
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(CalendarEntry.class).list();
    }

    /**
     * The delegations with at least one dated session that the user's organization organizes, hosts, or takes part in
     * through a member (or the user's own person, {@code personId}), by date: the candidates of the personal calendar
     * feed, which {@link DelegationAccess#sideOf} then decides on one by one.
     */
    public List<Long> withDatedSessions(CurrentUser user, @Nullable Long personId) {
        return jdbc.sql("""
                        SELECT d.id FROM delegations d
                        WHERE EXISTS (SELECT 1 FROM delegation_stops s JOIN delegation_sessions ss ON ss.stop_id = s.id
                                      WHERE s.delegation_id = d.id AND ss.session_date IS NOT NULL)
                          AND (d.organizer_id = :org
                               OR (d.host_requested_at IS NOT NULL AND EXISTS (SELECT 1 FROM delegation_stops s
                                   WHERE s.delegation_id = d.id AND s.host_organization_id = :org))
                               OR EXISTS (SELECT 1 FROM delegation_members m WHERE m.delegation_id = d.id
                                          AND (m.organization_id = :org OR m.person_id = :person)))
                        ORDER BY d.start_date NULLS LAST, d.id""")
                .param("org", user.orgId()).param("person", personId).query(Long.class).list();
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
