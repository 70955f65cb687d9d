package org.briefdesk.source;

/**
 * A briefing that cites a source, for the source page: one the caller may open, in the editor when
 * they work on it ({@code inEditor}), else as its published page (at {@code briefings/<slug>}).
 */
public record CitingBriefing(long briefingId, String slug, String title, String status, boolean inEditor) {}
