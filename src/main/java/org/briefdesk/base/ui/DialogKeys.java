package org.briefdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The keyboard in dialogs: Enter in a one-line field presses the dialog's primary button, as in a
 * web form, so that a dialog can be filled in and confirmed without reaching for Tab. Multi-line
 * fields keep Enter for new lines and take Ctrl+Enter instead; a combo box keeps Enter for choosing
 * its item while its list is open, and passes it on once it is closed.
 */
public final class DialogKeys {

    private DialogKeys() {}

    /** Enter in any of {@code fields} (text and password fields) clicks {@code primary}. */
    public static void enterPresses(Button primary, Component... fields) {
        primary.addClickShortcut(Key.ENTER).listenOn(fields);
    }

    /** Ctrl+Enter in any of {@code areas} (multi-line fields) clicks {@code primary}. */
    public static void ctrlEnterPresses(Button primary, Component... areas) {
        // A text area sends its value when it loses focus, not on Ctrl+Enter: blur it first, so that
        // the click sees what was typed.
        primary.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(areas).resetFocusOnActiveElement();
    }

    /**
     * Enter in the combo box clicks {@code primary} once an item is chosen or the list is closed;
     * the Enter that chooses an item from the open list only chooses it.
     */
    public static void enterPresses(Button primary, ComboBox<?> combo) {
        combo.getElement()
                .addEventListener("keydown", event -> {
                    if (primary.isEnabled() && primary.isVisible()) {
                        primary.click();
                    }
                })
                // The list handles (and marks) the Enter that picks an item, and is open meanwhile.
                .setFilter("event.key === 'Enter' && !event.defaultPrevented && !this.opened && !event.isComposing");
    }
}
