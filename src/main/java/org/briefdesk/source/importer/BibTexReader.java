package org.briefdesk.source.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.source.AuthorName;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.jspecify.annotations.Nullable;

/**
 * Reads a BibTeX or BibLaTeX file with jbibtex into its references, entries of any type: title,
 * authors (editors when there are none), container, date, URL, DOI, language, keywords, and as text
 * the abstract, else the note or annotation; the {@code file} field's attachments. {@code @string}
 * abbreviations and {@code crossref} inheritance are jbibtex's. A file jbibtex cannot parse is
 * refused as a whole, saying where, so that nothing of a half-read file is added.
 */
final class BibTexReader {

    static final String NO_ENTRIES = "This is not a BibTeX file: it holds no entries such as @article{…}.";

    private static final List<String> CONTAINERS = List.of("journaltitle", "journal", "booktitle", "publisher");
    private static final List<String> TEXTS = List.of("abstract", "note", "annote", "annotation");
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*([^,\\s]+)");

    private BibTexReader() {}

    static List<Reference> read(String text) throws ImportRefusedException {
        BibTeXDatabase database = parse(text);
        List<Reference> references = new ArrayList<>();
        for (BibTeXObject object : database.getObjects()) {
            if (object instanceof BibTeXEntry entry) {
                references.add(reference(entry));
            }
        }
        if (references.isEmpty()) {
            throw new ImportRefusedException(NO_ENTRIES);
        }
        return references;
    }

    private static Reference reference(BibTeXEntry entry) {
        String title = latex(entry, "title");
        String subtitle = latex(entry, "subtitle");
        List<AuthorName> authors = names(entry, "author");
        String date = raw(entry, "date");
        String keywords = latex(entry, "keywords");
        String file = raw(entry, "file");
        return new Reference(
                title != null && subtitle != null ? title + ": " + subtitle : title,
                authors.isEmpty() ? names(entry, "editor") : authors,
                first(entry, CONTAINERS),
                date != null
                        ? ReferenceDates.parse(date)
                        : ReferenceDates.yearMonth(latex(entry, "year"), latex(entry, "month")),
                verbatim(raw(entry, "url")),
                verbatim(raw(entry, "doi")),
                first(entry, List.of("langid", "language")),
                keywords == null ? List.of() : List.of(keywords),
                ReferenceDocuments.plainText(first(entry, TEXTS)),
                file == null ? List.of() : Attachments.bibtexFileField(file));
    }

    private static BibTeXDatabase parse(String text) throws ImportRefusedException {
        try {
            // A crossref to an entry the file does not hold inherits nothing, as in BibTeX, rather
            // than refusing the file.
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkCrossReferenceResolution(Key key, @Nullable BibTeXEntry entry) {}
            };
            return parser.parse(new StringReader(text));
        } catch (ParseException | TokenMgrException broken) {
            throw new ImportRefusedException(brokenMessage(text, broken));
        } catch (ObjectResolutionException undefined) {
            throw new ImportRefusedException("The BibTeX file uses the abbreviation \u201c"
                    + FileNames.display(String.valueOf(undefined.getMessage()))
                    + "\u201d without defining it with @string, so nothing of it was imported.");
        }
    }

    /** Where the file stopped making sense, and in which entry. */
    private static String brokenMessage(String text, Exception broken) {
        Token next =
                broken instanceof ParseException parse && parse.currentToken != null ? parse.currentToken.next : null;
        boolean atEnd = next == null || next.kind == 0;
        int line = atEnd ? (int) text.lines().count() : next.beginLine;
        String entry = entryBefore(text, line);
        String where = atEnd
                ? "The BibTeX file ends inside an entry" + entry + ": a closing brace or quote is missing"
                : "The BibTeX file cannot be read at line " + line + ", column " + next.beginColumn + entry
                        + ": a brace, quote or comma is missing or misplaced";
        return where + ", so nothing of it was imported.";
    }

    /**
     * The key of the last entry that starts outside braces before the line: an entry whose brace is
     * never closed takes the rest of the file with it, so the entries after it do not count.
     */
    private static String entryBefore(String text, int line) {
        String key = null;
        int depth = 0;
        int lineNumber = 1;
        for (int i = 0; i < text.length() && lineNumber <= line; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n') {
                lineNumber++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '@' && depth == 0) {
                Matcher matcher = ENTRY_START.matcher(text).region(i, text.length());
                key = matcher.lookingAt() ? matcher.group(1) : key;
            }
        }
        return key == null ? "" : " (in or after the entry \u201c" + FileNames.display(key) + "\u201d)";
    }

    private static List<AuthorName> names(BibTeXEntry entry, String field) {
        String value = raw(entry, field);
        return value == null ? List.of() : BibTexNames.parse(value);
    }

    private static @Nullable String first(BibTeXEntry entry, List<String> fields) {
        for (String field : fields) {
            String value = latex(entry, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A field's text, LaTeX turned into Unicode. */
    private static @Nullable String latex(BibTeXEntry entry, String field) {
        String value = raw(entry, field);
        return value == null ? null : LaTeXText.toUnicode(value);
    }

    /**
     * A field as written, strings expanded and crossrefs followed; null when absent or blank.
     * Followed here rather than by {@link BibTeXEntry#getField}, which recurses for ever round a
     * crossref cycle ({@code @misc{a, crossref = {a}}}).
     */
    private static @Nullable String raw(BibTeXEntry entry, String field) {
        Key key = new Key(field);
        Set<BibTeXEntry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BibTeXEntry source = entry; source != null && seen.add(source); source = source.getCrossReference()) {
            Value value = source.getFields().get(key);
            if (value != null) {
                String text = value.toUserString();
                return text.isBlank() ? null : text.strip();
            }
        }
        return null;
    }

    /** URLs and DOIs are verbatim in BibLaTeX; BibTeX writers escape a few characters in them. */
    private static @Nullable String verbatim(@Nullable String value) {
        return value == null ? null : value.replaceAll("\\\\([_%#&~$])", "$1").replaceAll("^\\{(.*)}$", "$1");
    }
}
