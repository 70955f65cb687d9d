package org.briefdesk.marking;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a briefing's marking must be (TLP 2.0): at least as restrictive as the most restrictive source
 * it cites, and TLP:CLEAR for a public audience, since public pages and the feed carry no limit.
 */
public final class MarkingRule {

    /** A cited source: its title and its marking (unmarked sources count as TLP:CLEAR). */
    public record Cited(String title, Tlp marking) {}

    private MarkingRule() {}

    /** Why a briefing marked {@code marking} may not go out with these sources, if it may not. */
    public static Optional<String> problem(Tlp marking, boolean publicAudience, List<Cited> sources) {
        if (publicAudience && marking != Tlp.CLEAR) {
            return Optional.of("A Public briefing must be marked TLP:CLEAR (it is marked " + marking.label()
                    + "): make it Internal, or mark it TLP:CLEAR.");
        }
        List<Cited> stricter = sources.stream()
                .filter(source -> source.marking().moreRestrictiveThan(marking))
                .distinct()
                .toList();
        if (stricter.isEmpty()) {
            return Optional.empty();
        }
        Tlp needed = stricter.stream().map(Cited::marking).max(Enum::compareTo).orElseThrow();
        String named = stricter.stream()
                .map(source -> "“" + source.title() + "” (" + source.marking().label() + ")")
                .collect(Collectors.joining(", "));
        String advice = publicAudience
                ? ". A Public briefing must stay TLP:CLEAR: cite other sources, or make it Internal and mark it "
                        + needed.label() + "."
                : ". Mark it " + needed.label() + (needed == Tlp.RED ? "" : " or more restrictive")
                        + ", or cite other sources.";
        return Optional.of("This briefing is marked " + marking.label() + " but cites "
                + (stricter.size() == 1 ? "a source" : "sources") + " marked more restrictively: " + named + advice);
    }
}
