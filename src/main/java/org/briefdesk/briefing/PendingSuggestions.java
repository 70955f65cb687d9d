package org.briefdesk.briefing;

/**
 * How many suggestions on a briefing wait for its authors' decision. The workflow refuses an
 * approval while any do, and a request for changes says how many go with it; the suggestion feature
 * answers, so that the briefing feature does not depend on it. Called inside the workflow's
 * transaction, for a caller the workflow has already checked.
 */
public interface PendingSuggestions {

    int pending(long briefingId);

    /** How many of those {@code author} (a user name) made. */
    int pendingBy(long briefingId, String author);
}
