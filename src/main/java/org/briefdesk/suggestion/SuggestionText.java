package org.briefdesk.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Applies several suggestions to one text at once ("Accept all"). */
public final class SuggestionText {

    /** One suggestion's change: its anchored passage becomes {@code replacement}. */
    public record Edit(SuggestionAnchor anchor, String replacement) {}

    private record Placed(SuggestionAnchor.Place place, String replacement) {}

    private SuggestionText() {}

    /**
     * {@code text} with every edit applied, each found in {@code text} as it is (so that adjacent
     * edits do not disturb one another); empty when one of them is outdated, or two overlap or insert
     * at the same point, where the order would be a guess.
     */
    public static Optional<String> applied(String text, List<Edit> edits) {
        List<Placed> placed = new ArrayList<>();
        for (Edit edit : edits) {
            var place = edit.anchor().locate(text);
            if (place.isEmpty()) {
                return Optional.empty();
            }
            placed.add(new Placed(place.get(), edit.replacement()));
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.place().start())
                .thenComparingInt(p -> p.place().end()));
        for (int i = 1; i < placed.size(); i++) {
            var previous = placed.get(i - 1).place();
            var next = placed.get(i).place();
            boolean overlap = next.start() < previous.end();
            boolean samePoint = next.start() == previous.start()
                    && (next.start() == next.end() || previous.start() == previous.end());
            if (overlap || samePoint) {
                return Optional.empty();
            }
        }
        StringBuilder result = new StringBuilder(text);
        for (Placed p : placed.reversed()) {
            result.replace(p.place().start(), p.place().end(), p.replacement());
        }
        return Optional.of(result.toString());
    }
}
