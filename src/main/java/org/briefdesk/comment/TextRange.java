package org.briefdesk.comment;

/** A passage of a text, from {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 units. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad range " + start + ".." + end);
        }
    }
}
