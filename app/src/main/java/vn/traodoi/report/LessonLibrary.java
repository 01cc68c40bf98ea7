package vn.traodoi.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationFacts.Place;
import vn.traodoi.delegation.DelegationFacts.Visit;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.delegation.TripReportApproved;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.text.VietnameseText;

/**
 * Bài học kinh nghiệm: the lessons an organization keeps (this module's table), with the delegation each came from and
 * the places visited (from the delegation module), searchable with or without diacritics; an approved trip report's
 * lessons are kept here.
 */
@Service
public class LessonLibrary {

    /** A lesson as kept: what was learned, on which delegation, from which article if imported. */
    public record Kept(long id, long delegationId, @Nullable String topic, String content, @Nullable String source) {
    }

    /** A lesson with where it was learned. */
    public record Lesson(long id, long delegationId, String delegationTitle, @Nullable String topic, String content,
            @Nullable String places, @Nullable String hosts, @Nullable LocalDate startDate, @Nullable String source) {
    }

    /** A place visited, with how many of the organization's lessons were learned there. */
    public record Locality(long unitId, String name, long lessons) {
    }

    private final JdbcClient jdbc;
    private final DelegationFacts delegations;
    private final SearchIndex index;

    LessonLibrary(JdbcClient jdbc, DelegationFacts delegations, SearchIndex index) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.index = index;
    }

    /**
     * Once the approval is committed, each line of the report's lessons becomes a lesson ("topic: lesson" gives it its
     * topic, {@link LessonLines}); once, whatever the deliveries.
     */
    @ApplicationModuleListener
    public void keepLessons(TripReportApproved approved) {
        String lessons = jdbc.sql("SELECT lessons FROM trip_reports WHERE delegation_id = ? AND status = 'APPROVED'")
                .param(approved.delegationId()).query((rs, n) -> rs.getString(1)).optional().orElse(null);
        if (lessons == null || Boolean.TRUE.equals(jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM lessons WHERE delegation_id = ? AND source IS NULL)")
                .param(approved.delegationId()).query(Boolean.class).single())) {
            return;
        }
        List<Long> kept = new ArrayList<>();
        for (LessonLines.Lesson lesson : LessonLines.read(lessons)) {
            kept.add(jdbc.sql("""
                            INSERT INTO lessons (delegation_id, organization_id, topic, content) VALUES (?, ?, ?, ?)
                            RETURNING id""")
                    .params(approved.delegationId(), approved.organizerId(), lesson.topic(), lesson.content())
                    .query(Long.class).single());
        }
        index.refresh(SearchKind.LESSON, kept);
    }

    /** The organization's lessons from these delegations, in the order they were kept. */
    public List<Kept> from(CurrentUser user, Collection<Long> delegationIds) {
        if (delegationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, delegation_id, topic, content, source FROM lessons
                        WHERE organization_id = ? AND delegation_id = ANY (?) ORDER BY id""")
                .params(user.orgId(), delegationIds.toArray(Long[]::new)).query(Kept.class).list();
    }

    /** The organization's lessons matching the words (all when blank), learned in the unit when one is given. */
    List<Lesson> find(CurrentUser user, @Nullable String q, @Nullable Long place) {
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        List<Kept> kept = jdbc.sql("""
                        SELECT id, delegation_id, topic, content, source FROM lessons
                        WHERE organization_id = :org
                          AND (CAST(:q AS text) IS NULL
                               OR vn_tsvector(coalesce(topic, '') || ' ' || content) @@ vn_tsquery(:q)
                               OR vn_fold(coalesce(topic, '') || ' ' || content) LIKE '%' || :q || '%')
                        ORDER BY id""")
                .param("org", user.orgId()).param("q", folded).query(Kept.class).list();
        Map<Long, Visit> visits = visits(user, kept);
        List<Lesson> out = new ArrayList<>();
        for (Kept k : kept) {
            Visit v = visits.get(k.delegationId());
            if (v != null && (place == null || v.places().stream().anyMatch(p -> p.unitId() == place))) {
                out.add(new Lesson(k.id(), k.delegationId(), v.title(), k.topic(), k.content(), v.placeNames(), v.hosts(),
                        v.startDate(), k.source()));
            }
        }
        out.sort(Comparator.comparing(Lesson::topic, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Lesson::startDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(Lesson::id));
        return out;
    }

    /** The places where the organization learned lessons, the most lessons first. */
    List<Locality> localities(CurrentUser user) {
        List<Kept> kept = jdbc.sql("SELECT id, delegation_id, topic, content, source FROM lessons WHERE organization_id = ?")
                .param(user.orgId()).query(Kept.class).list();
        Map<Long, Visit> visits = visits(user, kept);
        Map<Place, Long> counts = new LinkedHashMap<>();
        for (Kept k : kept) {
            Visit v = visits.get(k.delegationId());
            if (v != null) {
                v.places().forEach(p -> counts.merge(p, 1L, Long::sum));
            }
        }
        return counts.entrySet().stream().map(e -> new Locality(e.getKey().unitId(), e.getKey().name(), e.getValue()))
                .sorted(Comparator.comparingLong(Locality::lessons).reversed().thenComparing(Locality::name)).toList();
    }

    private Map<Long, Visit> visits(CurrentUser user, List<Kept> kept) {
        return delegations.visits(user, kept.stream().map(Kept::delegationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Visit::id, Function.identity()));
    }
}
