package org.briefdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The clock of every test context: the system clock, which a test may move forward (and must set
 * back with {@link #reset()}, in a {@code finally} or {@code @AfterEach}) to see what time does, such
 * as a sign-in lock running out.
 */
@Component
@Primary
@Profile("test")
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the time of the application forward. */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    /** Back to the real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application works in UTC");
    }
}
