package org.briefdesk.briefing;

/** How a revision came about. */
public enum RevisionKind {
    SAVE,
    AUTOSAVE,
    RESTORE
}
