package org.briefdesk.citation;

import java.util.List;

/**
 * A Markdown text with its code regions and citation groups found once, so that the preview
 * ({@link MarkdownPipeline#render(CitedText, SourceLookup)}) and the checks
 * ({@link QuotationChecker#check(CitedText, SourceLookup, java.util.Map)}) of the same text do not
 * each scan it again.
 */
public final class CitedText {

    private final String markdown;
    /** For each character, whether it is inside code (see {@link CodeRegions#mask}). */
    final boolean[] code;

    private final List<CitationGroup> groups;

    private CitedText(String markdown, boolean[] code, List<CitationGroup> groups) {
        this.markdown = markdown;
        this.code = code;
        this.groups = groups;
    }

    public static CitedText of(String markdown) {
        boolean[] code = CodeRegions.mask(markdown);
        return new CitedText(markdown, code, List.copyOf(CitationParser.parse(markdown, code)));
    }

    public String markdown() {
        return markdown;
    }

    /** Whether the character at {@code offset} is inside code (a code span or block). */
    public boolean inCode(int offset) {
        return offset >= 0 && offset < code.length && code[offset];
    }

    /** The citation groups in document order. */
    public List<CitationGroup> groups() {
        return groups;
    }
}
