package vn.traodoi.delegation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;

/**
 * What other modules may know of delegations, in batches, without reading the delegation tables (ADR 11): the visits
 * behind lessons and advice, the members who owe a report, a session named as a task's source, a demo record.
 */
@Service
public class DelegationFacts {

    private final JdbcClient jdbc;
    private final Delegations delegations;

    /**
     * The delegation itself, for the holder of a member's personal link, whom the report module checked (the link's
     * hash, expiry and revocation): no account, so no organization to check here.
     */
    public Optional<Delegation> forMemberLink(long id) {
        return delegations.find(id);
    }

    DelegationFacts(JdbcClient jdbc, Delegations delegations) {
        this.delegations = delegations;
        this.jdbc = jdbc;
    }

    /** A unit a delegation went to, with its name then ("Thừa Thiên Huế" in 2022, "Huế" from 2025). */
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
                   p.unit_ids, p.unit_names,
                   (SELECT string_agg(DISTINCT o.name, '; ') FROM delegation_stops s
                    JOIN organizations o ON o.id = s.host_organization_id WHERE s.delegation_id = d.id) AS hosts,
                   d.title || ' ' || coalesce(d.purpose, '') || ' '
                       || coalesce((SELECT string_agg(t.content, ' ') FROM delegation_topics t WHERE t.delegation_id = d.id), '')
                       AS about
            FROM delegations d
            CROSS JOIN LATERAL (SELECT array_agg(x.unit_id ORDER BY x.name_vi) AS unit_ids,
                                       array_agg(x.name_vi ORDER BY x.name_vi) AS unit_names
                                FROM (SELECT DISTINCT s.unit_id, CASE WHEN u.renamed_on IS NOT NULL
                                                 AND coalesce(s.start_date, d.start_date, d.end_date) < u.renamed_on
                                             THEN regexp_replace(u.former_full_name_vi, '^(Tỉnh|Thành phố) ', '')
                                             ELSE u.name_vi END AS name_vi
                                      FROM delegation_stops s
                                      JOIN administrative_units u ON u.id = s.unit_id
                                      WHERE s.delegation_id = d.id) x) p
            WHERE
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
                .query(DelegationFacts::visit).list();
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
                .query(DelegationFacts::visit).list();
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

    /** A member entry of a completed delegation: a named person, or a group of an organization (either may be unknown). */
    public record CompletedEntry(long memberId, @Nullable Long personId, @Nullable Long organizationId, long delegationId,
            String title, LocalDate endDate) {
    }

    /** The member entries of the delegations completed by {@code endedBy}, named or not, by end date. */
    public List<CompletedEntry> completedEntries(LocalDate endedBy) {
        return jdbc.sql("""
                        SELECT m.id AS member_id, m.person_id, m.organization_id, d.id AS delegation_id, d.title, d.end_date
                        FROM delegations d JOIN delegation_members m ON m.delegation_id = d.id
                        WHERE d.status = 'COMPLETED' AND d.end_date IS NOT NULL AND d.end_date <= ?
                        ORDER BY d.end_date, m.id""").param(endedBy).query(CompletedEntry.class).list();
    }

    /** A member entry of a completed delegation whose report the user may file: the entry, the delegation, its end. */
    public record OwnEntry(long memberId, long delegationId, String title, LocalDate endDate) {
    }

    /**
     * The completed delegations, of any organization, in which the user was a member: named as their own person
     * ({@code personId}, when linked), or as a group of their organization ("Đại diện Ban Dân vận Thành ủy"), earliest
     * first.
     */
    public List<OwnEntry> completedWith(CurrentUser user, @Nullable Long personId) {
        return jdbc.sql("""
                        SELECT m.id AS member_id, d.id AS delegation_id, d.title, d.end_date
                        FROM delegations d JOIN delegation_members m ON m.delegation_id = d.id
                        WHERE d.status = 'COMPLETED' AND d.end_date IS NOT NULL
                          AND (m.person_id = :person OR m.person_id IS NULL AND m.organization_id = :org)
                        ORDER BY d.end_date, d.id, m.id""")
                .param("person", personId).param("org", user.orgId()).query(OwnEntry.class).list();
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
                        SELECT x.session_date AS date, x.part_of_day, coalesce(o.name, h.name, x.place_text) AS place
                        FROM delegation_sessions x JOIN delegation_stops s ON s.id = x.stop_id
                        LEFT JOIN organizations o ON o.id = x.visited_organization_id
                        LEFT JOIN organizations h ON h.id = s.host_organization_id
                        WHERE x.id = ? AND s.delegation_id = ?""")
                .params(sessionId, delegationId).query(SessionPlace.class).optional();
    }

    /** The delegation the demo data made for a seed ("seed-000"), if it was made. */
    public Optional<Long> demoRecord(String key) {
        return jdbc.sql("SELECT id FROM delegations WHERE demo_key = ?").param(key).query(Long.class).optional();
    }

    /** The member entries of these delegations. */
    public List<Long> memberIds(Collection<Long> delegationIds) {
        return jdbc.sql("SELECT id FROM delegation_members WHERE delegation_id = ANY (?) ORDER BY id")
                .param(delegationIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The delegations the demo data made (each carries a demo key). */
    public List<Long> demoRecords() {
        return jdbc.sql("SELECT id FROM delegations WHERE demo_key IS NOT NULL ORDER BY id").query(Long.class).list();
    }
}
