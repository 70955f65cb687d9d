package org.briefdesk.source;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The analysts' reliability grading (NATO Admiralty code): source reliability A–F and information
 * credibility 1–6, each optional.
 */
public record Grade(
        @Nullable Character reliability, @Nullable Integer credibility) {

    public static final Grade NONE = new Grade(null, null);

    public Grade {
        if (reliability != null && (reliability < 'A' || reliability > 'F')) {
            throw new IllegalArgumentException("Reliability is A to F");
        }
        if (credibility != null && (credibility < 1 || credibility > 6)) {
            throw new IllegalArgumentException("Credibility is 1 to 6");
        }
    }

    /** "B2", "B", "2" or empty, as analysts write it. */
    public String label() {
        return (reliability == null ? "" : reliability.toString())
                + (credibility == null ? "" : credibility.toString());
    }

    public Optional<String> describe() {
        if (reliability == null && credibility == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        if (reliability != null) {
            text.append("Source: ").append(reliabilityMeaning(reliability));
        }
        if (credibility != null) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append("information: ").append(credibilityMeaning(credibility));
        }
        return Optional.of(text.toString());
    }

    public static String reliabilityMeaning(char reliability) {
        return switch (reliability) {
            case 'A' -> "completely reliable";
            case 'B' -> "usually reliable";
            case 'C' -> "fairly reliable";
            case 'D' -> "not usually reliable";
            case 'E' -> "unreliable";
            default -> "reliability cannot be judged";
        };
    }

    public static String credibilityMeaning(int credibility) {
        return switch (credibility) {
            case 1 -> "confirmed by other sources";
            case 2 -> "probably true";
            case 3 -> "possibly true";
            case 4 -> "doubtful";
            case 5 -> "improbable";
            default -> "truth cannot be judged";
        };
    }
}
