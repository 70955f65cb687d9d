package org.briefdesk.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** How other features open source pages. */
public final class SourceNavigation {

    private SourceNavigation() {}

    public static void openSource(String citationKey) {
        UI.getCurrent().navigate(SourceView.class, new RouteParameters(SourceView.KEY_PARAMETER, citationKey));
    }

    public static String sourcePath(String citationKey) {
        return "sources/" + citationKey;
    }
}
