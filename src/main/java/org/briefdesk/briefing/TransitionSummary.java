package org.briefdesk.briefing;

import java.time.Instant;
import org.briefdesk.review.Action;
import org.jspecify.annotations.Nullable;

/** One step of a briefing's timeline: who did what, when, with which comment, on which revision. */
public record TransitionSummary(
        Action action,
        BriefingStatus from,
        BriefingStatus to,
        String actor,
        Instant occurredAt,
        @Nullable String comment,
        @Nullable Long revisionId) {}
