package org.briefdesk.citation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the pipeline needs to know about a stored source. {@code grade} is "B2", "B" or "". */
public record SourceInfo(
        String key,
        String title,
        @Nullable String outlet,
        @Nullable LocalDate published,
        @Nullable String url,
        @Nullable Instant captured,
        String grade,
        int version,
        String body) {}
