package org.briefdesk.citation;

import java.util.List;

/**
 * One bracketed Pandoc citation in the Markdown: {@code [@a]}, {@code [@a, para. 3]},
 * {@code [@a; @b, p. 4]}. Offsets into the Markdown source, end exclusive.
 */
public record CitationGroup(int start, int end, List<CitationRef> refs) {

    public CitationGroup {
        refs = List.copyOf(refs);
    }
}
