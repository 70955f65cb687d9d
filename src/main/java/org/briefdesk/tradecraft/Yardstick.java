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
            List.of(
                    new Term("almost no chance", 1, 5),
                    new Term("very unlikely", 5, 20),
                    new Term("unlikely", 20, 45),
                    new Term("roughly even chance", 45, 55),
                    new Term("likely", 55, 80),
                    new Term("very likely", 80, 95),
                    new Term("almost certain", 95, 99))),
    PHIA(
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
    public record Term(String words, int fromPercent, int toPercent) {}

    private final String label;
    private final List<Term> terms;

    Yardstick(String label, List<Term> terms) {
        this.label = label;
        this.terms = List.copyOf(terms);
    }

    public String label() {
        return label;
    }

    /** From the least to the most likely. */
    public List<Term> terms() {
        return terms;
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
