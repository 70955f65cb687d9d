package org.briefdesk.base.ui;

/**
 * Where the editor keeps text the server has not saved yet, in the browser's local storage (one key
 * per user and briefing under {@link #PREFIX}), and how signing out forgets it: the layout's
 * *Log out* runs {@link #FORGET_ALL_JS} first.
 */
public final class UnsavedText {

    /** Keys are {@code PREFIX + username + "." + briefingId}. */
    public static final String PREFIX = "briefdesk.unsaved.";

    /** Removes every copy of the user named by {@code $0}. */
    public static final String FORGET_ALL_JS = "const prefix = '" + PREFIX + "' + $0 + '.';"
            + " Object.keys(localStorage).filter(k => k.startsWith(prefix)).forEach(k => localStorage.removeItem(k));";

    private UnsavedText() {}
}
