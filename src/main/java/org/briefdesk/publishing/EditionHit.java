package org.briefdesk.publishing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.briefing.Audience;
import org.briefdesk.index.SnippetPart;

/** A published edition found by a search, with the matched passage of its text. */
public record EditionHit(
        String slug, int edition, String title, Instant publishedAt, Audience audience, List<SnippetPart> snippet) {

    public EditionHit {
        snippet = List.copyOf(snippet);
    }

    /** The edition's reading page, relative to the application's root. */
    public String readingPath() {
        return "briefings/" + slug + "/editions/" + edition;
    }
}
