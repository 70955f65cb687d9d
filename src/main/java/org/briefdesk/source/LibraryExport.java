package org.briefdesk.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes sources as reference managers and citation tools read them (issue #19): CSL JSON (Zotero,
 * pandoc, citeproc) and BibTeX / BibLaTeX (JabRef, LaTeX). Each source is a newspaper or web article
 * with its citation key as id, authors as family and given names ({@link AuthorNames}), outlet,
 * dates, address, language, tags, and its grade and TLP marking in the note.
 */
final class LibraryExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private LibraryExport() {}

    static String write(List<SourceDetails> sources, LibraryFormat format) {
        return switch (format) {
            case CSL_JSON -> cslJson(sources);
            case BIBTEX -> bibtex(sources);
        };
    }

    static String cslJson(List<SourceDetails> sources) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SourceDetails source : sources) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", source.citationKey());
            item.put("type", "article-newspaper");
            item.put("title", source.title());
            putIfPresent(item, "container-title", source.outlet());
            List<AuthorName> authors = AuthorNames.parse(source.authors());
            if (!authors.isEmpty()) {
                item.put("author", authors.stream().map(LibraryExport::cslName).toList());
            }
            if (source.publishedDate() != null) {
                item.put("issued", dateParts(source.publishedDate()));
            }
            item.put("accessed", dateParts(LocalDate.ofInstant(source.capturedAt(), ZoneOffset.UTC)));
            putIfPresent(item, "URL", source.url());
            putIfPresent(item, "DOI", source.doi());
            putIfPresent(item, "language", source.language());
            if (!source.tags().isEmpty()) {
                item.put("keyword", String.join(", ", source.tags()));
            }
            item.put("note", note(source));
            items.add(item);
        }
        return JSON.writeValueAsString(items) + "\n";
    }

    static String bibtex(List<SourceDetails> sources) {
        StringBuilder out = new StringBuilder();
        for (SourceDetails source : sources) {
            out.append("@article{").append(source.citationKey()).append(",\n");
            field(out, "title", braced(source.title()));
            List<AuthorName> authors = AuthorNames.parse(source.authors());
            if (!authors.isEmpty()) {
                field(
                        out,
                        "author",
                        String.join(
                                " and ",
                                authors.stream().map(LibraryExport::bibtexName).toList()));
            }
            if (source.outlet() != null) {
                field(out, "journaltitle", braced(source.outlet()));
                field(out, "journal", braced(source.outlet()));
            }
            if (source.publishedDate() != null) {
                field(out, "date", source.publishedDate().toString());
                field(out, "year", Integer.toString(source.publishedDate().getYear()));
            }
            if (source.url() != null) {
                // Verbatim in BibLaTeX; only braces could end the field early.
                field(out, "url", source.url().replace("{", "%7B").replace("}", "%7D"));
                field(
                        out,
                        "urldate",
                        LocalDate.ofInstant(source.capturedAt(), ZoneOffset.UTC).toString());
            }
            if (source.doi() != null) {
                field(out, "doi", source.doi().replace("{", "%7B").replace("}", "%7D"));
            }
            if (source.language() != null) {
                field(out, "langid", escapeBibtex(source.language()));
            }
            if (!source.tags().isEmpty()) {
                field(out, "keywords", escapeBibtex(String.join(", ", source.tags())));
            }
            field(out, "note", escapeBibtex(note(source)));
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static Map<String, Object> cslName(AuthorName name) {
        Map<String, Object> csl = new LinkedHashMap<>();
        if (name.isLiteral()) {
            csl.put("literal", name.display());
            return csl;
        }
        csl.put("family", name.family());
        if (!name.given().isEmpty()) {
            csl.put("given", name.given());
        }
        if (!name.particle().isEmpty()) {
            csl.put("non-dropping-particle", name.particle());
        }
        return csl;
    }

    /** "van der Berg, Jan"; an organisation in an extra pair of braces, so it is never split. */
    private static String bibtexName(AuthorName name) {
        if (name.isLiteral()) {
            return "{" + escapeBibtex(name.display()) + "}";
        }
        String family = escapeBibtex(name.familyWithParticle());
        return name.given().isEmpty() ? family : family + ", " + escapeBibtex(name.given());
    }

    private static Map<String, Object> dateParts(LocalDate date) {
        return Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
    }

    private static String note(SourceDetails source) {
        String grade = source.grade().label();
        return (grade.isEmpty() ? "Not graded." : "Grade " + grade + ".") + " "
                + source.marking().label() + ".";
    }

    private static void putIfPresent(Map<String, Object> item, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            item.put(name, value);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Title-like text keeps its capitals in BibTeX styles: an inner pair of braces. */
    private static String braced(String text) {
        return "{" + escapeBibtex(text) + "}";
    }

    /** BibTeX's special characters written as text; braces only where balanced is impossible to promise. */
    static String escapeBibtex(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("[\\r\\n\\t]+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\{");
                case '}' -> out.append("\\}");
                case '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
