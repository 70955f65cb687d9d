package org.briefdesk.source.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The files of a zip archive read into results, in archive order. An archive may hold a reference
 * manager's export: Zotero's "Export Collection…" with "Export Files" writes a folder with
 * {@code My Library.bib} (or {@code .ris}, {@code .json}) and the attachments in {@code files/12/},
 * which users zip. Each reference's first attached article ({@code .html}, {@code .txt}, {@code .md})
 * is then its text, in preference to its abstract or note, since the full text is what analysts
 * quote; PDFs are not read. Attachments are not imported again as articles of their own, nor are the
 * other files of their folders that are not articles (a snapshot's images). An export that cannot be
 * read refuses the whole archive, so that its attachments are not added without it.
 */
final class ArchiveImport {

    private final SourceFileReader reader;
    private final ImportLimits limits;

    ArchiveImport(SourceFileReader reader, ImportLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    List<FileResult> read(List<ArchiveFile> files) throws ImportRefusedException {
        Map<String, ArchiveFile> byPath = new HashMap<>();
        files.forEach(file -> byPath.putIfAbsent(file.path(), file));
        Map<ArchiveFile, List<Reference>> exports = new IdentityHashMap<>();
        Set<String> attached = new HashSet<>();
        Set<String> exportFolders = new HashSet<>();
        for (ArchiveFile file : files) {
            if (file.format().isReferenceFile()) {
                List<Reference> references = references(file);
                exports.put(file, references);
                exportFolders.add(Attachments.folder(file.path()));
                for (Reference reference : references) {
                    for (String attachment : reference.attachments()) {
                        Attachments.resolve(file.path(), attachment)
                                .filter(byPath::containsKey)
                                .ifPresent(attached::add);
                    }
                }
            }
        }
        Set<String> attachmentFolders = new HashSet<>();
        attached.forEach(path -> attachmentFolders.add(Attachments.folder(path)));
        attachmentFolders.removeAll(exportFolders);
        List<FileResult> results = new ArrayList<>();
        for (ArchiveFile file : files) {
            boolean article = file.format().isDocument() || file.format().isReferenceFile();
            if (attached.contains(file.path())
                    || (!article && attachmentFolders.contains(Attachments.folder(file.path())))) {
                continue;
            }
            List<Reference> references = exports.get(file);
            if (references != null) {
                results.addAll(ReferenceDocuments.read(
                        file.shownName(),
                        references,
                        limits.maxBodyBytes(),
                        reference -> attachedText(file.path(), reference, byPath)));
            } else {
                results.add(single(file));
            }
        }
        return results;
    }

    private List<Reference> references(ArchiveFile file) throws ImportRefusedException {
        String problem;
        if (file.size() > limits.maxFileBytes()) {
            problem = reader.tooLarge(file.size());
        } else {
            try {
                return SourceFileReader.references(file.bytes(), file.format());
            } catch (ImportRefusedException refused) {
                problem = String.valueOf(refused.getMessage());
            }
        }
        throw new ImportRefusedException("Nothing in the archive was imported: its reference file \u201c"
                + file.shownName() + "\u201d was refused. " + problem);
    }

    private FileResult single(ArchiveFile file) {
        SourceFileReader.Format format = file.format();
        if (format == SourceFileReader.Format.ZIP || format == SourceFileReader.Format.OTHER_ARCHIVE) {
            return FileResult.refused(file.shownName(), SourceFileReader.NESTED_ARCHIVE);
        } else if (!format.isDocument()) {
            return FileResult.refused(file.shownName(), SourceFileReader.UNSUPPORTED_IN_ZIP);
        } else if (file.size() > limits.maxFileBytes()) {
            return FileResult.refused(file.shownName(), reader.tooLarge(file.size()));
        }
        return reader.readDocument(file.shownName(), file.bytes(), format);
    }

    /** The text of the reference's first attached article that has any; null when none has. */
    private @Nullable String attachedText(String exportPath, Reference reference, Map<String, ArchiveFile> byPath) {
        for (String attachment : reference.attachments()) {
            Optional<ArchiveFile> file =
                    Attachments.resolve(exportPath, attachment).map(byPath::get);
            if (file.isPresent()
                    && file.get().format().isDocument()
                    && file.get().size() <= limits.maxFileBytes()) {
                String text = articleText(file.get());
                if (text != null && !text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * The article's text as its importer reads it; a plain-text attachment whole, since its first
     * line is not the title that a .txt article starts with.
     */
    private static @Nullable String articleText(ArchiveFile file) {
        try {
            String text = TextDecoding.decode(file.bytes());
            return switch (file.format()) {
                case HTML -> HtmlImporter.read(file.shownName(), text).body();
                case MARKDOWN -> MarkdownImporter.read(file.shownName(), text).body();
                default -> BodyText.normalize(Boilerplate.strip(text).text());
            };
        } catch (ImportRefusedException | StackOverflowError unreadable) {
            return null;
        }
    }
}
