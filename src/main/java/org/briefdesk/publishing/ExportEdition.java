package org.briefdesk.publishing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the Markdown exports are made from: one frozen edition. */
public record ExportEdition(
        String title,
        String slug,
        int edition,
        Instant published,
        List<String> authors,
        List<String> tags,
        @Nullable String summary,
        String body,
        List<ExportSource> sources) {

    public ExportEdition {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }
}
