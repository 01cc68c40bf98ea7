package vn.traodoi.delegation;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.audit.AuditLog;

/**
 * Lets the dates move delegations along (HOST_CONFIRMED → IN_PROGRESS → COMPLETED) every morning and at start.
 * With several app nodes, a transaction-scoped advisory lock lets exactly one node do it.
 */
@Component
class DelegationClock {

    private static final Logger log = LoggerFactory.getLogger(DelegationClock.class);
    private static final long LOCK = 727_002L;

    private final Delegations delegations;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DelegationClock(Delegations delegations, AuditLog audit, Clock clock, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.delegations = delegations;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void advance() {
        Integer moved = transactions.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK)
                    .query(Boolean.class).single());
            return mine ? advanceByDates(LocalDate.now(clock)) : 0;
        });
        if (moved != null && moved > 0) {
            log.info("{} delegations moved along by their dates", moved);
        }
    }

    /**
     * Moves confirmed delegations to IN_PROGRESS on their first day and running ones to COMPLETED after their last,
     * as "system"; a click by the organizer does the same earlier. Runs in the caller's transaction, the one that
     * holds the lock.
     */
    int advanceByDates(LocalDate today) {
        int moved = 0;
        for (long id : delegations.dueToStart(today)) {
            moved += move(id, DelegationStatus.HOST_CONFIRMED, DelegationStatus.IN_PROGRESS, "START");
        }
        for (long id : delegations.dueToComplete(today)) {
            moved += move(id, DelegationStatus.IN_PROGRESS, DelegationStatus.COMPLETED, "COMPLETE");
        }
        return moved;
    }

    private int move(long id, DelegationStatus from, DelegationStatus to, String action) {
        Delegation before = delegations.find(id).orElseThrow();
        if (before.status() != from || !delegations.changeStatus(id, before.version(), to, false)) {
            return 0;
        }
        delegations.recordTransition(id, from, to, action, null, "system", null, null);
        Delegation after = delegations.find(id).orElseThrow();
        audit.record("DELEGATION_AUTO_" + action, "delegation", id, after.title(), before, after);
        return 1;
    }
}
