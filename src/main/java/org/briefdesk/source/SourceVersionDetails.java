package org.briefdesk.source;

import java.time.Instant;

/** One version of a source's text, with the text. */
public record SourceVersionDetails(
        String citationKey, int number, String body, String bodySha256, String createdBy, Instant createdAt) {}
