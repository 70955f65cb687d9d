package org.briefdesk.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the authors people type or import into names citation tools understand (issue #19), and
 * writes them back in a form that reads the same again.
 *
 * <p>Names are separated by semicolons, line breaks or " and " (as BibTeX writes them). Within one
 * name, "Family, Given" is read as such ("Varga, Lena"), "Given Family" too ("Lena Varga", "Jan van
 * der Berg"); a comma between names that each have a space is a list ("Priya Raman, Anders
 * Holmgren"). Organisations ("Ministry of Foreign Affairs of Hungary", "Reuters"), a name of one
 * word, and anything in braces stay whole. The stored form is one line: {@code Raman, Priya;
 * Holmgren, Anders; {Reuters}}.
 */
public final class AuthorNames {

    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ter", "ten",
            "zu", "af", "bin", "ibn", "al", "el");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)\\b(ministry|ministère|ministerium|department|agency|office|institute|institut|university|"
                    + "council|committee|commission|bureau|service|news|press|associated|association|"
                    + "organi[sz]ation|foundation|government|group|company|corporation|inc|ltd|llc|gmbh|bank|"
                    + "centre|center|programme|program|union|federation|police|army|navy|embassy|staff|"
                    + "editors|editorial|board|reuters|agence|network|herald|tribune|journal)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|\\n|\\r|\\s+and\\s+|\\s+&\\s+)\\s*");

    private AuthorNames() {}

    /** The names in what was typed or imported; none for nothing. */
    public static List<AuthorName> parse(@Nullable String typed) {
        List<AuthorName> names = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return names;
        }
        for (String part : splitOutsideBraces(typed.strip(), SEPARATORS).stream()
                .map(String::strip)
                .filter(piece -> !piece.isEmpty())
                .toList()) {
            names.addAll(parsePart(part));
        }
        return names;
    }

    /** The one-line stored form, which {@link #parse} reads back to the same names. */
    public static String canonical(List<AuthorName> names) {
        return names.stream().map(AuthorName::canonical).collect(Collectors.joining("; "));
    }

    /** The names as a reader expects them: "Priya Raman, Jan van der Berg and Reuters". */
    public static String display(List<AuthorName> names) {
        List<String> shown = names.stream().map(AuthorName::display).toList();
        if (shown.size() <= 1) {
            return String.join("", shown);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
    }

    /** Stored authors as a reader sees them on a page or in a footnote; null for none. */
    public static @Nullable String readable(@Nullable String stored) {
        String shown = display(parse(stored));
        return shown.isEmpty() ? null : shown;
    }

    /**
     * The pieces of {@code text} between matches of {@code separator} that lie outside braces, as
     * they are (BibTeX and Briefdesk's stored names keep "{World Health Organization}" whole).
     */
    public static List<String> splitOutsideBraces(String text, Pattern separator) {
        List<String> pieces = new ArrayList<>();
        var matcher = separator.matcher(text);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && matcher.region(i, text.length()).lookingAt() && matcher.end() > i) {
                pieces.add(text.substring(start, i));
                start = matcher.end();
                i = matcher.end() - 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    private static List<AuthorName> parsePart(String part) {
        if (part.startsWith("{") && part.endsWith("}") && part.length() > 2) {
            return List.of(
                    AuthorName.literal(part.substring(1, part.length() - 1).strip()));
        }
        if (isOrganisation(part)) {
            return List.of(AuthorName.literal(part));
        }
        List<String> pieces = Arrays.stream(part.split(",")).map(String::strip).toList();
        if (pieces.size() == 1) {
            return List.of(personOrLiteral(part));
        }
        if (pieces.size() == 2 && isFamilyName(pieces.get(0))) {
            return List.of(familyCommaGiven(pieces.get(0), pieces.get(1)));
        }
        return pieces.stream()
                .filter(piece -> !piece.isEmpty())
                .map(AuthorNames::personOrLiteral)
                .toList();
    }

    /** "van der Berg" or "Varga": one word, perhaps after particles. */
    private static boolean isFamilyName(String text) {
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (!PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static AuthorName familyCommaGiven(String familyWithParticle, String given) {
        String[] words = familyWithParticle.split("\\s+");
        String particle = String.join(" ", Arrays.copyOf(words, words.length - 1));
        return AuthorName.person(given, particle, words[words.length - 1]);
    }

    private static AuthorName personOrLiteral(String name) {
        if (isOrganisation(name)) {
            return AuthorName.literal(name);
        }
        String[] words = name.split("\\s+");
        if (words.length == 1) {
            return AuthorName.literal(name);
        }
        int familyStart = words.length - 1;
        for (int i = 1; i < words.length - 1; i++) {
            if (PARTICLES.contains(words[i]) && words[i].equals(words[i].toLowerCase(Locale.ROOT))) {
                familyStart = i;
                break;
            }
        }
        int particleEnd = familyStart;
        while (particleEnd < words.length - 1 && PARTICLES.contains(words[particleEnd])) {
            particleEnd++;
        }
        String given = String.join(" ", Arrays.copyOfRange(words, 0, familyStart));
        String particle = String.join(" ", Arrays.copyOfRange(words, familyStart, particleEnd));
        String family = String.join(" ", Arrays.copyOfRange(words, particleEnd, words.length));
        return AuthorName.person(given, particle, family);
    }

    private static boolean isOrganisation(String name) {
        String[] words = name.split("\\s+");
        return ORGANISATION.matcher(name).find() || words.length > 4;
    }
}
