package org.briefdesk.briefing;

/** What became of a save. */
public enum SaveOutcome {
    /** Saved as the new current revision; nobody had saved meanwhile. */
    SAVED,
    /** An autosave with nothing new: nothing stored. */
    UNCHANGED,
    /** Others had saved meanwhile; the changes did not overlap and the merged text is now current. */
    MERGED,
    /**
     * Others had saved meanwhile and changed the same passages: the saver's text is stored as a
     * conflicted revision, the current text is untouched, and the conflict waits to be resolved.
     */
    CONFLICT
}
