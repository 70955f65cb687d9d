package org.briefdesk.source.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.briefdesk.source.AuthorName;
import org.briefdesk.source.AuthorNames;
import org.briefdesk.source.Doi;
import org.briefdesk.source.SourceRules;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * The references of one export file as documents, the steps every reference format shares: each
 * is named {@code "My Library.bib › Its title"}; one without a title is refused by that name; its
 * text is the attached article's when there is one, else the abstract or note, else empty, which
 * adds it as <em>text missing</em> (see {@link ImportedDocument#body()}).
 */
final class ReferenceDocuments {

    static final String NO_TITLE = "The reference has no title.";

    /** Babel's and biblatex's names for languages whose English name is not the one used. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of(
            "american", "en-US",
            "usenglish", "en-US",
            "british", "en-GB",
            "ukenglish", "en-GB",
            "ngerman", "de",
            "austrian", "de-AT",
            "naustrian", "de-AT",
            "brazil", "pt-BR",
            "brazilian", "pt-BR",
            "nynorsk", "nn");

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private ReferenceDocuments() {}

    /**
     * @param fullText the text of a reference's attached article, or null when it has none
     */
    static List<FileResult> read(
            String fileName,
            List<Reference> references,
            long maxBodyBytes,
            Function<Reference, @Nullable String> fullText) {
        List<FileResult> results = new ArrayList<>();
        int number = 0;
        for (Reference reference : references) {
            number++;
            String title = reference.title() == null ? "" : DocumentParts.oneLine(reference.title());
            String name = FileNames.display(fileName + " › " + (title.isEmpty() ? "reference " + number : title));
            if (title.isEmpty()) {
                results.add(FileResult.refused(name, NO_TITLE));
                continue;
            }
            String attached = fullText.apply(reference);
            String body = BodyText.normalize(attached != null && !attached.isBlank() ? attached : reference.text());
            long bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
            if (bodyBytes > maxBodyBytes) {
                results.add(FileResult.refused(name, "The text is " + Sizes.overLimit(bodyBytes, maxBodyBytes) + "."));
                continue;
            }
            results.add(FileResult.imported(new ImportedDocument(
                    name,
                    title,
                    oneLineOrNull(reference.container()),
                    authors(reference.authors()),
                    url(reference),
                    reference.date(),
                    language(reference.language()),
                    tags(reference.keywords()),
                    null,
                    null,
                    body,
                    List.of(),
                    null,
                    Doi.normalize(reference.doi()).orElse(null))));
        }
        return results;
    }

    /** An abstract or note as text: Zotero writes notes as HTML. */
    static String plainText(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return HTML_TAG.matcher(text).find() ? Jsoup.parse(text).wholeText().strip() : text.strip();
    }

    /**
     * The names in their stored form, as many as fit the field: a paper's fifty authors would
     * otherwise have the whole reference refused.
     */
    private static @Nullable String authors(List<AuthorName> names) {
        List<AuthorName> fitting = new ArrayList<>();
        for (AuthorName written : names) {
            AuthorName name = oneLine(written);
            if (name.display().isEmpty()) {
                continue;
            }
            fitting.add(name);
            if (AuthorNames.canonical(fitting).length() > SourceRules.AUTHORS_MAX) {
                fitting.removeLast();
                break;
            }
        }
        return fitting.isEmpty() ? null : AuthorNames.canonical(fitting);
    }

    /** A name whose parts are each one line: an export may continue a name on the next line. */
    private static AuthorName oneLine(AuthorName name) {
        String literal = name.literal();
        if (literal != null) {
            return AuthorName.literal(DocumentParts.oneLine(literal));
        }
        String given = DocumentParts.oneLine(name.given());
        String particle = DocumentParts.oneLine(name.particle());
        String family = DocumentParts.oneLine(name.family());
        if (family.isEmpty() || given.isEmpty()) {
            return AuthorName.literal(
                    String.join(" ", given, particle, family).strip().replaceAll(" +", " "));
        }
        return AuthorName.person(given, particle, family);
    }

    /** The URL, or the DOI's address. */
    private static @Nullable String url(Reference reference) {
        String url = oneLineOrNull(reference.url());
        if (url != null) {
            return url;
        }
        String doi = oneLineOrNull(reference.doi());
        return doi == null
                ? null
                : "https://doi.org/" + doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
    }

    /** A language tag as written, or the tag of a language named in English ("english", "ngerman"). */
    private static @Nullable String language(@Nullable String language) {
        String written = oneLineOrNull(language);
        if (written == null || DocumentParts.LANGUAGE.matcher(written).matches()) {
            return written;
        }
        String name = written.toLowerCase(Locale.ROOT);
        if (LANGUAGE_NAMES.containsKey(name)) {
            return LANGUAGE_NAMES.get(name);
        }
        return Arrays.stream(Locale.getISOLanguages())
                .filter(code ->
                        Locale.of(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(written))
                .findFirst()
                .orElse(null);
    }

    /**
     * Keywords as tags: split at commas and semicolons, lower case, each once. Dashes and slashes
     * become hyphens ("Russia–Ukraine", "EU/NATO"), brackets, quotes and a hashtag's # around it go;
     * a keyword that still is not a tag the source rules accept ("C++") is left out rather than have
     * the reference refused.
     */
    private static List<String> tags(List<String> keywords) {
        return keywords.stream()
                .flatMap(keyword -> Arrays.stream(keyword.split("[,;]")))
                .map(keyword -> DocumentParts.oneLine(keyword)
                        .replaceAll("[\\p{Pd}/]", "-")
                        .replaceAll("^[\\p{Ps}\\p{Pi}\\p{Pf}\"'#]+|[\\p{Pe}\\p{Pi}\\p{Pf}\"']+$", "")
                        .toLowerCase(Locale.ROOT))
                .filter(tag -> SourceRules.tagProblem(tag).isEmpty())
                .distinct()
                .toList();
    }

    private static @Nullable String oneLineOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String line = DocumentParts.oneLine(text);
        return line.isEmpty() ? null : line;
    }
}
