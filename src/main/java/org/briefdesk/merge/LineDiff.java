package org.briefdesk.merge;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A longest common subsequence of two sequences of line ids (the merge's lines; the lines a
 * suggestion's edit is compared by first), found with Myers' O((N+M)·D)
 * algorithm in its linear-space form (the "middle snake", bisecting recursively). The common head
 * and tail are matched first, so a long document with a few edits costs little more than reading
 * it; even two entirely different 10,000-line texts take well under a second and no quadratic
 * table is ever built.
 */
public final class LineDiff {

    private LineDiff() {}

    /**
     * For each element (a non-negative id) of {@code a}, the index of its partner in {@code b}, or -1 when it has none.
     * The partners are strictly increasing and form a longest common subsequence.
     */
    public static int[] match(int[] a, int[] b) {
        // A line the other side does not have can never be matched: leaving such lines out first
        // (as GNU diff does) keeps a rewritten document from costing the full O((N+M)·D).
        int[] aKept = kept(a, b);
        int[] bKept = kept(b, a);
        int[] aShort = pick(a, aKept);
        int[] bShort = pick(b, bKept);
        int[] shortMatch = new int[aShort.length];
        Arrays.fill(shortMatch, -1);
        diff(aShort, 0, aShort.length, bShort, 0, bShort.length, shortMatch);
        int[] match = new int[a.length];
        Arrays.fill(match, -1);
        for (int i = 0; i < aShort.length; i++) {
            if (shortMatch[i] >= 0) {
                match[aKept[i]] = bKept[shortMatch[i]];
            }
        }
        return match;
    }

    /** The positions in {@code values} of the values that {@code other} also has. */
    private static int[] kept(int[] values, int[] other) {
        BitSet present = new BitSet();
        for (int value : other) {
            present.set(value);
        }
        return java.util.stream.IntStream.range(0, values.length)
                .filter(i -> present.get(values[i]))
                .toArray();
    }

    private static int[] pick(int[] values, int[] positions) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = values[positions[i]];
        }
        return picked;
    }

    private static void diff(int[] a, int aStart, int aEnd, int[] b, int bStart, int bEnd, int[] match) {
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            match[aStart++] = bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            match[--aEnd] = --bEnd;
        }
        if (aStart == aEnd || bStart == bEnd) {
            return;
        }
        bisect(a, aStart, aEnd, b, bStart, bEnd, match);
    }

    /** Finds the middle snake of the shortest edit path and solves the two halves around it. */
    private static void bisect(int[] a, int aStart, int aEnd, int[] b, int bStart, int bEnd, int[] match) {
        int n = aEnd - aStart;
        int m = bEnd - bStart;
        int maxD = (n + m + 1) / 2;
        int offset = maxD;
        int length = 2 * maxD + 2;
        int[] forward = new int[length];
        int[] reverse = new int[length];
        Arrays.fill(forward, -1);
        Arrays.fill(reverse, -1);
        forward[offset + 1] = 0;
        reverse[offset + 1] = 0;
        int delta = n - m;
        // With an odd delta the paths meet on a forward step, with an even one on a reverse step.
        boolean front = (delta & 1) != 0;
        int k1Start = 0;
        int k1End = 0;
        int k2Start = 0;
        int k2End = 0;
        for (int d = 0; d < maxD; d++) {
            for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                int k1Offset = offset + k1;
                int x1 = k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1])
                        ? forward[k1Offset + 1]
                        : forward[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[aStart + x1] == b[bStart + y1]) {
                    x1++;
                    y1++;
                }
                forward[k1Offset] = x1;
                if (x1 > n) {
                    k1End += 2;
                } else if (y1 > m) {
                    k1Start += 2;
                } else if (front) {
                    int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && reverse[k2Offset] != -1) {
                        int x2 = n - reverse[k2Offset];
                        if (x1 >= x2) {
                            split(a, aStart, aEnd, b, bStart, bEnd, x1, y1, match);
                            return;
                        }
                    }
                }
            }
            for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                int k2Offset = offset + k2;
                int x2 = k2 == -d || (k2 != d && reverse[k2Offset - 1] < reverse[k2Offset + 1])
                        ? reverse[k2Offset + 1]
                        : reverse[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[aEnd - 1 - x2] == b[bEnd - 1 - y2]) {
                    x2++;
                    y2++;
                }
                reverse[k2Offset] = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!front) {
                    int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1) {
                        int x1 = forward[k1Offset];
                        int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(a, aStart, aEnd, b, bStart, bEnd, x1, y1, match);
                            return;
                        }
                    }
                }
            }
        }
        // The paths did not meet: nothing in common, every line is replaced.
    }

    private static void split(int[] a, int aStart, int aEnd, int[] b, int bStart, int bEnd, int x, int y, int[] match) {
        if ((x == 0 && y == 0) || (x == aEnd - aStart && y == bEnd - bStart)) {
            // Cannot happen after the common head and tail are taken off; never recurse forever.
            return;
        }
        diff(a, aStart, aStart + x, b, bStart, bStart + y, match);
        diff(a, aStart + x, aEnd, b, bStart + y, bEnd, match);
    }
}
