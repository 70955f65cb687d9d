package org.briefdesk.citation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the pipeline needs to know about a stored source. {@code grade} is "B2", "B" or "";
 * {@code authors} as people read them ("Priya Raman and Anders Holmgren"), or null.
 */
public record SourceInfo(
        String key,
        String title,
        @Nullable String authors,
        @Nullable String outlet,
        @Nullable LocalDate published,
        @Nullable String url,
        @Nullable Instant captured,
        String grade,
        int version,
        String body) {

    /** Whether the source waits for its text (imported without one): it cannot be quoted. */
    public boolean textMissing() {
        return version == 0;
    }

    /** A source whose authors the pipeline need not show. */
    public SourceInfo(
            String key,
            String title,
            @Nullable String outlet,
            @Nullable LocalDate published,
            @Nullable String url,
            @Nullable Instant captured,
            String grade,
            int version,
            String body) {
        this(key, title, null, outlet, published, url, captured, grade, version, body);
    }
}
