package org.briefdesk.base;

/**
 * What passages found again in an edited text (comments, suggestions) compare: how much two strings
 * share at their start or end, and the context around a passage, cut so that no character is split
 * in half.
 */
public final class TextEdges {

    private TextEdges() {}

    /** How many characters {@code a} and {@code b} share at their start. */
    public static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** How many characters {@code a} and {@code b} share at their end. */
    public static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /** Up to {@code size} characters of {@code text} before {@code start}, never half a surrogate pair. */
    public static String before(String text, int start, int size) {
        int from = Math.max(0, start - size);
        if (from > 0 && from < start && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    /** Up to {@code size} characters of {@code text} from {@code end}, never half a surrogate pair. */
    public static String after(String text, int end, int size) {
        int to = Math.min(text.length(), end + size);
        if (to < text.length() && to > end && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(end, to);
    }
}
