package org.briefdesk.source;

import java.time.Instant;

/** One version of a source's text. */
public record SourceVersionSummary(
        int number, String bodySha256, String createdBy, Instant createdAt, boolean current) {}
