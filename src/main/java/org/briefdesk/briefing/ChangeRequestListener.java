package org.briefdesk.briefing;

import java.time.Instant;

/**
 * Hears of each request for changes, inside the workflow's transaction, so that what it stores
 * commits or rolls back with the request. The comment feature turns the comment into a thread; the
 * briefing feature only calls, so that it does not depend on comments.
 */
public interface ChangeRequestListener {

    void changesRequested(long briefingId, String editor, String comment, Instant requestedAt);
}
