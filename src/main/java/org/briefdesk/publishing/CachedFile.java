package org.briefdesk.publishing;

import java.nio.charset.StandardCharsets;
import org.briefdesk.briefing.Audience;

/**
 * Bytes ready to send, with their strong ETag and who may read them. {@code fileName} is set for
 * downloads. {@code sameForEveryone} is false for a page whose address answers signed-in readers
 * with other bytes (a briefing with both public and internal editions lists to each only the
 * editions they may open), so that no shared cache hands one reader's page to another.
 */
public record CachedFile(byte[] bytes, String etag, Audience audience, String fileName, boolean sameForEveryone) {

    static CachedFile of(String text, Audience audience, String fileName) {
        return of(text, audience, fileName, true);
    }

    static CachedFile of(String text, Audience audience, String fileName, boolean sameForEveryone) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new CachedFile(
                bytes,
                "\"" + EditionPublisher.sha256(text).substring(0, 32) + "\"",
                audience,
                fileName,
                sameForEveryone);
    }

    /** Whether anyone, signed in or not, may be sent these bytes from a shared cache. */
    public boolean publicEverywhere() {
        return audience == Audience.PUBLIC && sameForEveryone;
    }
}
