package org.briefdesk.suggestion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion as the panel shows it: what it changes, who made it and when, its note, where it
 * stands in the text the caller passed ({@code place}, null when it is outdated or decided), and the
 * decision once there is one. {@code before} and {@code after} are the text around it as it was;
 * {@code mine} says whether the caller made it.
 */
public record SuggestionDetails(
        long id,
        String original,
        String replacement,
        String before,
        String after,
        @Nullable String note,
        String author,
        String authorName,
        Instant createdAt,
        SuggestionState state,
        SuggestionAnchor.@Nullable Place place,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt,
        boolean mine) {

    public boolean pending() {
        return state == SuggestionState.PENDING;
    }

    /** Pending, but its passage changed: it can only be rejected, or made by hand. */
    public boolean outdated() {
        return pending() && place == null;
    }

    /** "replace “likely” with “unlikely”", "insert “ Meanwhile…”", "delete “very”". */
    public String summary() {
        if (original.isEmpty()) {
            return "Insert “" + replacement.strip() + "”";
        }
        if (replacement.isEmpty()) {
            return "Delete “" + original.strip() + "”";
        }
        return "Replace “" + original + "” with “" + replacement + "”";
    }
}
