package org.briefdesk.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds Pandoc citations, {@code [@key]}, {@code [@key, locator]} and {@code [@a; @b]}, outside code
 * spans and code blocks. E-mail addresses and a bare {@code [@]} are not citations.
 */
public final class CitationParser {

    private static final Pattern REF = Pattern.compile(
            "^-?@([A-Za-z0-9](?:[A-Za-z0-9_:.#$%&+?<>~/-]*[A-Za-z0-9_])?)[.;:]?\\s*(?:,\\s*(.*))?$", Pattern.DOTALL);

    private CitationParser() {}

    /** All citation groups in document order. */
    public static List<CitationGroup> parse(String markdown) {
        return parse(markdown, CodeRegions.mask(markdown));
    }

    /** The same, with the code regions already known (see {@link CodeRegions#mask}). */
    static List<CitationGroup> parse(String markdown, boolean[] code) {
        List<CitationGroup> groups = new ArrayList<>();
        // "[", an optional "-", "@", then anything up to the first "]" on the same line that comes
        // before another "[". A scan rather than a regular expression: this runs over the whole
        // text on every pause in typing, and most of the text has no "[" at all.
        int length = markdown.length();
        int start = markdown.indexOf('[');
        while (start >= 0 && start < length) {
            int at = start + 1;
            if (at < length && markdown.charAt(at) == '-') {
                at++;
            }
            int close = -1;
            if (at < length && markdown.charAt(at) == '@' && !code[start] && !escaped(markdown, start)) {
                for (int i = at + 1; i < length; i++) {
                    char c = markdown.charAt(i);
                    if (c == ']') {
                        close = i;
                        break;
                    }
                    if (c == '[' || c == '\n') {
                        break;
                    }
                }
            }
            if (close >= 0) {
                List<CitationRef> refs = refs(markdown.substring(start + 1, close));
                if (refs != null) {
                    groups.add(new CitationGroup(start, close + 1, refs));
                    start = markdown.indexOf('[', close + 1);
                    continue;
                }
            }
            start = markdown.indexOf('[', start + 1);
        }
        return groups;
    }

    private static boolean escaped(String markdown, int at) {
        return at > 0 && markdown.charAt(at - 1) == '\\';
    }

    /** The references of one group's inside ({@code @a, p. 3; @b}), or null if any part is not one. */
    private static @Nullable List<CitationRef> refs(String inside) {
        List<CitationRef> refs = new ArrayList<>();
        for (String part : inside.split(";")) {
            Matcher ref = REF.matcher(part.strip());
            if (!ref.matches()) {
                return null;
            }
            String locator = ref.group(2) == null || ref.group(2).isBlank()
                    ? null
                    : ref.group(2).strip();
            refs.add(new CitationRef(ref.group(1), locator));
        }
        return refs.isEmpty() ? null : refs;
    }
}
