package org.briefdesk.base.ui;

import org.briefdesk.base.ActionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Words for the user about a failure, never a stack trace. */
public final class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {}

    /** The message to show for a failure; unexpected ones are logged with their stack trace. */
    public static String forUser(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActionRefusedException refused) {
                return refused.getMessage();
            }
            if (cause instanceof AccessDeniedException) {
                return "You are not allowed to do that.";
            }
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                log.warn("Database unavailable", throwable);
                return "The database cannot be reached right now. Nothing was saved; please try again in a"
                        + " moment.";
            }
        }
        log.error("Unexpected error in the UI", throwable);
        return "Something went wrong on the server. It has been logged; please try again.";
    }
}
