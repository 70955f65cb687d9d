package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefdesk.base.ActionRefusedException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class SaveRetryTest {

    private static RuntimeException recordChanged() {
        // What a save meets under MariaDB's snapshot isolation, as Hibernate and Spring wrap it.
        SQLException sql = new SQLException("Record has changed since last read in table 'briefing'", "HY000", 1020);
        return new JpaSystemException(new GenericJDBCException("could not execute statement", sql));
    }

    @Test
    void races_reported_by_the_database_are_retried() {
        assertThat(SaveRetry.retryable(recordChanged())).isTrue();
        assertThat(SaveRetry.retryable(new ObjectOptimisticLockingFailureException(Briefing.class, 1L)))
                .isTrue();
        assertThat(SaveRetry.retryable(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))))
                .isTrue();
        assertThat(SaveRetry.retryable(new DataIntegrityViolationException(
                        "Duplicate entry '7-3' for key 'uk_briefing_revision_number'")))
                .isTrue();
    }

    @Test
    void refusals_and_other_failures_are_not_retried() {
        assertThat(SaveRetry.retryable(new ActionRefusedException("No."))).isFalse();
        assertThat(SaveRetry.retryable(new DataIntegrityViolationException("Data too long for column 'title'")))
                .isFalse();
        assertThat(SaveRetry.retryable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void a_save_that_loses_races_is_run_again_until_it_gets_through() {
        AtomicInteger attempts = new AtomicInteger();

        String result = SaveRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw recordChanged();
            }
            return "saved";
        });

        assertThat(result).isEqualTo("saved");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_save_that_never_gets_through_ends_in_a_message_not_an_error_page() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> SaveRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw recordChanged();
                }))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("your text is still in the editor");
        assertThat(attempts).hasValue(SaveRetry.ATTEMPTS);
    }

    @Test
    void a_refusal_is_passed_on_at_once() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> SaveRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw new ActionRefusedException("Only the owner changes the co-authors.");
                }))
                .hasMessage("Only the owner changes the co-authors.");
        assertThat(attempts).hasValue(1);
    }

    private static RuntimeException connectionClosed() {
        // What beginning a transaction on a connection the database dropped looks like.
        return new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLNonTransientConnectionException("Socket error", "08000"));
    }

    @Test
    void a_database_that_cannot_be_reached_is_not_a_race_and_is_passed_on_at_once() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> SaveRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw new DataAccessResourceFailureException(
                            "could not execute statement", new SQLNonTransientConnectionException("Socket error"));
                }))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void connections_dropped_before_the_save_began_are_replaced() {
        AtomicInteger attempts = new AtomicInteger();

        String result = SaveRetry.run(() -> {
            if (attempts.incrementAndGet() <= 3) {
                throw connectionClosed();
            }
            return "saved";
        });

        assertThat(result).isEqualTo("saved");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void when_the_database_is_really_away_the_outage_is_passed_on_soon() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> SaveRetry.run(() -> {
                    attempts.incrementAndGet();
                    // As the pool does when no connection comes within its timeout.
                    sleep(Duration.ofMillis(300));
                    throw connectionClosed();
                }))
                .isInstanceOf(CannotCreateTransactionException.class);
        assertThat(attempts.get()).isLessThanOrEqualTo(5);
    }

    @Test
    void races_are_retried_only_until_the_time_limit() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> SaveRetry.run(
                        () -> {
                            attempts.incrementAndGet();
                            sleep(Duration.ofMillis(40));
                            throw recordChanged();
                        },
                        Duration.ofMillis(100)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("your text is still in the editor");
        assertThat(attempts.get()).isLessThan(SaveRetry.ATTEMPTS);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
