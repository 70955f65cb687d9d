package org.briefdesk.suggestion;

import java.util.Optional;
import org.briefdesk.base.TextEdges;

/**
 * Where a suggestion applies: the exact passage it replaces ({@code original}, empty for an
 * insertion) and the text just before and after it, as they were when it was made. It is found again
 * only where the passage and the nearest {@link #SIDE} characters on both sides are still exactly
 * there, and only if that place is the one best match: an edit elsewhere moves it along, but when
 * its passage (or the words right next to it) changed, or the same words now stand twice in the same
 * surroundings, it is not found and the suggestion is outdated. It is never applied to the wrong place.
 */
public record SuggestionAnchor(String original, String before, String after) {

    /** How much text on each side is kept. */
    public static final int CONTEXT = 40;

    /** How much of each side must still be there, unchanged, next to the passage. */
    static final int SIDE = 12;

    /** Where a found suggestion stands in a text now. */
    public record Place(int start, int end) {}

    /** The anchor of {@code [start, end)} of {@code text}. */
    public static SuggestionAnchor capture(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("Passage " + start + ".." + end + " outside the text");
        }
        return new SuggestionAnchor(
                text.substring(start, end),
                TextEdges.before(text, start, CONTEXT),
                TextEdges.after(text, end, CONTEXT));
    }

    /** The passage's place in {@code text}, or empty when it changed or is ambiguous (outdated). */
    public Optional<Place> locate(String text) {
        int needBefore = Math.min(before.length(), SIDE);
        int needAfter = Math.min(after.length(), SIDE);
        String core = before.substring(before.length() - needBefore) + original + after.substring(0, needAfter);
        Place best = null;
        int bestScore = -1;
        boolean tie = false;
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
            int start = at + needBefore;
            int end = start + original.length();
            if ((before.isEmpty() && start != 0) || (after.isEmpty() && end != text.length())) {
                continue;
            }
            int score = TextEdges.commonSuffix(before, text.substring(Math.max(0, start - before.length()), start))
                    + TextEdges.commonPrefix(after, text.substring(end, Math.min(text.length(), end + after.length())));
            if (score > bestScore) {
                best = new Place(start, end);
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** {@code text} with the passage replaced, or empty when it cannot be found (see {@link #locate}). */
    public Optional<String> apply(String text, String replacement) {
        return locate(text).map(place -> text.substring(0, place.start()) + replacement + text.substring(place.end()));
    }
}
