package org.briefdesk.source.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefdesk.source.AuthorName;
import org.briefdesk.source.AuthorNames;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CSL JSON file (Zotero's and Better BibTeX's export, pandoc's and citeproc's format) into
 * one document per reference (issue #19): title, authors as family and given names, container,
 * issued date, URL (or the DOI's address), language, keywords, and as text the abstract or, failing
 * that, the note. A reference with no text is refused by name, saying what to add; a file that is not
 * CSL JSON is refused as a whole, so nothing of it is added.
 */
final class CslJsonImporter {

    static final String NOT_CSL_JSON =
            "This is not a CSL JSON export (a list of references, as Zotero's \"CSL JSON\" export writes it).";
    static final String NO_TEXT = "The reference has no text to quote yet (no abstract or note): import the"
            + " article itself as a .txt, .md or .html file.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CslJsonImporter() {}

    static List<FileResult> read(String fileName, String text, long maxBodyBytes) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException broken) {
            return List.of(FileResult.refused(fileName, NOT_CSL_JSON));
        }
        JsonNode items = root != null && root.isObject() && root.has("items") ? root.get("items") : root;
        if (items == null || !items.isArray() || items.isEmpty()) {
            return List.of(FileResult.refused(fileName, NOT_CSL_JSON));
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                return List.of(FileResult.refused(fileName, NOT_CSL_JSON));
            }
        }
        List<FileResult> results = new ArrayList<>();
        int number = 0;
        for (JsonNode item : items) {
            number++;
            String title = string(item, "title");
            String name = fileName + " › " + (title == null ? "reference " + number : title);
            if (title == null) {
                results.add(FileResult.refused(name, "The reference has no title."));
                continue;
            }
            String body = plain(string(item, "abstract"));
            if (body.isBlank()) {
                body = plain(string(item, "note"));
            }
            if (body.isBlank()) {
                results.add(FileResult.refused(name, NO_TEXT));
                continue;
            }
            if (body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxBodyBytes) {
                results.add(FileResult.refused(name, "The text is larger than a source may be."));
                continue;
            }
            results.add(FileResult.imported(new ImportedDocument(
                    name,
                    title,
                    string(item, "container-title"),
                    authors(item.get("author")),
                    url(item),
                    issued(item.get("issued")),
                    string(item, "language"),
                    keywords(string(item, "keyword")),
                    null,
                    null,
                    body,
                    List.of(),
                    null)));
        }
        return results;
    }

    private static @Nullable String authors(@Nullable JsonNode names) {
        if (names == null || !names.isArray()) {
            return null;
        }
        List<AuthorName> read = new ArrayList<>();
        for (JsonNode name : names) {
            String literal = string(name, "literal");
            String family = string(name, "family");
            if (literal != null) {
                read.add(AuthorName.literal(literal));
            } else if (family != null) {
                String particle = String.join(
                        " ",
                        List.of(
                                        orEmpty(string(name, "dropping-particle")),
                                        orEmpty(string(name, "non-dropping-particle")))
                                .stream()
                                .filter(part -> !part.isEmpty())
                                .toList());
                String given = orEmpty(string(name, "given"));
                read.add(
                        given.isEmpty()
                                ? AuthorName.literal(particle.isEmpty() ? family : particle + " " + family)
                                : AuthorName.person(given, particle, family));
            }
        }
        return read.isEmpty() ? null : AuthorNames.canonical(read);
    }

    private static @Nullable String url(JsonNode item) {
        String url = string(item, "URL");
        if (url != null) {
            return url;
        }
        String doi = string(item, "DOI");
        return doi == null
                ? null
                : "https://doi.org/" + doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
    }

    /** {"date-parts": [[2025, 3, 1]]}, a missing day or month read as the first; or "raw": "2025-03-01". */
    private static @Nullable LocalDate issued(@Nullable JsonNode issued) {
        if (issued == null) {
            return null;
        }
        try {
            JsonNode parts = issued.path("date-parts").path(0);
            if (parts.isArray() && !parts.isEmpty()) {
                return LocalDate.of(
                        parts.get(0).asInt(),
                        Math.max(1, parts.path(1).asInt(1)),
                        Math.max(1, parts.path(2).asInt(1)));
            }
            String raw = string(issued, "raw");
            return raw != null && raw.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(raw) : null;
        } catch (DateTimeException | NumberFormatException impossible) {
            return null;
        }
    }

    private static List<String> keywords(@Nullable String keywords) {
        if (keywords == null) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[,;]"))
                .map(String::strip)
                .filter(keyword -> !keyword.isEmpty())
                .map(keyword -> keyword.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** An abstract or note as text: Zotero writes notes as HTML. */
    private static String plain(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.contains("<") ? Jsoup.parse(text).wholeText().strip() : text.strip();
    }

    private static @Nullable String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.stringValue() : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
