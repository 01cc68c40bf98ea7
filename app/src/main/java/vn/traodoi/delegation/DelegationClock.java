package vn.traodoi.delegation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.place.PlaceLookup;

/**
 * Lets the dates move delegations along (HOST_CONFIRMED → IN_PROGRESS → COMPLETED) every morning and at start.
 * With several app nodes, a transaction-scoped advisory lock lets exactly one node do it.
 */
@Component
class DelegationClock {

    private static final Logger log = LoggerFactory.getLogger(DelegationClock.class);
    private static final long LOCK = 727_002L;

    private final DelegationService delegations;
    private final PlaceLookup places;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DelegationClock(DelegationService delegations, PlaceLookup places, JdbcClient jdbc, TransactionTemplate transactions) {
        this.delegations = delegations;
        this.places = places;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void advance() {
        Integer moved = transactions.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK)
                    .query(Boolean.class).single());
            return mine ? delegations.advanceByDates(places.today()) : 0;
        });
        if (moved != null && moved > 0) {
            log.info("{} delegations moved along by their dates", moved);
        }
    }
}
