package org.briefdesk.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.briefdesk.base.Sha256;
import org.briefdesk.briefing.Audience;
import org.jspecify.annotations.Nullable;

/**
 * Bytes ready to send, with their strong ETag and who may read them, and the same bytes compressed
 * with gzip once, when they are cached, with an ETag of their own (RFC 9110: another representation
 * of the same resource). {@code fileName} is set for downloads. {@code sameForEveryone} is false for a
 * page whose address answers signed-in readers with other bytes (a briefing with both public and
 * internal editions lists to each only the editions they may open), so that no shared cache hands
 * one reader's page to another.
 */
public record CachedFile(
        byte[] bytes,
        String etag,
        Audience audience,
        String fileName,
        boolean sameForEveryone,
        byte @Nullable [] gzipped) {

    /** What goes on the wire for one request: the bytes, their ETag, and their encoding if any. */
    public record Representation(
            byte[] bytes, String etag, @Nullable String contentEncoding) {}

    static CachedFile of(String text, Audience audience, String fileName) {
        return of(text, audience, fileName, true);
    }

    static CachedFile of(String text, Audience audience, String fileName, boolean sameForEveryone) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = gzip(bytes);
        return new CachedFile(
                bytes,
                "\"" + Sha256.hex(text).substring(0, 32) + "\"",
                audience,
                fileName,
                sameForEveryone,
                gzipped.length < bytes.length ? gzipped : null);
    }

    /** A download that is compressed already (Word, PDF): sent as it is. */
    static CachedFile binary(byte[] bytes, Audience audience, String fileName) {
        String sha256 = Sha256.hex(bytes);
        return new CachedFile(bytes, "\"" + sha256.substring(0, 32) + "\"", audience, fileName, true, null);
    }

    /** Whether anyone, signed in or not, may be sent these bytes from a shared cache. */
    public boolean publicEverywhere() {
        return audience == Audience.PUBLIC && sameForEveryone;
    }

    /**
     * The representation for a request with this {@code Accept-Encoding}: gzip if the client takes it
     * and it is smaller, else the bytes as they are.
     */
    public Representation representationFor(@Nullable String acceptEncoding) {
        if (gzipped != null && acceptsGzip(acceptEncoding)) {
            return new Representation(gzipped, etag.substring(0, etag.length() - 1) + "-gzip\"", "gzip");
        }
        return new Representation(bytes, etag, null);
    }

    /** RFC 9110 section 12.5.3: "gzip" (or "*") listed without {@code q=0}. */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2)) <= 0;
                    } catch (NumberFormatException malformed) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    /** gzip of the bytes; the same bytes give the same output (no time or file name in its header). */
    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
