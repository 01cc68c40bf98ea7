package vn.traodoi.task;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.DemoDataRemoval;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;

/**
 * The demo data is removed: the tasks given by its delegations' reports and its workshop's conclusions go before the
 * records they came from (each audited as it was), with their evidence files once the removal commits, and the lines
 * still waiting to be given by hand.
 */
@Component
class DemoTasks {

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final SearchIndex index;
    private final AuditLog audit;
    private final FileStore evidence;

    DemoTasks(JdbcClient jdbc, TaskService tasks, SearchIndex index, AuditLog audit, TraodoiProperties properties) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.index = index;
        this.audit = audit;
        this.evidence = EvidenceStore.files(properties);
    }

    @EventListener
    @Order(30)
    void on(DemoDataRemoval removal) {
        Long[] delegations = removal.delegationIds();
        Long[] workshops = removal.workshopIds();
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM follow_up_tasks WHERE delegation_id = ANY (?) OR workshop_id = ANY (?)
                        ORDER BY id""").params(delegations, workshops).query(Long.class).list();
        Long[] array = ids.toArray(Long[]::new);
        List<String> files = jdbc.sql("SELECT storage_name FROM task_evidence_files WHERE task_id = ANY (?)")
                .param(array).query(String.class).list();
        for (long id : ids) {
            FollowUpTask before = tasks.find(id).orElseThrow();
            audit.record("TASK_REMOVED", "task", id, before.task(), before, null);
        }
        jdbc.sql("DELETE FROM follow_up_tasks WHERE id = ANY (?)").param(array).update();
        int leftovers = jdbc.sql("DELETE FROM follow_up_leftovers WHERE delegation_id = ANY (?) OR workshop_id = ANY (?)")
                .params(delegations, workshops).update();
        index.refresh(SearchKind.TASK, ids);
        evidence.deleteAfterCommit(files);
        removal.removed("demo.removed.tasks", ids.size());
        removal.removed("demo.removed.leftovers", leftovers);
        removal.linksGone("/tasks/", ids);
    }
}
