package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** How other features open briefings. */
public final class BriefingNavigation {

    private BriefingNavigation() {}

    public static void openEditor(long briefingId) {
        UI.getCurrent()
                .navigate(
                        BriefingEditorView.class,
                        new RouteParameters(BriefingEditorView.ID_PARAMETER, Long.toString(briefingId)));
    }

    /** A link that opens the briefing in the editor. */
    public static RouterLink link(String text, long briefingId) {
        return new RouterLink(
                text,
                BriefingEditorView.class,
                new RouteParameters(BriefingEditorView.ID_PARAMETER, Long.toString(briefingId)));
    }

    public static String editorPath(long briefingId) {
        return "briefings/" + briefingId + "/edit";
    }
}
