package org.briefdesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureTallyTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final FailureTally tally = new FailureTally(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 1000);

    private void failTimes(String key, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            tally.fail(key, at);
        }
    }

    @Test
    void four_failures_do_not_lock_and_the_fifth_locks_for_15_minutes() {
        failTimes("frank", 4, START);
        assertThat(tally.lockedUntil("frank", START)).isEmpty();

        assertThat(tally.fail("frank", START.plusSeconds(60))).contains(START.plusSeconds(60 + 15 * 60));
        assertThat(tally.lockedUntil("frank", START.plusSeconds(61))).isPresent();
        assertThat(tally.lockedUntil("frank", START.plusSeconds(60 + 15 * 60 - 1)))
                .isPresent();
        assertThat(tally.lockedUntil("frank", START.plusSeconds(60 + 15 * 60))).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_15_minutes_never_lock() {
        for (int i = 0; i < 20; i++) {
            tally.fail("frank", START.plus(Duration.ofMinutes(4L * i)));
            assertThat(tally.lockedUntil("frank", START.plus(Duration.ofMinutes(4L * i))))
                    .as("after failure %d", i + 1)
                    .isEmpty();
        }
    }

    @Test
    void attempts_while_locked_do_not_extend_the_lock() {
        failTimes("frank", 5, START);
        failTimes("frank", 10, START.plus(Duration.ofMinutes(14)));

        assertThat(tally.lockedUntil("frank", START.plus(Duration.ofMinutes(15))))
                .isEmpty();
    }

    @Test
    void after_a_lock_runs_out_the_count_starts_again() {
        failTimes("frank", 5, START);
        Instant later = START.plus(Duration.ofMinutes(16));

        failTimes("frank", 4, later);
        assertThat(tally.lockedUntil("frank", later)).isEmpty();
        tally.fail("frank", later);
        assertThat(tally.lockedUntil("frank", later)).isPresent();
    }

    @Test
    void clearing_lifts_the_lock_and_forgets_the_failures() {
        failTimes("frank", 5, START);

        assertThat(tally.clear("frank", START)).isTrue();
        assertThat(tally.lockedUntil("frank", START)).isEmpty();
        failTimes("frank", 4, START);
        assertThat(tally.lockedUntil("frank", START)).isEmpty();
        assertThat(tally.clear("nobody", START)).isFalse();
    }

    @Test
    void keys_are_counted_apart() {
        failTimes("frank", 4, START);
        failTimes("grace", 4, START);

        assertThat(tally.locked(START)).isEmpty();
        tally.fail("grace", START);
        assertThat(tally.locked(START)).containsOnlyKeys("grace");
    }

    @Test
    void a_flood_of_names_stays_within_capacity_and_keeps_every_lock() {
        FailureTally small = new FailureTally(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100);
        for (int i = 0; i < 5; i++) {
            small.fail("victim", START);
        }
        for (int i = 0; i < 10_000; i++) {
            small.fail("made-up-" + i, START.plusMillis(i));
        }

        assertThat(small.size()).isLessThanOrEqualTo(101);
        assertThat(small.lockedUntil("victim", START.plusSeconds(10))).isPresent();
    }
}
