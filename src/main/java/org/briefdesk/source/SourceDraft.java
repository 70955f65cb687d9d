package org.briefdesk.source;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters to add or edit a source. A blank citation key means: generate one. Optional
 * text fields may be null or blank.
 */
public record SourceDraft(
        @Nullable String citationKey,
        String title,
        @Nullable String outlet,
        @Nullable String authors,
        @Nullable String url,
        @Nullable LocalDate publishedDate,
        @Nullable String language,
        Set<String> tags,
        @Nullable String notes,
        Grade grade,
        String body) {

    public SourceDraft {
        tags = Set.copyOf(tags);
    }
}
