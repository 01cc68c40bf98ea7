package vn.traodoi.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.text.VietnameseText;

/**
 * Bài học kinh nghiệm: what the organization learned, searchable with or without diacritics ("chinh quyen do thi"),
 * each with the delegation it came from and the places visited, and the article it was taken from when it came from
 * an archive import rather than a trip report.
 */
@Controller
class Lessons {

    /** A lesson with where it was learned. */
    record Lesson(long id, long delegationId, String delegationTitle, @Nullable String topic, String content,
            @Nullable String places, @Nullable String hosts, @Nullable LocalDate startDate, @Nullable String source) {
    }

    /** A place visited, with how many of the organization's lessons were learned there. */
    record Locality(long unitId, String name, long lessons) {
    }

    private final JdbcClient jdbc;

    Lessons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/lessons")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long place, Model model) {
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        List<Lesson> lessons = jdbc.sql("""
                        SELECT l.id, l.delegation_id, d.title AS delegation_title, l.topic, l.content, d.start_date, l.source,
                               (SELECT string_agg(DISTINCT u.name_vi, ', ') FROM delegation_stops s
                                JOIN administrative_units u ON u.id = s.unit_id WHERE s.delegation_id = d.id) AS places,
                               (SELECT string_agg(DISTINCT o.name, '; ') FROM delegation_stops s
                                JOIN organizations o ON o.id = s.host_organization_id WHERE s.delegation_id = d.id) AS hosts
                        FROM lessons l JOIN delegations d ON d.id = l.delegation_id
                        WHERE l.organization_id = :org
                          AND (CAST(:place AS bigint) IS NULL OR EXISTS (SELECT 1 FROM delegation_stops s
                               WHERE s.delegation_id = d.id AND s.unit_id = :place))
                          AND (CAST(:q AS text) IS NULL
                               OR vn_tsvector(coalesce(l.topic, '') || ' ' || l.content) @@ vn_tsquery(:q)
                               OR vn_fold(coalesce(l.topic, '') || ' ' || l.content) LIKE '%' || :q || '%')
                        ORDER BY l.topic NULLS LAST, d.start_date DESC NULLS LAST, l.id""")
                .param("org", me.orgId()).param("q", folded).param("place", place).query(Lesson.class).list();
        List<Locality> localities = jdbc.sql("""
                        SELECT u.id AS unit_id, u.name_vi AS name, count(DISTINCT l.id) AS lessons
                        FROM lessons l JOIN delegation_stops s ON s.delegation_id = l.delegation_id
                        JOIN administrative_units u ON u.id = s.unit_id
                        WHERE l.organization_id = ? GROUP BY u.id, u.name_vi ORDER BY count(DISTINCT l.id) DESC, u.name_vi""")
                .param(me.orgId()).query(Locality.class).list();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("place", place);
        model.addAttribute("localities", localities);
        model.addAttribute("lessons", lessons);
        return "reports/lessons";
    }
}
