package org.briefdesk.source;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the source library: words and "quoted phrases" over title, text, outlet, authors and
 * tags, narrowed by outlet, tag and published-date range. Every part is optional.
 */
public record SourceQuery(
        @Nullable String text,
        @Nullable String outlet,
        @Nullable String tag,
        @Nullable LocalDate publishedFrom,
        @Nullable LocalDate publishedTo) {

    public static SourceQuery all() {
        return new SourceQuery(null, null, null, null, null);
    }

    public static SourceQuery text(String text) {
        return new SourceQuery(text, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
