package org.briefdesk.source;

/** The files the library exports to for reference managers and citation tools (issue #19). */
public enum LibraryFormat {
    CSL_JSON("CSL JSON", "json", "application/vnd.citationstyles.csl+json"),
    BIBTEX("BibTeX", "bib", "application/x-bibtex");

    private final String label;
    private final String extension;
    private final String contentType;

    LibraryFormat(String label, String extension, String contentType) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
