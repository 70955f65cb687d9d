package org.briefdesk.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Pandoc citations, {@code [@key]}, {@code [@key, locator]} and {@code [@a; @b]}, outside code
 * spans and code blocks. E-mail addresses and a bare {@code [@]} are not citations.
 */
public final class CitationParser {

    private static final Pattern GROUP = Pattern.compile("\\[(-?@[^\\[\\]\\n]*)\\]");
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
        Matcher matcher = GROUP.matcher(markdown);
        while (matcher.find()) {
            int start = matcher.start();
            if (code[start] || (start > 0 && markdown.charAt(start - 1) == '\\')) {
                continue;
            }
            List<CitationRef> refs = new ArrayList<>();
            boolean valid = true;
            for (String part : matcher.group(1).split(";")) {
                Matcher ref = REF.matcher(part.strip());
                if (!ref.matches()) {
                    valid = false;
                    break;
                }
                String locator = ref.group(2) == null || ref.group(2).isBlank()
                        ? null
                        : ref.group(2).strip();
                refs.add(new CitationRef(ref.group(1), locator));
            }
            if (valid && !refs.isEmpty()) {
                groups.add(new CitationGroup(start, matcher.end(), refs));
            }
        }
        return groups;
    }
}
