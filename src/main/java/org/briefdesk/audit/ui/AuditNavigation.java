package org.briefdesk.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.briefdesk.audit.AuditEvent;

/** How other features open the audit log, already filtered. */
public final class AuditNavigation {

    static final String USER_PARAMETER = "user";
    static final String EVENT_PARAMETER = "event";

    private AuditNavigation() {}

    /** Opens the audit log showing only {@code kind} events of {@code username}. */
    public static void openFor(String username, AuditEvent kind) {
        UI.getCurrent()
                .navigate(
                        AuditLogView.class,
                        QueryParameters.simple(Map.of(USER_PARAMETER, username, EVENT_PARAMETER, kind.name())));
    }
}
