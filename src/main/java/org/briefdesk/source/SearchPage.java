package org.briefdesk.source;

import java.util.List;

/** One page of search results and the total number of matching sources. */
public record SearchPage(List<SourceHit> hits, long total) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
