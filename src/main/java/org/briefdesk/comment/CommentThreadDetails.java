package org.briefdesk.comment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thread as the comments panel shows it. {@code range} is where the passage is in the briefing's
 * stored text (only when {@link ThreadPlacement#ANCHORED}); {@code comments} is oldest first, the
 * first one opening the thread.
 */
public record CommentThreadDetails(
        long id,
        long briefingId,
        @Nullable PassageAnchor anchor,
        ThreadPlacement placement,
        @Nullable TextRange range,
        String startedBy,
        Instant startedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        List<CommentDetails> comments) {

    public CommentThreadDetails {
        comments = List.copyOf(comments);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
