package org.briefdesk.publishing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A source as an edition cites it: frozen at the version the citation was pinned to, with that
 * version's SHA-256. {@code number} is its place in the Sources section, in order of first use.
 */
public record ExportSource(
        int number,
        String key,
        int version,
        String sha256,
        String title,
        @Nullable String outlet,
        @Nullable String authors,
        @Nullable String url,
        @Nullable LocalDate published,
        @Nullable Instant accessed,
        String grade) {}
