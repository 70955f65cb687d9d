package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.briefdesk.briefing.BriefingRules;
import org.jspecify.annotations.Nullable;

/**
 * The saving end of the editor's toolbar: the word count, what became of the last save, History,
 * the revision message (the note, when suggesting) and Save — and, when they are needed, "Erin saved a newer version" and
 * "Resolve conflict" beside the saved indicator.
 */
final class SaveBar {

    private final Span wordCount = new Span();
    private final Span said = new Span();
    private final TextField message = new TextField();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final HorizontalLayout layout;
    private final Runnable resolve;
    private @Nullable Span newerVersion;
    private @Nullable Button resolveConflict;

    SaveBar(Runnable onSave, Runnable onHistory, Runnable onResolveConflict) {
        this.resolve = onResolveConflict;
        said.addClassName("bd-saved");
        Button history = new Button("History", VaadinIcon.TIME_BACKWARD.create(), click -> onHistory.run());
        message.setPlaceholder("What changed (optional)");
        message.setAriaLabel("Revision message");
        message.setMaxLength(BriefingRules.MESSAGE_MAX);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.run());
        save.setTooltipText("Save (Ctrl+S)");
        layout = new HorizontalLayout(wordCount, said, history, message, save);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    Component component() {
        return layout;
    }

    void words(int count) {
        wordCount.setText(count + " words");
    }

    /** What became of the last save: "Saved at 10:42", "Unsaved changes", "Not saved", … */
    void say(String text) {
        said.setText(text);
    }

    String message() {
        return message.getValue();
    }

    void clearMessage() {
        message.clear();
    }

    void editable(boolean editable) {
        save.setEnabled(editable);
        message.setEnabled(editable);
    }

    /**
     * In Suggesting mode Save stores suggestions and the message is their note for the authors; in
     * Editing mode it saves a revision with its message.
     */
    void suggesting(boolean suggesting) {
        save.setText(suggesting ? "Save suggestions" : "Save");
        save.setTooltipText(suggesting ? "Save your suggestions for the authors (Ctrl+S)" : "Save (Ctrl+S)");
        message.setPlaceholder(suggesting ? "Note for the authors (optional)" : "What changed (optional)");
        message.setAriaLabel(suggesting ? "Note for the authors" : "Revision message");
    }

    /** "Erin saved a newer version", after the saved indicator; made the first time it is needed. */
    void newerVersion(String text) {
        if (newerVersion == null) {
            Span notice = new Span();
            notice.addClassName("bd-newer-version");
            notice.getElement().setAttribute("role", "status");
            layout.addComponentAtIndex(layout.indexOf(said) + 1, notice);
            newerVersion = notice;
        }
        newerVersion.setText(text);
        newerVersion.setVisible(true);
    }

    void hideNewerVersion() {
        if (newerVersion != null) {
            newerVersion.setVisible(false);
        }
    }

    /** "Resolve conflict", before History; made the first time a save overlaps someone else's. */
    void showResolveConflict() {
        if (resolveConflict == null) {
            Button button = new Button("Resolve conflict", VaadinIcon.SPLIT.create(), click -> resolve.run());
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            layout.addComponentAtIndex(layout.indexOf(said) + (newerVersion == null ? 1 : 2), button);
            resolveConflict = button;
        }
        resolveConflict.setVisible(true);
    }

    void hideResolveConflict() {
        if (resolveConflict != null) {
            resolveConflict.setVisible(false);
        }
    }
}
