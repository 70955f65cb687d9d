package org.briefdesk.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff between two texts for the revision history. Tokens are words with the white
 * space that follows them, so that the SAME and REMOVED parts join to the old text and the SAME and
 * ADDED parts to the new one. The common head and tail are taken off first; the middle is compared
 * with a longest-common-subsequence table when it is small enough, and otherwise shown as replaced,
 * which keeps a 200 KB briefing with a few edits fast.
 */
public final class WordDiff {

    /** The largest middle section (old tokens × new tokens) compared word by word. */
    static final long MAX_TABLE_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+\\s*");

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Part(Kind kind, String text) {}

    private WordDiff() {}

    public static List<Part> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, Kind.SAME, a.subList(0, head));
        List<String> oldMiddle = a.subList(head, a.size() - tail);
        List<String> newMiddle = b.subList(head, b.size() - tail);
        if ((long) oldMiddle.size() * newMiddle.size() <= MAX_TABLE_CELLS) {
            lcs(oldMiddle, newMiddle, parts);
        } else {
            add(parts, Kind.REMOVED, oldMiddle);
            add(parts, Kind.ADDED, newMiddle);
        }
        add(parts, Kind.SAME, a.subList(a.size() - tail, a.size()));
        return parts;
    }

    private static void lcs(List<String> a, List<String> b, List<Part> parts) {
        int n = a.size();
        int m = b.size();
        int[][] table = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(parts, Kind.SAME, List.of(a.get(i++)));
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                add(parts, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(parts, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(parts, Kind.REMOVED, a.subList(i, n));
        add(parts, Kind.ADDED, b.subList(j, m));
    }

    /** Appends tokens, merging with the previous part of the same kind. */
    private static void add(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            Part last = parts.removeLast();
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
