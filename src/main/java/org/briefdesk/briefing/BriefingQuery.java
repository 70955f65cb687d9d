package org.briefdesk.briefing;

import org.jspecify.annotations.Nullable;

/**
 * A search of the briefings the caller works on: words and "quoted phrases" over title, summary and
 * the current text, narrowed by status, author (owner or co-author), tag and audience. Every part is
 * optional.
 */
public record BriefingQuery(
        @Nullable String text,
        @Nullable BriefingStatus status,
        @Nullable String author,
        @Nullable String tag,
        @Nullable Audience audience) {

    public static BriefingQuery all() {
        return new BriefingQuery(null, null, null, null, null);
    }

    public static BriefingQuery text(String text) {
        return new BriefingQuery(text, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Neither words nor filters: every briefing the caller works on. */
    public boolean isEmpty() {
        return !hasText()
                && status == null
                && (author == null || author.isBlank())
                && (tag == null || tag.isBlank())
                && audience == null;
    }
}
