package vn.traodoi.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Read your own writes across modules: notes, on the request that publishes it, that an {@link AwaitedEvent} was
 * published, and waits, when asked, until the event publication registry holds no publication of that moment still
 * to be handled, at most {@code traodoi.events.await} (3 s by default). Asked after the request's own transaction has
 * committed, so it holds no connection while it polls: by the web layer before any answer, and by a controller that
 * shows the consequences on the page it answers with. Requests that published nothing pay nothing.
 */
@Component
public class Consequences {

    private static final Logger log = LoggerFactory.getLogger(Consequences.class);
    private static final String PUBLISHED = Consequences.class.getName() + ".published";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration limit;

    Consequences(JdbcClient jdbc, Clock clock, @Value("${traodoi.events.await:PT3S}") Duration limit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
    }

    @EventListener
    void published(AwaitedEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(PUBLISHED, RequestAttributes.SCOPE_REQUEST) == null) {
            request.setAttribute(PUBLISHED, clock.instant().minusSeconds(1), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Waits for the consequences of the events this request published, if any; once a request. */
    public void await() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || !(request.getAttribute(PUBLISHED, RequestAttributes.SCOPE_REQUEST) instanceof Instant since)) {
            return;
        }
        request.removeAttribute(PUBLISHED, RequestAttributes.SCOPE_REQUEST);
        Instant deadline = clock.instant().plus(limit);
        long pause = 5;
        while (pending(since) && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 100);
        }
        if (pending(since)) {
            log.info("Answering before the consequences of the request's events were handled (after {})", limit);
        }
    }

    private boolean pending(Instant since) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?)""")
                .param(since.atOffset(ZoneOffset.UTC)).query(Boolean.class).single());
    }
}
