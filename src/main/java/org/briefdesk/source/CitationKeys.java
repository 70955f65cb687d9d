package org.briefdesk.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Citation keys: lower-case ASCII words joined by dashes, generated as first author's surname (or
 * the outlet), year and the first meaningful title word, e.g. {@code singh-2024-reciprocal}.
 */
public final class CitationKeys {

    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> SKIPPED_TITLE_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are",
            "was", "new", "how", "why", "what", "who");

    private CitationKeys() {}

    public static boolean isValid(String key) {
        return key.length() >= 2
                && key.length() <= MAX_LENGTH
                && VALID.matcher(key).matches();
    }

    /** The key before any collision suffix. */
    public static String base(@Nullable String authors, @Nullable String outlet, int year, String title) {
        List<String> parts = new ArrayList<>();
        String who = firstAuthorSurname(authors);
        if (who.isEmpty()) {
            who = firstWord(outlet, Set.of("the"));
        }
        parts.add(who.isEmpty() ? "source" : who);
        parts.add(Integer.toString(year));
        String word = firstWord(title, SKIPPED_TITLE_WORDS);
        if (!word.isEmpty()) {
            parts.add(word);
        }
        String key = String.join("-", parts);
        return key.length() <= MAX_LENGTH - 4
                ? key
                : key.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
    }

    /** The {@code n}-th candidate: the base itself, then {@code base-2}, {@code base-3}, … */
    public static String candidate(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }

    /** Lower-case ASCII, accents dropped, anything else turned into single dashes. */
    public static String slug(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String firstAuthorSurname(@Nullable String authors) {
        if (authors == null || authors.isBlank()) {
            return "";
        }
        String first = authors.split("[,;&]| and ", 2)[0].strip();
        String[] words = slug(first).split("-");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static String firstWord(@Nullable String text, Set<String> skipped) {
        for (String word : slug(text).split("-")) {
            if (word.length() >= 2 && !skipped.contains(word)) {
                return word;
            }
        }
        return "";
    }
}
