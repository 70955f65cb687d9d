package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.citation.Finding;
import org.jspecify.annotations.Nullable;

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

        /** Saves what was typed and not saved yet (nothing when there is none); false if it could not. */
        boolean saveChanges();

        /** Shows the briefing as stored now (after a panel changed it, say). */
        void reload();

        /** Shows the preview and checks again (the panel's marks or findings changed). */
        void refreshChecks();
    }

    /** One line of the History dialog's timeline. */
    record TimelineEntry(Instant at, String text, @Nullable String detail) {}

    /**
     * The preview with a panel's marks: the Markdown to render instead of the text (with the marks
     * put in), and how to finish the rendered, sanitized HTML.
     */
    interface PreviewMarks {

        String markdown();

        String html(String rendered);
    }

    /** The editor's Suggesting mode, offered by the panel that stores suggestions. */
    interface Suggesting {

        /** Whether the caller may suggest changes to the briefing. */
        boolean available(BriefingDetails briefing);

        /** Whether the caller starts in Suggesting mode (an editor reviewing someone else's briefing). */
        boolean byDefault(BriefingDetails briefing);

        /**
         * Stores the edit of revision {@code baseRevisionId} as suggestions, with the note, and says
         * what it stored ("2 suggestions saved").
         */
        String suggest(long baseRevisionId, String edited, @Nullable String note);
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

        /** The editor's Suggesting mode, if this panel offers it. */
        default Optional<Suggesting> suggesting() {
            return Optional.empty();
        }

        /** Findings the Checks panel adds for {@code text}, whose own findings are {@code current}. */
        default List<Finding> checks(String text, List<Finding> current) {
            return List.of();
        }

        /** Marks to show in the preview of {@code text}, if any. */
        default Optional<PreviewMarks> previewMarks(String text) {
            return Optional.empty();
        }

        /** Lines for the History dialog's timeline. */
        default List<TimelineEntry> timeline() {
            return List.of();
        }
    }
}
