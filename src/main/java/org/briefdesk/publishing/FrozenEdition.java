package org.briefdesk.publishing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.briefing.Audience;
import org.jspecify.annotations.Nullable;

/** One published edition as the reading side keeps it in memory. */
public record FrozenEdition(
        long briefingId,
        String slug,
        int number,
        String title,
        @Nullable String summary,
        Audience audience,
        List<String> authors,
        List<String> tags,
        Instant publishedAt,
        String publisher,
        String html,
        String portableExport,
        String pandocExport,
        String exportSha256) {

    public FrozenEdition {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
