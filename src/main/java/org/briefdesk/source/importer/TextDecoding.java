package org.briefdesk.source.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text: strict UTF-8 (malformed input is refused, never replaced, so no
 * article is stored with broken characters), a leading byte order mark dropped, and files that are
 * not text at all (images, PDFs, archives, UTF-16) refused before anyone reads them as text.
 */
public final class TextDecoding {

    static final String NOT_TEXT = "This is not a text file.";

    /** Above this share of control bytes a file is binary; real text has hardly any. */
    private static final double MAX_CONTROL_SHARE = 0.03;

    /** Signatures of common binary formats, some of which contain no NUL in their first bytes. */
    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {'G', 'I', 'F', '8'},
        {'%', 'P', 'D', 'F', '-'},
        {'P', 'K', 3, 4},
        {'P', 'K', 5, 6},
        {0x1F, (byte) 0x8B},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF},
        {'R', 'a', 'r', '!'},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {'B', 'Z', 'h'},
        {0x7F, 'E', 'L', 'F'},
    };

    private TextDecoding() {}

    /**
     * Decodes UTF-8 text.
     *
     * @throws ImportRefusedException "This is not a text file." for binary content, or "The file is
     *     not valid UTF-8 text (byte 1234)." naming the first offending byte, counted from 1
     */
    public static String decode(byte[] bytes) throws ImportRefusedException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (hasUtf16Bom(bytes)) {
            throw new ImportRefusedException(
                    "The file is UTF-16 text; Briefdesk reads UTF-8 only. Save it as UTF-8 and import it again.");
        }
        if (looksBinary(bytes, start)) {
            throw new ImportRefusedException(NOT_TEXT);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ImportRefusedException("The file is not valid UTF-8 text (byte " + (in.position() + 1) + ").");
        }
        if (result.isOverflow()) {
            // UTF-8 never yields more chars than bytes; an overflow means a decoder bug, not bad input.
            throw new IllegalStateException(new CharacterCodingException());
        }
        out.flip();
        return out.toString();
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return true;
            }
        }
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        int length = bytes.length - start;
        return length > 0 && controls > MAX_CONTROL_SHARE * length;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
