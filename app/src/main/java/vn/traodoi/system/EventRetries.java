package vn.traodoi.system;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers again the events whose listener failed or never ran (the node stopped between the commit and the
 * listener): every minute, those published more than a minute before. One node at a time: the others skip the round
 * while one holds the lock. The listeners are idempotent, so a delivery repeated after a crash changes nothing twice.
 */
@Component
public class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);
    private static final long LOCK = 727_010L;

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration age;

    EventRetries(IncompleteEventPublications incomplete, JdbcClient jdbc, TransactionTemplate transactions,
            @Value("${traodoi.events.retry-after:PT1M}") Duration age) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.age = age;
    }

    @Scheduled(fixedDelayString = "${traodoi.events.retry-every:PT1M}", initialDelayString = "${traodoi.events.retry-every:PT1M}")
    void everyMinute() {
        try {
            retry(age);
        } catch (RuntimeException e) {
            log.warn("Retrying incomplete event publications failed; next round in a minute", e);
        }
    }

    /**
     * Resubmits the incomplete publications older than {@code olderThan}, unless another node is doing so; returns
     * whether this node did.
     */
    public boolean retry(Duration olderThan) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK)
                    .query(Boolean.class).single());
            if (mine) {
                incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
            }
            return mine;
        }));
    }
}
