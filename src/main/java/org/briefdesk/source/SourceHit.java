package org.briefdesk.source;

import java.time.LocalDate;
import java.util.List;
import org.briefdesk.index.SnippetPart;
import org.jspecify.annotations.Nullable;

/**
 * One search result: the source and a snippet of its text in parts, the matched words marked, so
 * that views can show the highlight as text without building HTML.
 */
public record SourceHit(
        String citationKey,
        String title,
        @Nullable String outlet,
        @Nullable LocalDate publishedDate,
        Grade grade,
        List<SnippetPart> snippet,
        boolean textMissing) {

    public SourceHit {
        snippet = List.copyOf(snippet);
    }
}
