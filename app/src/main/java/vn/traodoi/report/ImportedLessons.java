package vn.traodoi.report;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.ingest.ArticleAccepted;

/**
 * Keeps what an accepted archive article says was learned as lessons of the organization that imported it, on the
 * delegation the article was accepted for, each saying which article it came from; in the accepting transaction, so
 * that the lessons and the acceptance are kept together or not at all.
 */
@Component
class ImportedLessons {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ImportedLessons(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void keep(ArticleAccepted accepted) {
        for (ArticleAccepted.Lesson lesson : accepted.lessons()) {
            jdbc.sql("INSERT INTO lessons (delegation_id, organization_id, topic, content, source) VALUES (?, ?, ?, ?, ?)")
                    .params(accepted.delegationId(), accepted.organizationId(), lesson.topic(), lesson.content(),
                            accepted.source()).update();
        }
        audit.record("LESSONS_IMPORTED", "delegation", accepted.delegationId(), accepted.source(), null,
                Map.of("lessons", accepted.lessons().size()));
    }
}
