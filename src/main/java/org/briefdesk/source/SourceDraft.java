package org.briefdesk.source;

import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.marking.Tlp;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters to add or edit a source. A blank citation key means: generate one. Optional
 * text fields may be null or blank; a null TLP marking leaves the source unmarked. A blank body
 * adds the source as text missing; a DOI may be typed with or without its resolver prefix.
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
        String body,
        @Nullable Tlp tlp,
        @Nullable String doi) {

    public SourceDraft {
        tags = Set.copyOf(tags);
    }

    /** A draft without a TLP marking (the source counts as TLP:CLEAR) and without a DOI. */
    public SourceDraft(
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
        this(citationKey, title, outlet, authors, url, publishedDate, language, tags, notes, grade, body, null, null);
    }
}
