package org.briefdesk.source.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the importers: reads one uploaded file ({@code .txt}, {@code .md} /
 * {@code .markdown}, {@code .html} / {@code .htm}, a reference manager's export as CSL JSON
 * {@code .json}, BibTeX {@code .bib} or RIS {@code .ris}, or a {@code .zip} of those) into documents
 * or refusals. Stateless and safe to share between threads.
 */
public final class SourceFileReader {

    static final String UNSUPPORTED = "Briefdesk imports .txt, .md and .html files, or a .zip of them, and"
            + " reference manager exports: CSL JSON (.json), BibTeX (.bib) and RIS (.ris).";
    /** Inside a zip, articles and reference manager exports are read. */
    static final String UNSUPPORTED_IN_ZIP = "Briefdesk imports .txt, .md and .html files, and .json, .bib and"
            + " .ris reference manager exports, from a .zip.";

    static final String NESTED_ARCHIVE = "Archives inside archives are not imported.";

    static final String TOO_DEEP = "Briefdesk could not read this file: its markup is nested or repeated too"
            + " deeply. Save it as plain text (.txt) and import it again.";

    private static final Logger log = LoggerFactory.getLogger(SourceFileReader.class);

    private static final Set<String> OTHER_ARCHIVES =
            Set.of("zip", "gz", "tgz", "tar", "7z", "rar", "bz2", "xz", "jar");

    /** The formats this reader knows, by file name extension. */
    enum Format {
        TEXT,
        MARKDOWN,
        HTML,
        CSL_JSON,
        BIBTEX,
        RIS,
        ZIP,
        OTHER_ARCHIVE,
        UNSUPPORTED;

        static Format of(String fileName) {
            String extension = FileNames.extension(fileName);
            return switch (extension) {
                case "txt" -> TEXT;
                case "md", "markdown" -> MARKDOWN;
                case "html", "htm" -> HTML;
                case "json" -> CSL_JSON;
                case "bib" -> BIBTEX;
                case "ris" -> RIS;
                case "zip" -> ZIP;
                default -> OTHER_ARCHIVES.contains(extension) ? OTHER_ARCHIVE : UNSUPPORTED;
            };
        }

        boolean isDocument() {
            return this == TEXT || this == MARKDOWN || this == HTML;
        }

        boolean isReferenceFile() {
            return this == CSL_JSON || this == BIBTEX || this == RIS;
        }
    }

    private final ImportLimits limits;

    /** A reader that applies the given limits. */
    public SourceFileReader(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads one uploaded file. The result has one entry per document: a single one for a text,
     * Markdown or HTML file, one per reference for a reference manager's export (named
     * {@code "library.bib › Its title"}), one per file for a zip (in archive order, named by their
     * path inside it). A zip that is refused as a whole (corrupt, too many files, an entry path that escapes the
     * archive's folder, unpacking past the size limit) yields one refused result for the zip itself
     * and nothing else, so that nothing of it is stored. Never throws for bad input.
     */
    public List<FileResult> read(String fileName, byte[] content) {
        String name = FileNames.uploadName(fileName);
        if (content.length > limits.maxFileBytes()) {
            return List.of(FileResult.refused(name, tooLarge(content.length)));
        }
        Format format = Format.of(name);
        return switch (format) {
            case ZIP -> new ZipReader(this, limits).read(name, content);
            case CSL_JSON, BIBTEX, RIS -> readReferences(name, content, format);
            case OTHER_ARCHIVE, UNSUPPORTED -> List.of(FileResult.refused(name, UNSUPPORTED));
            case TEXT, MARKDOWN, HTML -> List.of(readDocument(name, content, format));
        };
    }

    /**
     * A reference manager's export: one result per reference, a reference without text added with
     * an empty body; or one refusal for a file that is not one, so that nothing of it is added.
     */
    private List<FileResult> readReferences(String name, byte[] content, Format format) {
        try {
            return ReferenceDocuments.read(name, references(content, format), limits.maxBodyBytes(), reference -> null);
        } catch (ImportRefusedException refused) {
            return List.of(FileResult.refused(
                    name, Objects.requireNonNullElse(refused.getMessage(), "The file was refused.")));
        }
    }

    /** The references in an export file, or a refusal of the whole file. */
    static List<Reference> references(byte[] content, Format format) throws ImportRefusedException {
        String text = TextDecoding.decode(content);
        try {
            return switch (format) {
                case CSL_JSON -> CslJsonImporter.read(text);
                case BIBTEX -> BibTexReader.read(text);
                case RIS -> RisReader.read(text);
                default -> throw new IllegalArgumentException("not a reference format: " + format);
            };
        } catch (StackOverflowError tooDeep) {
            log.warn("Reading a {} file overflowed the stack", format);
            throw new ImportRefusedException(TOO_DEEP);
        }
    }

    /** One text, Markdown or HTML file, already known to be within the file size limit. */
    FileResult readDocument(String name, byte[] content, Format format) {
        try {
            String text = TextDecoding.decode(content);
            ImportedDocument document = switch (format) {
                case TEXT -> TextImporter.read(name, text);
                case MARKDOWN -> MarkdownImporter.read(name, text);
                case HTML -> HtmlImporter.read(name, text);
                default -> throw new IllegalArgumentException("not a document format: " + format);
            };
            long bodyBytes = document.body().getBytes(StandardCharsets.UTF_8).length;
            if (bodyBytes > limits.maxBodyBytes()) {
                return FileResult.refused(
                        name, "The text is " + Sizes.overLimit(bodyBytes, limits.maxBodyBytes()) + ".");
            }
            return FileResult.imported(document);
        } catch (ImportRefusedException refused) {
            return FileResult.refused(name, Objects.requireNonNullElse(refused.getMessage(), "The file was refused."));
        } catch (StackOverflowError tooDeep) {
            // The importers read lines with loops and bounded expressions, but a file is the
            // user's to shape: markup nested or repeated past what they foresee is refused, not a
            // server error.
            log.warn("Reading {} overflowed the stack", name);
            return FileResult.refused(name, TOO_DEEP);
        }
    }

    String tooLarge(long bytes) {
        return "The file is " + Sizes.overLimit(bytes, limits.maxFileBytes()) + ".";
    }
}
