package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefdesk.base.ActionRefusedException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;

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
}
