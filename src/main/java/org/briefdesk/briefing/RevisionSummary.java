package org.briefdesk.briefing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One revision in the history. A conflicted revision holds a save that overlapped changes made
 * meanwhile: kept in full, but never the briefing's current text.
 */
public record RevisionSummary(
        long id,
        int number,
        RevisionKind kind,
        String author,
        Instant createdAt,
        @Nullable String message,
        @Nullable Long baseRevisionId,
        boolean conflicted) {}
