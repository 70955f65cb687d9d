package org.briefdesk.tradecraft;

import java.util.Locale;
import java.util.Optional;

/** How much the analysts trust a judgment's basis: stated apart from its likelihood, as ICD 203 asks. */
public enum Confidence {
    HIGH,
    MODERATE,
    LOW;

    /** "moderate", as it stands in a sentence. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Confidence> parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        for (Confidence confidence : values()) {
            if (confidence.name().equals(value)) {
                return Optional.of(confidence);
            }
        }
        return Optional.empty();
    }
}
