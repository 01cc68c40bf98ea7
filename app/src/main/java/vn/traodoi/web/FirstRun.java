package vn.traodoi.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.system.DemoDataRemoval;
import vn.traodoi.system.DemoDataRequested;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.workshop.Workshops;

/**
 * The first run: until an administrator chooses, and while no demo record exists, the administrator's home page
 * offers to load the demo data (the seed articles' records and the demo users, whose password is shown once) or to
 * start empty. The choice is kept, audited, and asked once for all nodes. Later the demo data can be removed: each
 * module removes its own demo records, and the demo users are disabled.
 */
@Service
class FirstRun {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DelegationFacts delegations;
    private final AuditLog audit;
    private final Workshops workshops;
    private final TransactionTemplate transactions;
    private final TraodoiProperties properties;

    FirstRun(JdbcClient jdbc, ApplicationEventPublisher events, DelegationFacts delegations, AuditLog audit,
            Workshops workshops, TransactionTemplate transactions, TraodoiProperties properties) {
        this.workshops = workshops;
        this.transactions = transactions;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
        this.delegations = delegations;
        this.audit = audit;
    }

    /** Whether the home page asks this user: an administrator, no choice made, no demo record loaded. */
    boolean asks(CurrentUser user) {
        return user.has(Role.ADMIN)
                && jdbc.sql("SELECT count(*) FROM first_run_choice").query(Long.class).single() == 0
                && delegations.demoRecord("seed-000").isEmpty();
    }

    /** Loads the demo data (what is missing of it), in one transaction; says which demo users were created. */
    @Transactional
    public DemoDataRequested loadDemo(CurrentUser user) {
        requireAdmin(user);
        DemoDataRequested request = new DemoDataRequested();
        events.publishEvent(request);
        choose(user, "DEMO");
        return request;
    }

    /** Starts without the demo data: the home page asks no more. */
    @Transactional
    public void startEmpty(CurrentUser user) {
        requireAdmin(user);
        choose(user, "EMPTY");
    }

    /** Whether there is demo data to remove: a demo delegation or workshop (the home page then says so). */
    boolean demoPresent(CurrentUser user) {
        return user.has(Role.ADMIN) && !(delegations.demoRecords().isEmpty() && workshops.demoRecords().isEmpty());
    }

    /** Whether each start loads the demo data again ({@code TRAODOI_DEMO_ENABLED=true}). */
    boolean demoLoadedOnStart() {
        return properties.demo().enabled();
    }

    /**
     * What removing the demo data would remove now (message key → count), without removing anything: the removal is
     * run and rolled back.
     */
    public Map<String, Integer> removalPreview(CurrentUser user) {
        requireAdmin(user);
        Map<String, Integer> preview = transactions.execute(status -> {
            status.setRollbackOnly();
            return removal().removed();
        });
        return preview == null ? Map.of() : preview;
    }

    /**
     * Removes the demo data in one transaction: each module its own records, what refers to a delegation or a workshop
     * before it, each record audited as it was, and one entry saying what went; says what was removed (nothing when
     * there was none). The directory of organizations and people and the audit log stay.
     */
    @Transactional
    public Map<String, Integer> removeDemo(CurrentUser user) {
        requireAdmin(user);
        DemoDataRemoval removal = removal();
        if (!removal.nothing()) {
            audit.record("DEMO_DATA_REMOVED", "system", "demo-data", null, null, new LinkedHashMap<>(removal.removed()));
        }
        return removal.removed();
    }

    private DemoDataRemoval removal() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(DemoDataRemoval.LOCK).query(Integer.class).list();
        DemoDataRemoval removal = new DemoDataRemoval(delegations.demoRecords(), workshops.demoRecords());
        events.publishEvent(removal);
        return removal;
    }

    private void choose(CurrentUser user, String choice) {
        jdbc.sql("""
                        INSERT INTO first_run_choice (choice, chosen_by) VALUES (?, ?)
                        ON CONFLICT (id) DO UPDATE SET choice = EXCLUDED.choice, chosen_by = EXCLUDED.chosen_by,
                            chosen_at = now()""").params(choice, user.userId()).update();
        audit.record("FIRST_RUN_CHOSEN", "system", "first-run", choice, null, Map.of("choice", choice));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators choose how traodoi starts");
        }
    }
}
