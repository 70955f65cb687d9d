package org.briefdesk.marking;

import java.util.Locale;
import java.util.Optional;

/**
 * The Traffic Light Protocol 2.0 (FIRST): how far a document may travel, from TLP:CLEAR (no limit)
 * to TLP:RED (the named recipients only). The order of the constants is the order of restriction, so
 * {@link #compareTo} says which of two markings is more restrictive. Labels are written exactly as
 * the standard writes them, and shown in its colours on a black background.
 */
public enum Tlp {
    CLEAR("TLP:CLEAR", "#FFFFFF", "Disclosure is not limited."),
    GREEN("TLP:GREEN", "#33FF00", "Limited disclosure: the recipients' community, not public channels."),
    AMBER(
            "TLP:AMBER",
            "#FFC000",
            "Limited disclosure: the recipients' organisation and its clients, on a need to know."),
    AMBER_STRICT("TLP:AMBER+STRICT", "#FFC000", "Limited disclosure: the recipients' organisation only."),
    RED("TLP:RED", "#FF2B2B", "For the eyes and ears of the individual recipients only.");

    /** The background FIRST prescribes for every label. */
    public static final String BACKGROUND = "#000000";

    private final String label;
    private final String colour;
    private final String meaning;

    Tlp(String label, String colour, String meaning) {
        this.label = label;
        this.colour = colour;
        this.meaning = meaning;
    }

    /** "TLP:AMBER+STRICT", as the standard writes it. */
    public String label() {
        return label;
    }

    /** The label's colour (hex), on {@link #BACKGROUND}. */
    public String colour() {
        return colour;
    }

    /** What the marking allows, in one sentence. */
    public String meaning() {
        return meaning;
    }

    /** Whether this marking limits disclosure more than {@code other}. */
    public boolean moreRestrictiveThan(Tlp other) {
        return compareTo(other) > 0;
    }

    /**
     * The marking a person or a file wrote: "TLP:AMBER+STRICT", "amber+strict", "AMBER_STRICT",
     * "tlp:green", "Clear"; TLP 1.0's WHITE is read as CLEAR, as TLP 2.0 says. Empty for anything else.
     */
    public static Optional<Tlp> parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (value.startsWith("TLP:")) {
            value = value.substring(4);
        }
        return switch (value.replace('_', '+')) {
            case "CLEAR", "WHITE" -> Optional.of(CLEAR);
            case "GREEN" -> Optional.of(GREEN);
            case "AMBER" -> Optional.of(AMBER);
            case "AMBER+STRICT" -> Optional.of(AMBER_STRICT);
            case "RED" -> Optional.of(RED);
            default -> Optional.empty();
        };
    }
}
