package org.briefdesk.publishing;

/** The documents an edition downloads as besides Markdown (issue #19). */
public enum EditionDocument {
    WORD("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    EditionDocument(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The document a download address ends in ("….docx", "….pdf"), if any. */
    public static java.util.Optional<EditionDocument> ofAddress(String name) {
        for (EditionDocument document : values()) {
            if (name.endsWith("." + document.extension)) {
                return java.util.Optional.of(document);
            }
        }
        return java.util.Optional.empty();
    }

    byte[] write(FrozenEdition edition) {
        return switch (this) {
            case WORD -> EditionDocuments.docx(edition);
            case PDF -> EditionDocuments.pdf(edition);
        };
    }
}
