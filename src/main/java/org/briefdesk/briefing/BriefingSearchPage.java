package org.briefdesk.briefing;

import java.util.List;

/** One page of briefing search results and the total number of matching briefings. */
public record BriefingSearchPage(List<BriefingHit> hits, long total) {

    public BriefingSearchPage {
        hits = List.copyOf(hits);
    }
}
