package org.briefdesk.briefing;

import java.time.Instant;

/** A briefing in a list. */
public record BriefingSummary(
        long id, String slug, String title, BriefingStatus status, String owner, Instant updatedAt) {}
