package org.briefdesk.source.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an importer found in a file, before the steps every format shares: boilerplate stripped,
 * text normalised, title and body required.
 */
final class DocumentParts {

    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");

    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");

    private final String fileName;

    @Nullable
    String title;

    @Nullable
    String outlet;

    final List<String> authors = new ArrayList<>();

    @Nullable
    String url;

    @Nullable
    LocalDate publishedDate;

    @Nullable
    String language;

    final Set<String> tags = new LinkedHashSet<>();

    @Nullable
    Character reliability;

    @Nullable
    Integer credibility;

    org.briefdesk.marking.@Nullable Tlp tlp;

    String body = "";

    DocumentParts(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The finished document.
     *
     * @param noTitle the refusal when no title was found, saying where this format looks for one
     */
    ImportedDocument finish(String noTitle) throws ImportRefusedException {
        String cleanTitle = title == null ? "" : oneLine(title);
        if (cleanTitle.isEmpty()) {
            throw new ImportRefusedException(noTitle);
        }
        Boilerplate.Result stripped = Boilerplate.strip(body);
        String cleanBody = BodyText.normalize(stripped.text());
        if (cleanBody.isEmpty()) {
            throw new ImportRefusedException(
                    stripped.strippedLines().isEmpty()
                            ? "The file has a title but no article text."
                            : "The file has a title but no article text once page boilerplate is removed.");
        }
        List<String> cleanAuthors = authors.stream()
                .map(DocumentParts::oneLine)
                .filter(author -> !author.isEmpty())
                .distinct()
                .toList();
        List<String> cleanTags = tags.stream()
                .map(DocumentParts::oneLine)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
        return new ImportedDocument(
                fileName,
                cleanTitle,
                blankToNull(outlet),
                cleanAuthors.isEmpty() ? null : String.join(", ", cleanAuthors),
                blankToNull(url),
                publishedDate,
                blankToNull(language),
                cleanTags,
                reliability,
                credibility,
                cleanBody,
                stripped.strippedLines(),
                tlp);
    }

    /**
     * Normalised text on one line: titles, names and tags never span lines, and hold no invisible
     * format characters (bidi marks, joiners), which the service refuses in one-line fields.
     */
    static String oneLine(String text) {
        return FORMAT_CHARACTERS
                .matcher(BodyText.normalize(text))
                .replaceAll("")
                .replace('\n', ' ')
                .replaceAll(" {2,}", " ")
                .strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String clean = oneLine(value);
        return clean.isEmpty() ? null : clean;
    }
}
