package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits with an end: a test whose threads deadlock fails after {@link #LIMIT} and says what it
 * waited for, instead of hanging the build until CI gives up on it.
 */
public final class Waits {

    /** Far longer than any wait in a passing test, on a busy two-core machine too. */
    public static final Duration LIMIT = Duration.ofMinutes(2);

    private Waits() {}

    /** Waits for the latch to open; fails the test if it does not within the limit. */
    public static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("a latch still waiting for %d count(s) after %s", latch.getCount(), LIMIT)
                .isTrue();
    }

    /** The future's result; fails the test if it has none within the limit. */
    public static <T> T get(Future<T> future) throws InterruptedException, ExecutionException {
        try {
            return future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("No result after " + LIMIT + ": a deadlock?", timedOut);
        }
    }

    /** Waits for the thread to end; fails the test if it does not within the limit. */
    public static void join(Thread thread) throws InterruptedException {
        assertThat(thread.join(LIMIT))
                .as("thread %s still running after %s", thread.getName(), LIMIT)
                .isTrue();
    }

    /**
     * Asks {@code condition} every 100 ms until it holds, for at most {@code within}; fails the test
     * with {@code what} otherwise.
     */
    public static void until(String what, Duration within, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + within.toMillis() + " ms for " + what);
            }
            Thread.sleep(100);
        }
    }
}
