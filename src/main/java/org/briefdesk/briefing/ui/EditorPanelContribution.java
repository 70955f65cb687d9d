package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingEvents;

/**
 * A panel other features add to the briefing editor (the comments, for one) without the editor
 * depending on them, as {@code NavbarContribution} does for the top bar. Implementations are Spring
 * beans; each editor asks for a fresh panel.
 */
public interface EditorPanelContribution {

    Panel create(Editor editor);

    /** What the editor offers a panel. */
    interface Editor {

        /** The text in the editor now, saved or not. */
        String text();

        /** Where the selection starts in {@link #text()}; equal to {@link #selectionEnd()} when none. */
        int selectionStart();

        int selectionEnd();

        /** Selects a passage of the text and scrolls it into view. */
        void select(int start, int end);
    }

    /** One editor's panel. */
    interface Panel {

        /** Buttons for the editor's toolbar. */
        List<Component> toolbar();

        /** The panel beside the text. */
        Component panel();

        /** A briefing was loaded into the editor: opened, reloaded, or merged on save. */
        void briefingShown(BriefingDetails briefing);

        /** The editor was opened with these query parameters (a notification's link, for example). */
        void opened(QueryParameters parameters);

        /**
         * Something happened to the briefing, told by another user or another tab (a comment, say).
         * Called inside the editor's {@code UI.access}, only while the editor is open; the editor's
         * own listener, closed when it detaches, is the only one, so a panel needs none of its own.
         */
        default void briefingEvent(BriefingEvents.Event event) {}
    }
}
