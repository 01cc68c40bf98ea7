package vn.traodoi.register;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.DemoDataRemoval;

/**
 * The demo data is removed: the register's entries of documents issued from its records go too (each audited). The
 * counters stay where they are, so that no number is ever given twice.
 */
@Component
class DemoRegisterEntries {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DemoRegisterEntries(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    @Order(46)
    void on(DemoDataRemoval removal) {
        String[] prefixes = removal.recordPaths();
        if (prefixes.length == 0) {
            return;
        }
        List<Long> ids = jdbc.sql("""
                        DELETE FROM register_entries e USING unnest(CAST(? AS text[])) AS demo (link)
                        WHERE e.record_link = demo.link OR starts_with(e.record_link, demo.link || '/')
                        RETURNING e.id""").param(prefixes).query(Long.class).list();
        ids.forEach(id -> audit.record("REGISTER_ENTRY_REMOVED", "register_entry", id, null, null, null));
        removal.removed("demo.removed.registerEntries", ids.size());
    }
}
