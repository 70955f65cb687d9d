package org.briefdesk.citation;

import org.jspecify.annotations.Nullable;

/** One finding of the checks panel; start and end select the offending text in the Markdown. */
public record Finding(
        Severity severity,
        String message,
        int start,
        int end,
        @Nullable String key) {}
