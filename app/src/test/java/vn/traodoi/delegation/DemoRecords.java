package vn.traodoi.delegation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts demo records a test changed back as the demo data gives them: removes them, with what was made from them (their
 * tasks and search documents), and loads the demo data again. For tests that must commit (their decisions'
 * consequences follow as events) in the database other tests share.
 */
final class DemoRecords {

    private DemoRecords() {
    }

    static void reload(JdbcClient jdbc, Delegations delegations, DemoData demo, TransactionTemplate transactions,
            List<String> keys) {
        Long[] ids = keys.stream().map(delegations::delegationOfDemoKey).flatMap(Optional::stream).toArray(Long[]::new);
        jdbc.sql("""
                        DELETE FROM search_documents WHERE (kind IN ('DELEGATION', 'TRIP_REPORT') AND record_id = ANY (:d))
                           OR (kind = 'LESSON' AND record_id IN (SELECT id FROM lessons WHERE delegation_id = ANY (:d)))
                           OR (kind = 'TASK' AND record_id IN (SELECT id FROM follow_up_tasks WHERE delegation_id = ANY (:d)))""")
                .param("d", ids).update();
        jdbc.sql("DELETE FROM follow_up_tasks WHERE delegation_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM delegations WHERE id = ANY (?)").param(ids).update();
        transactions.executeWithoutResult(status -> demo.load());
    }
}
