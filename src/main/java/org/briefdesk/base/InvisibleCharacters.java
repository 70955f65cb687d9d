package org.briefdesk.base;

/**
 * Finds characters in a one-line field (a title, a name, a message) that do not show but change
 * what is shown or matched: control and format characters (bidi overrides, zero-width spaces, soft
 * hyphens, tag characters) and halves of surrogate pairs. Not counted, as they are part of how
 * people write: a zero-width joiner or non-joiner between two visible characters (emoji such as
 * 👩‍💻, Persian and Indic words), and the tag characters of a subdivision flag (🏴 followed by
 * tags and a cancel tag, the flag of England or Scotland).
 */
public final class InvisibleCharacters {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int TAG_FIRST = 0xE0020;
    private static final int TAG_LAST = 0xE007E;
    private static final int CANCEL_TAG = 0xE007F;

    private InvisibleCharacters() {}

    /**
     * Whether the text holds such a character; line breaks and tabs count only when
     * {@code lineBreaksAndTabs} is false.
     */
    public static boolean present(String text, boolean lineBreaksAndTabs) {
        int previous = -1;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '\n' || c == '\t') {
                if (!lineBreaksAndTabs) {
                    return true;
                }
            } else if (c == BLACK_FLAG) {
                int tags = next;
                while (tags < text.length() && isTag(text.codePointAt(tags))) {
                    tags += 2;
                }
                if (tags > next && tags < text.length() && text.codePointAt(tags) == CANCEL_TAG) {
                    next = tags + 2; // a subdivision flag, read as one character
                }
            } else if (c == ZERO_WIDTH_JOINER || c == ZERO_WIDTH_NON_JOINER) {
                if (!visible(previous) || next >= text.length() || !visible(text.codePointAt(next))) {
                    return true;
                }
            } else if (control(c)) {
                return true;
            }
            previous = c;
            i = next;
        }
        return false;
    }

    private static boolean isTag(int c) {
        return c >= TAG_FIRST && c <= TAG_LAST;
    }

    /** A control, format or lone surrogate character. */
    private static boolean control(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }

    /** Shows as something: not white space, not a control, format or lone surrogate character. */
    private static boolean visible(int c) {
        return c >= 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !control(c);
    }
}
