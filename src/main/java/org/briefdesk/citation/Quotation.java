package org.briefdesk.citation;

import org.jspecify.annotations.Nullable;

/**
 * A quotation in the Markdown (text in straight or typographic double quotes, or a block quote) and
 * the citation group right after it, if any. Offsets cover the quoted text with its quote marks.
 */
public record Quotation(
        int start, int end, String text, @Nullable CitationGroup citation) {}
