package org.briefdesk.briefing;

import java.util.List;
import org.briefdesk.index.SnippetPart;

/** A briefing found by a search, with the matched passage of its text or summary. */
public record BriefingHit(BriefingSummary briefing, List<SnippetPart> snippet) {

    public BriefingHit {
        snippet = List.copyOf(snippet);
    }
}
