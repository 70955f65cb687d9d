package org.briefdesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.briefdesk.base.ActionRefusedException;

/**
 * Anything else that went wrong while opening a page: a service that refused (its message says why),
 * the database away, or a failure nobody expected (logged with its stack trace, which never reaches
 * the browser). Replaces Vaadin's page that quotes the exception.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NavigationErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean refused = refusal(failure);
        show(refused ? "Not available" : "Something went wrong", ErrorMessages.forUser(failure), null, null);
        return refused ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActionRefusedException
                    || cause instanceof org.springframework.security.access.AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
