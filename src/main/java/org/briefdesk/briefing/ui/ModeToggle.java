package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.briefdesk.briefing.BriefingDetails;
import org.jspecify.annotations.Nullable;

/**
 * Editing or Suggesting. Shown when a panel offers Suggesting mode and the caller may suggest: those
 * who may not edit the text (an editor reviewing) only suggest; those who may do both start as the
 * panel says and switch here. What was typed is saved the way it was typed before the mode changes.
 */
final class ModeToggle {

    static final String EDITING = "Editing";
    static final String SUGGESTING = "Suggesting";

    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();
    private final TextField title;
    private final TextArea body;
    private final SaveBar saveBar;
    private final Saving saving;
    /** Shows the briefing as stored again, in the mode chosen now (the fields, its details, Save). */
    private final Runnable reshow;

    private EditorPanelContribution.@Nullable Suggesting offered;
    private boolean suggesting;
    /** Set when another briefing is opened, so that its default mode is chosen afresh. */
    private boolean fresh;

    ModeToggle(TextField title, TextArea body, SaveBar saveBar, Saving saving, Runnable reshow) {
        this.title = title;
        this.body = body;
        this.saveBar = saveBar;
        this.saving = saving;
        this.reshow = reshow;
        group.setItems(EDITING, SUGGESTING);
        group.setAriaLabel("Mode");
        group.addClassName("bd-editor-mode");
        group.setVisible(false);
        group.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(SUGGESTING.equals(event.getValue()));
            }
        });
    }

    Component component() {
        return group;
    }

    /** Another briefing is opened, with the Suggesting mode a panel offers, if any. */
    void opening(EditorPanelContribution.@Nullable Suggesting suggestingMode) {
        offered = suggestingMode;
        suggesting = false;
        fresh = true;
    }

    boolean suggesting() {
        return suggesting;
    }

    /** Chooses the mode for the briefing as shown now, and sets the fields and Save to it. */
    void show(BriefingDetails details) {
        boolean editable = details.editableByMe();
        boolean maySuggest = offered != null && offered.available(details);
        if (!maySuggest) {
            suggesting = false;
        } else if (!editable || (fresh && offered.byDefault(details))) {
            suggesting = true;
        }
        fresh = false;
        group.setVisible(maySuggest);
        group.setItemEnabledProvider(item -> editable || item.equals(SUGGESTING));
        group.setValue(suggesting ? SUGGESTING : EDITING);
        title.setReadOnly(!editable || suggesting);
        body.setReadOnly(!editable && !suggesting);
        body.getElement().getClassList().set("bd-suggesting", suggesting);
        saveBar.editable(editable || suggesting);
        saveBar.suggesting(suggesting);
        saving.suggestInstead(suggesting ? offered : null);
    }

    private void switchTo(boolean suggest) {
        if (suggest == suggesting) {
            return;
        }
        if (saving.dirty()) {
            saving.save(false);
            if (saving.dirty()) {
                group.setValue(suggesting ? SUGGESTING : EDITING);
                return;
            }
        }
        suggesting = suggest;
        reshow.run();
        saveBar.say(
                suggesting
                        ? "Suggesting: what you type becomes suggestions for the authors"
                        : "Editing: what you type changes the text");
    }
}
