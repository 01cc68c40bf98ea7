package vn.traodoi.web;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.system.DemoDataRequested;

/**
 * The first run: until an administrator chooses, and while no demo record exists, the administrator's home page
 * offers to load the demo data (the seed articles' records and the demo users, whose password is shown once) or to
 * start empty. The choice is kept, audited, and asked once for all nodes.
 */
@Service
class FirstRun {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DelegationFacts delegations;
    private final AuditLog audit;

    FirstRun(JdbcClient jdbc, ApplicationEventPublisher events, DelegationFacts delegations, AuditLog audit) {
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
