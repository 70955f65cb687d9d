package org.briefdesk.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.merge.LineDiff;

/**
 * Turns an edit into word-level changes: the stretches of the old text that the new one replaces,
 * each with its replacement. The lines (paragraphs, in Markdown) are compared first, as the merge
 * compares them ({@link LineDiff}), so that edits far apart in a long text are found as quickly as
 * edits in one sentence; inside each changed group of lines, words, runs of white space and single
 * punctuation marks are compared as wholes, so a changed word in a sentence is one small change
 * ("likely" → "unlikely", the full stop and the spaces around untouched). Changed stretches that
 * only white space separates ("very likely" → "quite possible") are one change, as a reader sees them.
 */
public final class WordChanges {

    /** The largest group of changed lines (old tokens × new tokens) compared word by word. */
    static final long MAX_TABLE_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|[\\p{L}\\p{M}\\p{N}_]+(?:['’-][\\p{L}\\p{M}\\p{N}_]+)*|[^\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One change: {@code [start, end)} of the old text, which holds {@code original}, becomes
     * {@code replacement}. An insertion has {@code start == end}; a deletion an empty replacement.
     */
    public record Change(int start, int end, String original, String replacement) {}

    /** A piece of a text (a line with its line break, or a token) and where it starts. */
    private record Piece(int start, String text) {}

    /** {@code [aStart, aEnd)} of the old text becomes {@code [bStart, bEnd)} of the new one. */
    private record Stretch(int aStart, int aEnd, int bStart, int bEnd) {}

    private WordChanges() {}

    /** The changes that turn {@code before} into {@code after}, in text order, none overlapping. */
    public static List<Change> between(String before, String after) {
        List<Piece> a = lines(before);
        List<Piece> b = lines(after);
        Map<String, Integer> ids = new HashMap<>();
        int[] match = LineDiff.match(ids(a, ids), ids(b, ids));
        List<Stretch> stretches = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int aFrom = i;
            int bFrom = j;
            while (i < a.size() && match[i] < 0) {
                i++;
            }
            j = i < a.size() ? match[i] : b.size();
            if (i > aFrom || j > bFrom) {
                int aStart = offset(a, aFrom, before.length());
                int bStart = offset(b, bFrom, after.length());
                words(
                                before.substring(aStart, offset(a, i, before.length())),
                                after.substring(bStart, offset(b, j, after.length())))
                        .forEach(s -> stretches.add(new Stretch(
                                aStart + s.aStart(), aStart + s.aEnd(), bStart + s.bStart(), bStart + s.bEnd())));
            }
            if (i < a.size()) {
                // The matched pair of lines; the next group starts after it.
                i++;
                j++;
            }
        }
        return joined(before, after, stretches).stream()
                .map(s -> new Change(
                        s.aStart(),
                        s.aEnd(),
                        before.substring(s.aStart(), s.aEnd()),
                        after.substring(s.bStart(), s.bEnd())))
                .map(change -> readable(before, change))
                .toList();
    }

    /** The changed stretches between two groups of lines, word by word. */
    private static List<Stretch> words(String before, String after) {
        List<Piece> a = tokens(before);
        List<Piece> b = tokens(after);
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
        for (int k = 0; k < head; k++) {
            aKept[k] = bKept[k] = true;
        }
        for (int k = 1; k <= tail; k++) {
            aKept[a.size() - k] = bKept[b.size() - k] = true;
        }
        List<Piece> oldMiddle = a.subList(head, a.size() - tail);
        List<Piece> newMiddle = b.subList(head, b.size() - tail);
        if ((long) oldMiddle.size() * newMiddle.size() <= MAX_TABLE_CELLS) {
            matchMiddle(oldMiddle, newMiddle, aKept, bKept, head);
        }
        return unkept(before, after, a, b, aKept, bKept);
    }

    /** Marks the tokens of a longest common subsequence of the middles as kept. */
    private static void matchMiddle(List<Piece> a, List<Piece> b, boolean[] aKept, boolean[] bKept, int offset) {
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

    /** Kept tokens pair up one to one; what lies between two kept pairs is one stretch, unless empty. */
    private static List<Stretch> unkept(
            String before, String after, List<Piece> a, List<Piece> b, boolean[] aKept, boolean[] bKept) {
        List<Stretch> stretches = new ArrayList<>();
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
                stretches.add(new Stretch(
                        offset(a, aFrom, before.length()),
                        offset(a, i, before.length()),
                        offset(b, bFrom, after.length()),
                        offset(b, j, after.length())));
            }
            if (i < a.size() && j < b.size()) {
                i++;
                j++;
            }
        }
        return stretches;
    }

    /** Stretches that only the same white space separates become one. */
    private static List<Stretch> joined(String before, String after, List<Stretch> stretches) {
        List<Stretch> joined = new ArrayList<>();
        for (Stretch stretch : stretches) {
            if (!joined.isEmpty()) {
                Stretch last = joined.getLast();
                String gap = before.substring(last.aEnd(), stretch.aStart());
                if (gap.isBlank() && gap.equals(after.substring(last.bEnd(), stretch.bStart()))) {
                    joined.set(
                            joined.size() - 1,
                            new Stretch(last.aStart(), stretch.aEnd(), last.bStart(), stretch.bEnd()));
                    continue;
                }
            }
            joined.add(stretch);
        }
        return joined;
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

    private static int offset(List<Piece> pieces, int index, int length) {
        return index < pieces.size() ? pieces.get(index).start() : length;
    }

    private static boolean same(Piece a, Piece b) {
        return a.text().equals(b.text());
    }

    private static int[] ids(List<Piece> pieces, Map<String, Integer> ids) {
        return pieces.stream()
                .mapToInt(piece -> ids.computeIfAbsent(piece.text(), text -> ids.size()))
                .toArray();
    }

    /** The lines of a text, each with its line break. */
    private static List<Piece> lines(String text) {
        List<Piece> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(new Piece(start, text.substring(start, end)));
            start = end;
        }
        return lines;
    }

    private static List<Piece> tokens(String text) {
        List<Piece> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new Piece(matcher.start(), matcher.group()));
        }
        return tokens;
    }
}
