package vn.traodoi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.ingest.ArticleAccepted;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;

/**
 * Keeps what an accepted archive article says was learned as lessons of the organization that imported it, on the
 * delegation the article was accepted for, each saying which article it came from; in the accepting transaction, so
 * that the lessons, their search documents and the acceptance are kept together or not at all.
 */
@Component
class ImportedLessons {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SearchIndex index;

    ImportedLessons(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.index = index;
    }

    @EventListener
    void keep(ArticleAccepted accepted) {
        List<Long> kept = new ArrayList<>();
        for (ArticleAccepted.Lesson lesson : accepted.lessons()) {
            kept.add(jdbc.sql("""
                            INSERT INTO lessons (delegation_id, organization_id, topic, content, source)
                            VALUES (?, ?, ?, ?, ?) RETURNING id""")
                    .params(accepted.delegationId(), accepted.organizationId(), lesson.topic(), lesson.content(),
                            accepted.source()).query(Long.class).single());
        }
        index.refresh(SearchKind.LESSON, kept);
        audit.record("LESSONS_IMPORTED", "delegation", accepted.delegationId(), accepted.source(), null,
                Map.of("lessons", accepted.lessons().size()));
    }
}
