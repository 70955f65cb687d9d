package org.briefdesk.tradecraft;

import java.util.List;

/**
 * A fixed vocabulary of likelihood: each term stands for a range of probability. ICD 203 (US
 * Intelligence Community) and the PHIA probability yardstick (UK Professional Head of Intelligence
 * Assessment) share some words ("unlikely", "likely", "almost certain") with different ranges, and
 * each has words of its own.
 */
public enum Yardstick {
    ICD_203(
            "ICD 203",
            "ICD 203 yardstick",
            List.of(
                    new Term("almost no chance", 1, 5),
                    new Term("very unlikely", 5, 20),
                    new Term("unlikely", 20, 45),
                    new Term("roughly even chance", 45, 55),
                    new Term("likely", 55, 80),
                    new Term("very likely", 80, 95),
                    new Term("almost certain", 95, 99))),
    PHIA(
            "PHIA",
            "PHIA probability yardstick",
            List.of(
                    new Term("remote chance", 0, 5),
                    new Term("highly unlikely", 10, 20),
                    new Term("unlikely", 25, 35),
                    new Term("realistic possibility", 40, 50),
                    new Term("likely or probable", 55, 75),
                    new Term("highly likely", 80, 90),
                    new Term("almost certain", 95, 100)));

    /** One word of the yardstick and the probability it stands for, in per cent. */
    public record Term(String words, int fromPercent, int toPercent) {

        /** "55–80 %", "≤ 5 %" or "≥ 95 %", as the yardstick prints it. */
        public String range() {
            if (fromPercent == 0) {
                return "≤ " + toPercent + " %";
            }
            if (toPercent == 100) {
                return "≥ " + fromPercent + " %";
            }
            return fromPercent + "–" + toPercent + " %";
        }
    }

    private final String name;
    private final String label;
    private final List<Term> terms;

    Yardstick(String name, String label, List<Term> terms) {
        this.name = name;
        this.label = label;
        this.terms = List.copyOf(terms);
    }

    /** "ICD 203" or "PHIA": how front matter names it. */
    public String shortName() {
        return name;
    }

    /** "ICD 203 yardstick" or "PHIA probability yardstick", as a sentence names it. */
    public String label() {
        return label;
    }

    /** From the least to the most likely. */
    public List<Term> terms() {
        return terms;
    }

    /** The other yardstick. */
    public Yardstick other() {
        return this == ICD_203 ? PHIA : ICD_203;
    }

    /**
     * The term whose words are {@code words} (in any case), if this yardstick has it; either half of
     * "likely or probable" names that term.
     */
    public java.util.Optional<Term> term(String words) {
        String wanted = words.strip();
        return terms.stream()
                .filter(term -> term.words().equalsIgnoreCase(wanted)
                        || java.util.Arrays.stream(term.words().split(" or ")).anyMatch(wanted::equalsIgnoreCase))
                .findFirst();
    }

    /** "ICD_203" or "PHIA" as stored, or "ICD 203" as written; empty for anything else. */
    public static java.util.Optional<Yardstick> parse(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        return switch (value) {
            case "ICD_203", "ICD203" -> java.util.Optional.of(ICD_203);
            case "PHIA", "PHIA_PROBABILITY_YARDSTICK" -> java.util.Optional.of(PHIA);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * The words of this yardstick that the other one does not have, as they stand in a sentence
     * ("likely or probable" is written "likely" or "probable", which ICD 203 shares).
     */
    public List<String> ownWords() {
        return switch (this) {
            case ICD_203 -> List.of("almost no chance", "very unlikely", "roughly even chance", "very likely");
            case PHIA -> List.of("remote chance", "highly unlikely", "realistic possibility", "highly likely");
        };
    }
}
