package org.briefdesk.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What happened to one imported file, for the import report. */
public record ImportResult(
        String fileName,
        Outcome outcome,
        @Nullable String citationKey,
        @Nullable String title,
        String message,
        List<String> strippedLines) {

    public ImportResult {
        strippedLines = List.copyOf(strippedLines);
    }

    public enum Outcome {
        ADDED,
        DUPLICATE,
        REFUSED
    }
}
