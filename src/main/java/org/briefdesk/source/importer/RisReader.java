package org.briefdesk.source.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.source.AuthorName;
import org.jspecify.annotations.Nullable;

/**
 * Reads a RIS file (Zotero's, EndNote's, Mendeley's export) into its references: title, authors,
 * container, date, URL, DOI, language, keywords, abstract or notes as text, and the attached files
 * ({@code L1}, {@code L4}). The reader is strict about the documented shape: each reference starts
 * with {@code TY  - } and ends with {@code ER  - }, every tag is two characters, two spaces, a
 * hyphen and a space; a line without a tag continues the value before it. A file that breaks the
 * shape is refused as a whole, saying at which line.
 *
 * <p>Written here rather than taken from a library, because the JVM's RIS readers on Maven Central
 * did not fit: kris-core (0.5.3) brings Kotlin's runtime, coroutines and the end-of-life RxJava 2 for
 * a line format; citeproc-java's RISParser accepts a file without TY or ER without a word, drops A1,
 * JF, Y1 and all but one L4 line, and would bring a CSL processor and an older ANTLR than
 * Hibernate's.
 */
final class RisReader {

    static final String NOT_RIS = "This is not a RIS file: it holds no reference starting with \u201cTY  - \u201d.";

    /** "AU  - Raman, Priya"; "ER  -" may lose its trailing space to an editor. */
    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");

    private RisReader() {}

    static List<Reference> read(String text) throws ImportRefusedException {
        List<Reference> references = new ArrayList<>();
        Map<String, List<String>> fields = null;
        List<String> lastValues = null;
        int start = 0;
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].stripTrailing();
            Matcher tag = TAG_LINE.matcher(line);
            if (!tag.matches()) {
                if (line.isBlank()) {
                    continue;
                }
                if (lastValues == null) {
                    throw refused("line " + number + " is not a \u201cTAG  - value\u201d line of a reference");
                }
                // A value that goes on over several lines (notes, abstracts): the line continues it.
                int last = lastValues.size() - 1;
                lastValues.set(last, lastValues.get(last) + "\n" + line.strip());
                continue;
            }
            String name = tag.group(1);
            String value = tag.group(2) == null ? "" : tag.group(2).strip();
            if (fields == null) {
                if (!name.equals("TY") || value.isEmpty()) {
                    throw refused("the reference at line " + number + " does not start with \u201cTY  - \u201d and"
                            + " its type");
                }
                fields = new LinkedHashMap<>();
                start = number;
            } else if (name.equals("TY")) {
                throw refused("the reference at line " + start + " has no \u201cER  - \u201d line before the next"
                        + " one at line " + number);
            }
            if (name.equals("ER")) {
                references.add(reference(fields));
                fields = null;
                lastValues = null;
                continue;
            }
            lastValues = fields.computeIfAbsent(name, key -> new ArrayList<>());
            lastValues.add(value);
        }
        if (fields != null) {
            throw refused("the file ends inside the reference at line " + start + ", which has no \u201cER  - \u201d"
                    + " line");
        }
        if (references.isEmpty()) {
            throw new ImportRefusedException(NOT_RIS);
        }
        return references;
    }

    private static Reference reference(Map<String, List<String>> fields) {
        List<String> authors = all(fields, "AU", "A1");
        List<String> notes = all(fields, "N1");
        String abstractText = first(fields, "AB", "N2");
        return new Reference(
                first(fields, "TI", "T1"),
                authors.stream().map(RisReader::name).toList(),
                first(fields, "JF", "T2", "JO"),
                ReferenceDates.parse(first(fields, "DA", "PY", "Y1")),
                first(fields, "UR"),
                first(fields, "DO"),
                first(fields, "LA"),
                all(fields, "KW"),
                ReferenceDocuments.plainText(abstractText != null ? abstractText : String.join("\n\n", notes)),
                all(fields, "L1", "L4"));
    }

    /**
     * "Family, Given" or "Family, Given, Suffix", the lower-case words before the family name its
     * particle ("van der Berg, Jan"); a name without a comma is kept whole (an organisation).
     */
    private static AuthorName name(String written) {
        String[] parts = written.split(",", 3);
        if (parts.length == 1 || parts[1].isBlank()) {
            return AuthorName.literal(parts[0].strip());
        }
        List<String> words = List.of(parts[0].strip().split("\\s+"));
        int particleEnd = 0;
        while (particleEnd < words.size() - 1
                && words.get(particleEnd).equals(words.get(particleEnd).toLowerCase(Locale.ROOT))) {
            particleEnd++;
        }
        String family = String.join(" ", words.subList(particleEnd, words.size()));
        String suffix = parts.length == 3 ? " " + parts[2].strip() : "";
        return AuthorName.person(
                parts[1].strip(), String.join(" ", words.subList(0, particleEnd)), (family + suffix).strip());
    }

    private static @Nullable String first(Map<String, List<String>> fields, String... tags) {
        for (String value : all(fields, tags)) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static List<String> all(Map<String, List<String>> fields, String... tags) {
        List<String> values = new ArrayList<>();
        for (String tag : tags) {
            fields.getOrDefault(tag, List.of()).stream()
                    .filter(value -> !value.isBlank())
                    .forEach(values::add);
        }
        return values;
    }

    private static ImportRefusedException refused(String problem) {
        return new ImportRefusedException(
                "This RIS file cannot be read: " + problem + ", so nothing of it was imported.");
    }
}
