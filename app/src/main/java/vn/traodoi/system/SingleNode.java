package vn.traodoi.system;

import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that one app node at a time does (the morning notices, the reminders): in one transaction that holds a
 * transaction-scoped advisory lock, so that with several nodes on one database exactly one does it, and none waits.
 */
@Component
public class SingleNode {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SingleNode(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code work} (which counts what it did) under the advisory lock {@code lock}; 0 while another node holds it. */
    public int once(long lock, IntSupplier work) {
        Integer done = transactions.execute(status -> Boolean.TRUE.equals(
                jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(lock).query(Boolean.class).single())
                ? work.getAsInt() : 0);
        return done == null ? 0 : done;
    }
}
