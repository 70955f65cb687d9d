package org.briefdesk.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A source as its page shows it, with its current text. */
public record SourceDetails(
        String citationKey,
        String title,
        @Nullable String outlet,
        @Nullable String authors,
        @Nullable String url,
        @Nullable LocalDate publishedDate,
        @Nullable String language,
        List<String> tags,
        @Nullable String notes,
        Grade grade,
        String body,
        String bodySha256,
        int currentVersion,
        String addedBy,
        Instant capturedAt,
        Instant updatedAt,
        boolean cited) {

    public SourceDetails {
        tags = List.copyOf(tags);
    }

    /** The key can change until the source is first cited. */
    public boolean keyEditable() {
        return !cited;
    }
}
