package org.briefdesk.source;

import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.marking.Tlp;
import org.jspecify.annotations.Nullable;

/** A validated, normalised draft without its body and key: what the entity stores as metadata. */
record SourceMetadata(
        String title,
        @Nullable String outlet,
        @Nullable String authors,
        @Nullable String url,
        @Nullable String canonicalUrlSha256,
        @Nullable LocalDate publishedDate,
        @Nullable String language,
        Set<String> tags,
        @Nullable String notes,
        Grade grade,
        @Nullable Tlp tlp,
        @Nullable String doi) {}
