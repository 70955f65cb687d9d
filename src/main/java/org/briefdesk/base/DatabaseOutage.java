package org.briefdesk.base;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached" (no connection within the pool's
 * timeout, a refused or dropped connection, a server that stopped answering) as opposed to a failure
 * of the request itself. Such a failure says nothing about the text being saved: the same save
 * succeeds once the database is back, and retrying it at once only makes the user wait longer.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {}

    /** Whether the failure, or anything that caused it, says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
