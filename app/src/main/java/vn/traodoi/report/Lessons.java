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
 * each with the delegation it came from and the places visited.
 */
@Controller
class Lessons {

    /** A lesson with where it was learned. */
    record Lesson(long id, long delegationId, String delegationTitle, @Nullable String topic, String content,
            @Nullable String places, @Nullable LocalDate startDate) {
    }

    private final JdbcClient jdbc;

    Lessons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/lessons")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q, Model model) {
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        List<Lesson> lessons = jdbc.sql("""
                        SELECT l.id, l.delegation_id, d.title AS delegation_title, l.topic, l.content, d.start_date,
                               (SELECT string_agg(DISTINCT u.name_vi, ', ') FROM delegation_stops s
                                JOIN administrative_units u ON u.id = s.unit_id WHERE s.delegation_id = d.id) AS places
                        FROM lessons l JOIN delegations d ON d.id = l.delegation_id
                        WHERE l.organization_id = :org
                          AND (CAST(:q AS text) IS NULL
                               OR vn_tsvector(coalesce(l.topic, '') || ' ' || l.content) @@ vn_tsquery(:q)
                               OR vn_fold(coalesce(l.topic, '') || ' ' || l.content) LIKE '%' || :q || '%')
                        ORDER BY l.topic NULLS LAST, d.start_date DESC NULLS LAST, l.id""")
                .param("org", me.orgId()).param("q", folded).query(Lesson.class).list();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("lessons", lessons);
        return "reports/lessons";
    }
}
