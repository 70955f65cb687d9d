package org.briefdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.briefdesk.base.ActionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns any exception that escapes a view into a message the user can read. No stack trace reaches
 * the browser; unexpected failures are logged with theirs.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static String messageFor(Throwable throwable) {
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
