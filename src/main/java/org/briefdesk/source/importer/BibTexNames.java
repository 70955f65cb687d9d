package org.briefdesk.source.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefdesk.source.AuthorName;
import org.briefdesk.source.AuthorNames;

/**
 * A BibTeX name list ({@code author}, {@code editor}) as names, by BibTeX's own rules, which jbibtex
 * leaves to its users: names are separated by "and" outside braces; a name in one pair of braces is
 * kept whole (an organisation: {@code {World Health Organization}}); "von Last, First", "von Last,
 * Jr, First" and "First von Last" are split where BibTeX splits them, the lower-case words being the
 * particle ("van der Berg, Jan"). "and others" (et al.) names nobody.
 */
final class BibTexNames {

    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");

    private BibTexNames() {}

    static List<AuthorName> parse(String field) {
        List<AuthorName> names = new ArrayList<>();
        for (String name : AuthorNames.splitOutsideBraces(" " + field.strip() + " ", AND)) {
            String trimmed = name.strip();
            if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("others")) {
                continue;
            }
            names.add(name(trimmed));
        }
        return names;
    }

    private static AuthorName name(String name) {
        if (isOneGroup(name)) {
            return AuthorName.literal(text(name.substring(1, name.length() - 1)));
        }
        List<String> parts = AuthorNames.splitOutsideBraces(name, Pattern.compile(","));
        return switch (parts.size()) {
            case 1 -> firstVonLast(words(name));
            case 2 -> vonLastFirst(words(parts.get(0)), "", parts.get(1));
            case 3 -> vonLastFirst(words(parts.get(0)), parts.get(1), parts.get(2));
            default -> AuthorName.literal(text(name));
        };
    }

    /** "Jan van der Berg": the particle is the run of lower-case words before the last word. */
    private static AuthorName firstVonLast(List<String> words) {
        int last = words.size() - 1;
        int vonStart = -1;
        int vonEnd = -1;
        for (int i = 0; i < last; i++) {
            if (isLowerCase(words.get(i))) {
                vonStart = vonStart < 0 ? i : vonStart;
                vonEnd = i + 1;
            }
        }
        if (vonStart < 0) {
            vonStart = last;
            vonEnd = last;
        }
        return person(
                join(words.subList(0, vonStart)),
                join(words.subList(vonStart, vonEnd)),
                join(words.subList(vonEnd, words.size())));
    }

    /** "van der Berg, Jan" and "King, Jr, Martin": the comma says where the family name ends. */
    private static AuthorName vonLastFirst(List<String> familyWords, String junior, String given) {
        int vonEnd = 0;
        while (vonEnd < familyWords.size() - 1 && isLowerCase(familyWords.get(vonEnd))) {
            vonEnd++;
        }
        String family = join(familyWords.subList(vonEnd, familyWords.size()));
        String suffix = text(junior).strip();
        return person(
                text(given).strip(),
                join(familyWords.subList(0, vonEnd)),
                suffix.isEmpty() ? family : family + " " + suffix);
    }

    private static AuthorName person(String given, String particle, String family) {
        if (given.isEmpty()) {
            String whole = particle.isEmpty() ? family : particle + " " + family;
            return AuthorName.literal(whole);
        }
        return AuthorName.person(given, particle, family);
    }

    /**
     * Whether a word starts in lower case. A word that starts with a group is upper case unless the
     * group is a special character ({@code {\"u}}), whose letter decides, as in BibTeX.
     */
    private static boolean isLowerCase(String word) {
        if (word.startsWith("{") && !word.startsWith("{\\")) {
            return false;
        }
        String shown = text(word);
        for (int i = 0; i < shown.length(); i++) {
            if (Character.isLetter(shown.charAt(i))) {
                return Character.isLowerCase(shown.charAt(i));
            }
        }
        return false;
    }

    private static boolean isOneGroup(String name) {
        if (!name.startsWith("{") || !name.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            depth += name.charAt(i) == '{' ? 1 : name.charAt(i) == '}' ? -1 : 0;
            if (depth == 0 && i < name.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        return AuthorNames.splitOutsideBraces(text, Pattern.compile("[\\s~]+")).stream()
                .filter(word -> !word.isBlank())
                .toList();
    }

    private static String join(List<String> words) {
        return String.join(" ", words.stream().map(BibTexNames::text).toList()).strip();
    }

    private static String text(String latex) {
        return DocumentParts.oneLine(LaTeXText.toUnicode(latex));
    }
}
