package org.briefdesk.source.importer;

import java.text.Normalizer;
import org.briefdesk.base.Sha256;

/**
 * Body text normalisation and fingerprint, shared with the service so that a pasted body and an
 * imported one are stored, compared and quoted alike.
 */
public final class BodyText {

    /** Highlight markers of the search snippets; text must never contain them itself. */
    private static final char MARK_START = '\uE000';

    private static final char MARK_END = '\uE001';

    private BodyText() {}

    /**
     * Normalises text for storage and quotation matching: NFC; CRLF and CR become {@code \n}; tabs,
     * no-break and other Unicode spaces become plain spaces; trailing spaces are stripped from each
     * line and runs of spaces collapsed within it; three or more newlines become one blank line;
     * the whole is trimmed. Control characters other than {@code \n} and the private-use
     * characters U+E000 and U+E001 (reserved as highlight markers) are removed, as are invisible
     * characters that only break matching (soft hyphen, zero-width space, word joiner, BOM).
     * Applying it twice changes nothing.
     */
    public static String normalize(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                cleaned.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                cleaned.append('\n');
            } else if (isSpace(c)) {
                cleaned.append(' ');
            } else if (!isRemoved(c)) {
                cleaned.append(c);
            }
        }
        // Composed after the removals: a control character between a letter and its combining mark
        // would otherwise leave a decomposed pair behind.
        String composed = Normalizer.normalize(cleaned, Normalizer.Form.NFC);
        return collapseWhitespace(composed);
    }

    /**
     * SHA-256 (lower-case hex) of the text after {@link #normalize(String)}, with every run of
     * whitespace, line breaks included, collapsed to one space. Paragraph layout does not count,
     * so the same article imported as {@code .txt} and as {@code .html} gives the same fingerprint.
     */
    public static String fingerprint(String text) {
        String flat = normalize(text).replaceAll("\\s+", " ").strip();
        return Sha256.hex(flat);
    }

    private static boolean isSpace(char c) {
        return c == '\t'
                || c == '\u000B'
                || c == '\f'
                || c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }

    private static boolean isRemoved(char c) {
        return c < ' '
                || (c >= '\u007F' && c <= '\u009F')
                || c == MARK_START
                || c == MARK_END
                || c == '\u00AD'
                || c == '\u200B'
                || c == '\u2060'
                || c == '\uFEFF';
    }

    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                // Spaces before a line break are trailing spaces: dropped.
                pendingSpace = false;
                newlines++;
            } else if (c == ' ') {
                pendingSpace = true;
            } else {
                if (newlines > 0) {
                    out.append(newlines >= 2 ? "\n\n" : "\n");
                    newlines = 0;
                }
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
