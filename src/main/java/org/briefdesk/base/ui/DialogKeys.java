package org.briefdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;

/**
 * The keyboard in dialogs: Enter in a one-line field presses the dialog's primary button, as in a
 * web form, so that a dialog can be filled in and confirmed without reaching for Tab. Multi-line
 * fields keep Enter for new lines, and a combo box for choosing its item.
 */
public final class DialogKeys {

    private DialogKeys() {}

    /** Enter in any of {@code fields} (text and password fields) clicks {@code primary}. */
    public static void enterPresses(Button primary, Component... fields) {
        primary.addClickShortcut(Key.ENTER).listenOn(fields);
    }
}
