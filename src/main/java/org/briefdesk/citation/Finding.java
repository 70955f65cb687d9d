package org.briefdesk.citation;

import org.jspecify.annotations.Nullable;

/**
 * One finding of the checks panel; start and end select the offending text in the Markdown, or, with
 * a {@code judgment} (a key judgment's id), in that judgment's sentence.
 */
public record Finding(
        Severity severity,
        String message,
        int start,
        int end,
        @Nullable String key,
        @Nullable String judgment) {

    /** A finding in the briefing's text. */
    public Finding(Severity severity, String message, int start, int end, @Nullable String key) {
        this(severity, message, start, end, key, null);
    }
}
