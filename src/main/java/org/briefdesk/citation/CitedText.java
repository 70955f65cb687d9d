package org.briefdesk.citation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Markdown text with its code regions, citation groups and quotations found once, so that the preview
 * ({@link MarkdownPipeline#render(CitedText, SourceLookup)}) and the checks
 * ({@link QuotationChecker#check(CitedText, SourceLookup, java.util.Map)}) of the same text do not
 * each scan it again.
 */
public final class CitedText {

    private final String markdown;
    /** For each character, whether it is inside code (see {@link CodeRegions#mask}). */
    final boolean[] code;

    private final List<CitationGroup> groups;
    /** Found on first use, then shared by every check of this text. */
    private @Nullable List<Quotation> quotations;

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

    /** The quotations in document order (see {@link QuotationChecker#quotations(CitedText)}), found once. */
    List<Quotation> quotations() {
        if (quotations == null) {
            quotations = QuotationChecker.findQuotations(markdown, code, groups);
        }
        return quotations;
    }
}
