package org.briefdesk.source.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.source.AuthorName;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CSL JSON file (Zotero's and Better BibTeX's export, pandoc's and citeproc's format) into
 * its references (issue #19): title, authors as family and given names, container, issued date,
 * URL and DOI, language, keywords, and as text the abstract or, failing that, the note. A file that
 * is not CSL JSON is refused as a whole, so nothing of it is added.
 */
final class CslJsonImporter {

    static final String NOT_CSL_JSON =
            "This is not a CSL JSON export (a list of references, as Zotero's \"CSL JSON\" export writes it).";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CslJsonImporter() {}

    static List<Reference> read(String text) throws ImportRefusedException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException broken) {
            throw new ImportRefusedException(NOT_CSL_JSON);
        }
        JsonNode items = root != null && root.isObject() && root.has("items") ? root.get("items") : root;
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new ImportRefusedException(NOT_CSL_JSON);
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new ImportRefusedException(NOT_CSL_JSON);
            }
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode item : items) {
            String abstractOrNote = ReferenceDocuments.plainText(string(item, "abstract"));
            if (abstractOrNote.isBlank()) {
                abstractOrNote = ReferenceDocuments.plainText(string(item, "note"));
            }
            String keywords = string(item, "keyword");
            references.add(new Reference(
                    string(item, "title"),
                    authors(item.get("author")),
                    string(item, "container-title"),
                    issued(item.get("issued")),
                    string(item, "URL"),
                    string(item, "DOI"),
                    string(item, "language"),
                    keywords == null ? List.of() : List.of(keywords),
                    abstractOrNote,
                    List.of()));
        }
        return references;
    }

    private static List<AuthorName> authors(@Nullable JsonNode names) {
        if (names == null || !names.isArray()) {
            return List.of();
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
        return read;
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
