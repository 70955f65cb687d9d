package org.briefdesk.source.importer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one file. Exactly one of {@code document} and {@code refusal} is set.
 *
 * @param fileName the name to show, safe to display (no control or bidi-override characters)
 * @param document the article read from the file, unless it was refused
 * @param refusal why the file was not imported, as a message for the user
 */
public record FileResult(
        String fileName,
        @Nullable ImportedDocument document,
        @Nullable String refusal) {

    public FileResult {
        Objects.requireNonNull(fileName, "fileName");
        if ((document == null) == (refusal == null)) {
            throw new IllegalArgumentException("a file result has either a document or a refusal");
        }
    }

    /** A file read into a document. */
    public static FileResult imported(ImportedDocument document) {
        return new FileResult(document.fileName(), document, null);
    }

    /** A file that is not imported, and why. */
    public static FileResult refused(String fileName, String reason) {
        return new FileResult(fileName, null, reason);
    }

    /** Whether the file was refused rather than read. */
    public boolean isRefused() {
        return refusal != null;
    }
}
