package org.briefdesk.comment;

import java.util.Optional;
import org.briefdesk.base.TextEdges;

/**
 * Finds a thread's passage in the current text. Only the exact passage counts, and only where its
 * surroundings still look like the ones it was commented in: an insertion before the passage or an
 * edit next to it moves the thread along, but when the passage itself is gone the thread is
 * detached; it never jumps to a similar, or the same, sentence elsewhere.
 */
public final class AnchorLocator {

    /** How much of one side's context must still be there for the passage to be recognised. */
    static final int SIDE_MATCH = 8;

    private AnchorLocator() {}

    /** The passage's place in {@code text}, or empty when it is gone (the thread is then detached). */
    public static Optional<TextRange> locate(String text, PassageAnchor anchor) {
        String quote = anchor.quote();
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        TextRange best = null;
        int bestScore = -1;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            int end = at + quote.length();
            int before = TextEdges.commonSuffix(
                    anchor.before(),
                    text.substring(Math.max(0, at - anchor.before().length()), at));
            int after = TextEdges.commonPrefix(
                    anchor.after(),
                    text.substring(
                            end, Math.min(text.length(), end + anchor.after().length())));
            boolean beforeHolds = sideHolds(anchor.before(), before, at == 0);
            boolean afterHolds = sideHolds(anchor.after(), after, end == text.length());
            if (!beforeHolds && !afterHolds) {
                continue;
            }
            int score = before + after + (beforeHolds ? 1 : 0) + (afterHolds ? 1 : 0);
            if (score > bestScore) {
                best = new TextRange(at, end);
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether one side of the context still holds: an empty side (the passage began or ended the text)
     * holds only at the same edge of the text; otherwise enough of the nearest characters match.
     */
    private static boolean sideHolds(String context, int matched, boolean atEdge) {
        if (context.isEmpty()) {
            return atEdge;
        }
        return matched >= Math.min(context.length(), SIDE_MATCH);
    }
}
