package org.briefdesk.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an edit into word-level changes: the stretches of the old text that the new one replaces,
 * each with its replacement. Words, runs of white space and single punctuation marks are compared
 * as wholes, so a changed word in a sentence is one small change ("likely" → "unlikely", the full
 * stop and the spaces around untouched). Changed stretches that only white space separates ("very
 * likely" → "quite possible") are one change, as a reader sees them.
 */
public final class WordChanges {

    /** The largest middle section (old tokens × new tokens) compared word by word. */
    static final long MAX_TABLE_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|[\\p{L}\\p{M}\\p{N}_]+(?:['’-][\\p{L}\\p{M}\\p{N}_]+)*|[^\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One change: {@code [start, end)} of the old text, which holds {@code original}, becomes
     * {@code replacement}. An insertion has {@code start == end}; a deletion an empty replacement.
     */
    public record Change(int start, int end, String original, String replacement) {}

    private record Token(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    private WordChanges() {}

    /** The changes that turn {@code before} into {@code after}, in text order, none overlapping. */
    public static List<Change> between(String before, String after) {
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        int head = 0;
        while (head < a.size() && head < b.size() && same(a.get(head), b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && same(a.get(a.size() - 1 - tail), b.get(b.size() - 1 - tail))) {
            tail++;
        }
        boolean[] aKept = new boolean[a.size()];
        boolean[] bKept = new boolean[b.size()];
        for (int i = 0; i < head; i++) {
            aKept[i] = bKept[i] = true;
        }
        for (int i = 1; i <= tail; i++) {
            aKept[a.size() - i] = bKept[b.size() - i] = true;
        }
        List<Token> oldMiddle = a.subList(head, a.size() - tail);
        List<Token> newMiddle = b.subList(head, b.size() - tail);
        if ((long) oldMiddle.size() * newMiddle.size() <= MAX_TABLE_CELLS) {
            matchMiddle(oldMiddle, newMiddle, aKept, bKept, head);
        }
        return changes(before, after, a, b, aKept, bKept);
    }

    /** Marks the tokens of a longest common subsequence of the middles as kept. */
    private static void matchMiddle(List<Token> a, List<Token> b, boolean[] aKept, boolean[] bKept, int offset) {
        int n = a.size();
        int m = b.size();
        int[][] table = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i][j] =
                        same(a.get(i), b.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j))) {
                aKept[offset + i++] = true;
                bKept[offset + j++] = true;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * Walks both token lists in step: kept tokens pair up one to one, and what lies between two
     * kept pairs is one change, unless it is empty on both sides. A kept run of white space alone
     * between two changes does not separate them.
     */
    private static List<Change> changes(
            String before, String after, List<Token> a, List<Token> b, boolean[] aKept, boolean[] bKept) {
        List<int[]> stretches = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int aFrom = i;
            int bFrom = j;
            while (i < a.size() && !aKept[i]) {
                i++;
            }
            while (j < b.size() && !bKept[j]) {
                j++;
            }
            if (i > aFrom || j > bFrom) {
                stretches.add(new int[] {
                    offset(a, aFrom, before.length()), offset(a, i, before.length()),
                    offset(b, bFrom, after.length()), offset(b, j, after.length()),
                });
            }
            // A kept pair; the next stretch starts after it.
            if (i < a.size() && j < b.size()) {
                i++;
                j++;
            }
        }
        List<int[]> joined = new ArrayList<>();
        for (int[] stretch : stretches) {
            if (!joined.isEmpty()) {
                int[] last = joined.getLast();
                if (before.substring(last[1], stretch[0]).isBlank()
                        && after.substring(last[3], stretch[2]).isBlank()
                        && before.substring(last[1], stretch[0]).equals(after.substring(last[3], stretch[2]))) {
                    last[1] = stretch[1];
                    last[3] = stretch[3];
                    continue;
                }
            }
            joined.add(stretch.clone());
        }
        return joined.stream()
                .map(s -> new Change(s[0], s[1], before.substring(s[0], s[1]), after.substring(s[2], s[3])))
                .map(change -> readable(before, change))
                .toList();
    }

    /**
     * An insertion where a reader would put it. The same text may be inserted at several places with
     * the same result (". Delta rises" before the final full stop, or " Delta rises." after it): it
     * moves right, as far as that keeps the result, to the first place where it starts with a space or
     * ends the text.
     */
    private static Change readable(String before, Change change) {
        if (!change.original().isEmpty() || change.replacement().isEmpty()) {
            return change;
        }
        int at = change.start();
        String inserted = change.replacement();
        while (!startsReadably(inserted, at, before)
                && at < before.length()
                && inserted.charAt(0) == before.charAt(at)) {
            inserted = inserted.substring(1) + before.charAt(at);
            at++;
        }
        return startsReadably(inserted, at, before) ? new Change(at, at, "", inserted) : change;
    }

    private static boolean startsReadably(String inserted, int at, String before) {
        return Character.isWhitespace(inserted.charAt(0)) || at == before.length();
    }

    private static int offset(List<Token> tokens, int index, int length) {
        return index < tokens.size() ? tokens.get(index).start() : length;
    }

    private static boolean same(Token a, Token b) {
        return a.text().equals(b.text());
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(matcher.start(), matcher.group()));
        }
        return tokens;
    }
}
