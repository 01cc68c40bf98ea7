package vn.traodoi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the real time in Vietnam, unless a test stops it with {@link #freeze()}
 * and moves it with {@link #advance(Duration)}. A test that does must {@link #reset()} it afterwards: the
 * whole run shares one context.
 */
@Component
@Primary
public class TestClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile @Nullable Instant frozen;

    /** Stops the clock at the current instant. */
    public synchronized void freeze() {
        frozen = Instant.now();
    }

    /** Moves the frozen clock forward. */
    public synchronized void advance(Duration duration) {
        Instant at = frozen;
        if (at == null) {
            throw new IllegalStateException("freeze() the clock before moving it");
        }
        frozen = at.plus(duration);
    }

    /** Back to the real time. */
    public synchronized void reset() {
        frozen = null;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = frozen;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at == null ? Instant.now() : at;
    }
}
