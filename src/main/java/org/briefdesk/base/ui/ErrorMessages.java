package org.briefdesk.base.ui;

import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Words for the user about a failure, never a stack trace. */
public final class ErrorMessages {

    /** A save that failed because the database cannot be reached, in a view that keeps the text. */
    public static final String DATABASE_UNREACHABLE_TEXT_KEPT =
            "The database cannot be reached. Your text is still" + " here; Briefdesk will save it when you try again.";

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
        }
        if (DatabaseOutage.isOutage(throwable)) {
            logOutage(throwable);
            return "The database cannot be reached right now. Nothing was saved; please try again in a moment.";
        }
        log.error("Unexpected error in the UI", throwable);
        return "Something went wrong on the server. It has been logged; please try again.";
    }

    /**
     * The message for a failed save in a view that keeps the user's text: for an outage, that the text
     * is still there and a later save will store it; otherwise as {@link #forUser(Throwable)}.
     */
    public static String forSave(Throwable throwable) {
        if (!(throwable instanceof ActionRefusedException) && DatabaseOutage.isOutage(throwable)) {
            logOutage(throwable);
            return DATABASE_UNREACHABLE_TEXT_KEPT;
        }
        return forUser(throwable);
    }

    private static void logOutage(Throwable throwable) {
        // One line, not a stack trace per keystroke: the pool logs the cause of the outage itself.
        log.warn("Database unavailable: {}", throwable.toString());
        log.debug("Database unavailable", throwable);
    }
}
