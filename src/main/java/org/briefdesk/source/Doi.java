package org.briefdesk.source;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Digital Object Identifiers as reference managers write them ("10.1234/ports.2024", "doi:10.1234/…",
 * "https://doi.org/10.1234/…"), stored the one way: without the prefix, in lower case, since DOIs are
 * case-insensitive (DOI Handbook 2.4).
 */
public final class Doi {

    private static final Pattern PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern SHAPE = Pattern.compile("^10\\.\\d{4,9}/\\S{1,200}$");

    private Doi() {}

    /** The DOI without prefix, in lower case; empty when the text is blank or not a DOI. */
    public static Optional<String> normalize(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String doi = PREFIX.matcher(text.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        return SHAPE.matcher(doi).matches() ? Optional.of(doi) : Optional.empty();
    }

    /** What is wrong with a typed DOI, if anything; blank is fine (no DOI). */
    public static Optional<String> problem(@Nullable String text) {
        if (text == null || text.isBlank() || normalize(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("A DOI starts with 10. and a slash, such as 10.1234/ports.2024.");
    }

    /** The DOI's address at the resolver. */
    public static String link(String doi) {
        return "https://doi.org/" + doi;
    }
}
