package org.briefdesk.briefing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One revision in the history. */
public record RevisionSummary(
        long id,
        int number,
        RevisionKind kind,
        String author,
        Instant createdAt,
        @Nullable String message,
        @Nullable Long baseRevisionId) {}
