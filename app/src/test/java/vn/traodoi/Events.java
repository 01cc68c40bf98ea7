package vn.traodoi;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consequences of a decision (a report approved, conclusions assigned) follow once it commits, on a thread of
 * their own (ADR 0012). A test that looks at them waits until the event publication registry holds no publication
 * still to be handled.
 */
public final class Events {

    private Events() {
    }

    /** Waits, at most 20 seconds, until every event published so far was handled by all its listeners. */
    public static void settle(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc
                .sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
    }
}
