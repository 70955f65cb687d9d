package org.briefdesk.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Three-way merge (base, theirs, mine) for saves that cannot lose text: "theirs" is what was saved
 * meanwhile, "mine" what is being saved, "base" what both started from.
 *
 * <p>Text merges line by line, as {@code diff3} does: each side is compared with the base (a
 * longest common subsequence, see {@link LineDiff}), lines all three agree on are stable, and
 * between them a region that only one side changed takes that side's lines, a region both changed
 * identically takes them once, and a region both changed differently is a {@link
 * TextMerge.Conflict} that is never resolved automatically. In Markdown a paragraph is a line (or
 * a few) between blank lines, so edits to different paragraphs are separated by an unchanged line
 * and merge, while edits to the same sentence, or to the same paragraph's adjacent lines, conflict.
 * Line breaks of any platform are read as {@code \n} and the merged text uses {@code \n}; a final
 * line break is merged as a value of its own, so adding or dropping it never conflicts with an edit.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {}

    /** Merges a text. */
    public static TextMerge text(String base, String theirs, String mine) {
        TextMerge.Text o = TextMerge.Text.of(base);
        TextMerge.Text a = TextMerge.Text.of(theirs);
        TextMerge.Text b = TextMerge.Text.of(mine);
        Map<String, Integer> ids = new HashMap<>();
        int[] oIds = ids(o.lines(), ids);
        int[] aIds = ids(a.lines(), ids);
        int[] bIds = ids(b.lines(), ids);
        int[] toTheirs = LineDiff.match(oIds, aIds);
        int[] toMine = LineDiff.match(oIds, bIds);

        Chunks chunks = new Chunks();
        int n = oIds.length;
        int i = 0;
        int x = 0;
        int y = 0;
        while (true) {
            int stableStart = i;
            while (i < n && toTheirs[i] == x && toMine[i] == y) {
                i++;
                x++;
                y++;
            }
            chunks.agree(o.lines().subList(stableStart, i));
            if (i == n && x == aIds.length && y == bIds.length) {
                break;
            }
            // The next base line that both sides kept ends the unstable region.
            int j = i;
            while (j < n && (toTheirs[j] < 0 || toMine[j] < 0)) {
                j++;
            }
            int xEnd = j < n ? toTheirs[j] : aIds.length;
            int yEnd = j < n ? toMine[j] : bIds.length;
            unstable(
                    chunks,
                    o.lines().subList(i, j),
                    a.lines().subList(x, xEnd),
                    b.lines().subList(y, yEnd));
            i = j;
            x = xEnd;
            y = yEnd;
        }
        boolean trailing = merged(value(o.trailingNewline(), a.trailingNewline(), b.trailingNewline()));
        return new TextMerge(chunks.done(), trailing);
    }

    /**
     * Merges a single value: the side that changed it wins; the same change on both sides is no
     * conflict; different changes on both sides are.
     */
    public static <T extends @Nullable Object> ValueMerge<T> value(T base, T theirs, T mine) {
        if (Objects.equals(theirs, mine) || Objects.equals(mine, base)) {
            return new ValueMerge.Merged<>(theirs);
        }
        if (Objects.equals(theirs, base)) {
            return new ValueMerge.Merged<>(mine);
        }
        return new ValueMerge.Conflict<>(base, theirs, mine);
    }

    /**
     * Merges a set such as tags: what either side added is in, what either side removed is out.
     * Never conflicts. Theirs' order comes first, then what mine added.
     */
    public static <T> Set<T> set(Set<T> base, Set<T> theirs, Set<T> mine) {
        Set<T> merged = new LinkedHashSet<>(theirs);
        for (T element : base) {
            if (!mine.contains(element)) {
                merged.remove(element);
            }
        }
        for (T element : mine) {
            if (!base.contains(element)) {
                merged.add(element);
            }
        }
        return merged;
    }

    private static boolean merged(ValueMerge<Boolean> merge) {
        return switch (merge) {
            case ValueMerge.Merged<Boolean> m -> m.value();
            // A boolean changed by both sides changed to the same value; kept for completeness.
            case ValueMerge.Conflict<Boolean> c -> c.theirs();
        };
    }

    private static void unstable(Chunks chunks, List<String> base, List<String> theirs, List<String> mine) {
        if (theirs.equals(base)) {
            chunks.agree(mine);
        } else if (mine.equals(base) || theirs.equals(mine)) {
            chunks.agree(theirs);
        } else {
            // Lines both sides start or end the region with are agreed; only the rest conflicts.
            int head = 0;
            while (head < theirs.size()
                    && head < mine.size()
                    && theirs.get(head).equals(mine.get(head))) {
                head++;
            }
            int tail = 0;
            while (tail < theirs.size() - head
                    && tail < mine.size() - head
                    && theirs.get(theirs.size() - 1 - tail).equals(mine.get(mine.size() - 1 - tail))) {
                tail++;
            }
            chunks.agree(theirs.subList(0, head));
            chunks.conflict(new TextMerge.Conflict(
                    base, theirs.subList(head, theirs.size() - tail), mine.subList(head, mine.size() - tail)));
            chunks.agree(theirs.subList(theirs.size() - tail, theirs.size()));
        }
    }

    /** Collects chunks, joining agreed lines that follow each other into one chunk. */
    private static final class Chunks {
        private final List<TextMerge.Chunk> chunks = new ArrayList<>();
        private final List<String> agreed = new ArrayList<>();

        void agree(List<String> lines) {
            agreed.addAll(lines);
        }

        void conflict(TextMerge.Conflict conflict) {
            flush();
            chunks.add(conflict);
        }

        List<TextMerge.Chunk> done() {
            flush();
            return chunks;
        }

        private void flush() {
            if (!agreed.isEmpty()) {
                chunks.add(new TextMerge.Agreed(agreed));
                agreed.clear();
            }
        }
    }

    private static int[] ids(List<String> lines, Map<String, Integer> ids) {
        int[] result = new int[lines.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids.computeIfAbsent(lines.get(i), line -> ids.size());
        }
        return result;
    }
}
