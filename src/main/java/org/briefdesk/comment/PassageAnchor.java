package org.briefdesk.comment;

import org.briefdesk.base.TextEdges;

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
        return new PassageAnchor(
                text.substring(start, end),
                TextEdges.before(text, start, CONTEXT),
                TextEdges.after(text, end, CONTEXT));
    }
}
