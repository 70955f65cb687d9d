package org.briefdesk.citation;

/**
 * Text folded for quotation matching: lower case, typographic quotes and apostrophes straightened,
 * dashes made hyphens, every run of white space one space; with a map back to the original offsets.
 */
final class NormalizedText {

    final String text;
    /** For each character of {@link #text}, its offset in the original. */
    final int[] origin;

    private NormalizedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static NormalizedText of(String original) {
        char[] out = new char[original.length()];
        int[] origin = new int[original.length() + 1];
        int length = 0;
        boolean space = true; // drop leading white space
        for (int i = 0; i < original.length(); i++) {
            char c = fold(original.charAt(i));
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (!space) {
                    origin[length] = i;
                    out[length++] = ' ';
                    space = true;
                }
                continue;
            }
            if (c == '-' && length > 0 && out[length - 1] == ' ') {
                length--; // "Monday - barring" matches "Monday—barring"
            }
            origin[length] = i;
            out[length++] = c;
            space = c == '-';
        }
        if (length > 0 && out[length - 1] == ' ') {
            length--;
        }
        int[] trimmed = new int[length + 1];
        System.arraycopy(origin, 0, trimmed, 0, length);
        trimmed[length] = original.length();
        return new NormalizedText(new String(out, 0, length), trimmed);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    /** The original offset just after the normalized character at {@code end - 1}. */
    int originEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
