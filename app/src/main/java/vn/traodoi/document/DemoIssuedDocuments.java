package vn.traodoi.document;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.DemoDataRemoval;

/** The demo data is removed: the documents issued from its delegations and workshop go with them (each audited). */
@Component
class DemoIssuedDocuments {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DemoIssuedDocuments(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }


    @EventListener
    @Order(45)
    void on(DemoDataRemoval removal) {
        String[] prefixes = removal.recordPaths();
        if (prefixes.length == 0) {
            return;
        }
        List<Long> ids = jdbc.sql("""
                        DELETE FROM issued_documents d USING unnest(CAST(? AS text[])) AS demo (link)
                        WHERE d.record_link = demo.link OR starts_with(d.record_link, demo.link || '/')
                        RETURNING d.id""").param(prefixes).query(Long.class).list();
        ids.forEach(id -> audit.record("DOCUMENT_REMOVED", "issued_document", id, null, null, null));
        removal.removed("demo.removed.issuedDocuments", ids.size());
        removal.linksGone("/documents/issued/", ids);
    }
}
