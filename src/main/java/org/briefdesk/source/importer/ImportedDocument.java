package org.briefdesk.source.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article read from a file, normalised, ready to be stored as a source.
 *
 * @param fileName the file's name; for archive entries the path inside the archive, e.g.
 *     {@code 2024/nov/a.txt}
 * @param title one line of text
 * @param authors several authors separated by commas, e.g. {@code A. Singh, B. Tanaka}
 * @param language a language tag such as {@code en} or {@code en-GB}
 * @param reliability Admiralty source reliability {@code A}..{@code F}, from front matter only
 * @param credibility Admiralty information credibility 1..6, from front matter only
 * @param tlp the TLP marking, from front matter only; null when the file has none
 * @param doi a reference's DOI, lower-case without its resolver prefix (see {@link
 *     org.briefdesk.source.Doi}); null for articles and references without one
 * @param body the text, as {@link BodyText#normalize(String)} leaves it; the empty string for a
 *     reference from a reference manager's export that carries no text (no attached article,
 *     abstract or note): such a source is added in the <em>text missing</em> state and cannot be
 *     quoted until its text is added. Articles (.txt, .md, .html) never have an empty body; they
 *     are refused instead
 * @param strippedLines the boilerplate lines removed from the body, in order, as they read
 */
public record ImportedDocument(
        String fileName,
        String title,
        @Nullable String outlet,
        @Nullable String authors,
        @Nullable String url,
        @Nullable LocalDate publishedDate,
        @Nullable String language,
        List<String> tags,
        @Nullable Character reliability,
        @Nullable Integer credibility,
        String body,
        List<String> strippedLines,
        org.briefdesk.marking.@Nullable Tlp tlp,
        @Nullable String doi) {

    public ImportedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
        strippedLines = List.copyOf(strippedLines);
    }

    /** An article read from a file of its own, which carries no DOI. */
    public ImportedDocument(
            String fileName,
            String title,
            @Nullable String outlet,
            @Nullable String authors,
            @Nullable String url,
            @Nullable LocalDate publishedDate,
            @Nullable String language,
            List<String> tags,
            @Nullable Character reliability,
            @Nullable Integer credibility,
            String body,
            List<String> strippedLines,
            org.briefdesk.marking.@Nullable Tlp tlp) {
        this(
                fileName,
                title,
                outlet,
                authors,
                url,
                publishedDate,
                language,
                tags,
                reliability,
                credibility,
                body,
                strippedLines,
                tlp,
                null);
    }
}
