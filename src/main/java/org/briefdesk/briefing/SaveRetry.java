package org.briefdesk.briefing;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.DatabaseOutage;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Runs a save again when the database reports a race instead of an answer: an optimistic-lock
 * failure, a deadlock or lock wait, MariaDB's error 1020 ("Record has changed since last read",
 * raised under snapshot isolation), or two saves numbering a revision at once. Each attempt is a new
 * transaction that reads the briefing afresh, so a retried save goes through the same merge as any
 * other; the user never sees the race.
 *
 * <p>A database that cannot be reached is no race: such a failure is passed on at once, so that the
 * editor can say so within seconds and keep the text (only connections that turn out, at once, to have
 * been dropped before the save began are replaced). And however the races go, a save stops trying
 * after {@link #TIME_LIMIT}, so that the user is never left waiting for long.
 */
final class SaveRetry {

    static final int ATTEMPTS = 12;

    /** No new attempt starts after this long. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * Within this time of the start of a save, a transaction that fails to begin for want of a working
     * connection met one the database had dropped (it restarted just after the connection was last
     * used, so the pool handed it out unchecked). The pool discards each such connection.
     */
    static final Duration STALE_CONNECTIONS = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SaveRetry.class);

    /** MariaDB/MySQL error codes that mean "try again": record changed, lock wait timeout, deadlock. */
    private static final int RECORD_CHANGED = 1020;

    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;
    private static final int DUPLICATE_KEY = 1062;
    private static final String REVISION_NUMBER_KEY = "uk_briefing_revision_number";

    private SaveRetry() {}

    static <T> T run(Supplier<T> attempt) {
        return run(attempt, TIME_LIMIT);
    }

    static <T> T run(Supplier<T> attempt, Duration timeLimit) {
        long start = System.nanoTime();
        for (int number = 1; ; number++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                if (staleConnection(failure, System.nanoTime() - start)) {
                    // Nothing reached the database; again, on another connection. A database that is
                    // really away fails that attempt too, after the pool's timeout, and then no more.
                    log.debug("Save attempt {} met a dropped connection; trying another", number, failure);
                    continue;
                }
                if (!retryable(failure)) {
                    throw failure;
                }
                if (number >= ATTEMPTS || System.nanoTime() - start >= timeLimit.toNanos()) {
                    log.warn("A save lost {} races in a row", number, failure);
                    throw new ActionRefusedException("Many people are saving this briefing at this moment and"
                            + " yours could not get through. Nothing is lost: your text is still in the"
                            + " editor. Save again in a moment.");
                }
                log.debug("Save attempt {} raced with another save; trying again", number, failure);
                pause(number);
            }
        }
    }

    /** Whether the transaction could not begin, soon after the save began, on a dropped connection. */
    static boolean staleConnection(Throwable failure, long nanosSinceStart) {
        return failure instanceof CannotCreateTransactionException
                && nanosSinceStart < STALE_CONNECTIONS.toNanos()
                && DatabaseOutage.isOutage(failure);
    }

    /** Whether the failure is a race that another attempt resolves. */
    static boolean retryable(Throwable failure) {
        if (DatabaseOutage.isOutage(failure)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActionRefusedException) {
                return false;
            }
            if (cause instanceof ConcurrencyFailureException
                    || cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof StaleStateException
                    || cause instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == RECORD_CHANGED || code == LOCK_WAIT_TIMEOUT || code == DEADLOCK) {
                    return true;
                }
                if (code == DUPLICATE_KEY && mentionsRevisionNumber(sql)) {
                    return true;
                }
                if ("40001".equals(sql.getSQLState())) {
                    return true;
                }
            }
            if (cause instanceof DataIntegrityViolationException && mentionsRevisionNumber(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean mentionsRevisionNumber(Throwable failure) {
        String message = failure.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(REVISION_NUMBER_KEY);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 10 + 15L * Math.min(attempt, 8)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ActionRefusedException("The save was interrupted. Your text is still in the editor.");
        }
    }
}
