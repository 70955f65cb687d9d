package org.briefdesk.briefing;

import org.jspecify.annotations.Nullable;

/** One revision with its text. */
public record RevisionDetails(
        RevisionSummary summary, String title, @Nullable String briefingSummary, String body) {}
