package org.briefdesk.source;

/** A briefing that cites a source, for the source page. */
public record CitingBriefing(long briefingId, String title, String status) {}
