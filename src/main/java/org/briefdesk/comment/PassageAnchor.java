package org.briefdesk.comment;

/**
 * Where a thread sits in the text: the exact passage commented on, and a little of the text before
 * and after it as it was then, to tell the passage apart from the same words elsewhere.
 */
public record PassageAnchor(String quote, String before, String after) {

    /** How much text on each side is kept as context. */
    public static final int CONTEXT = 32;

    /**
     * The anchor of the selection {@code [start, end)} of {@code text}, with whitespace at either end
     * of the selection left out and context of up to {@link #CONTEXT} characters on each side.
     *
     * @throws IllegalArgumentException when the range is outside the text
     */
    public static PassageAnchor capture(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("Selection " + start + ".." + end + " outside the text");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = Math.max(0, start - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return new PassageAnchor(text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }
}
