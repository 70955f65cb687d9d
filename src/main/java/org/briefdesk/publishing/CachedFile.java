package org.briefdesk.publishing;

import java.nio.charset.StandardCharsets;
import org.briefdesk.briefing.Audience;

/**
 * Bytes ready to send, with their strong ETag and who may read them. {@code fileName} is set for
 * downloads.
 */
public record CachedFile(byte[] bytes, String etag, Audience audience, String fileName) {

    static CachedFile of(String text, Audience audience, String fileName) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new CachedFile(bytes, "\"" + EditionPublisher.sha256(text).substring(0, 32) + "\"", audience, fileName);
    }
}
