package org.briefdesk.comment;

/** Where a thread shows in the text. */
public enum ThreadPlacement {
    /** On the whole briefing. */
    GENERAL,
    /** On a passage that is in the current text. */
    ANCHORED,
    /** On a passage that is no longer in the text; shown apart, never moved to other text. */
    DETACHED
}
