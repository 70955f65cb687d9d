package org.briefdesk.source;

import java.util.List;

/**
 * Which briefings cite a source. The briefing feature provides the implementation; the source
 * feature only asks, so that it does not depend on briefings.
 */
public interface SourceCitations {

    /**
     * The briefings that cite the source (by their current revision) that the caller may open, and
     * how many more cite it that the caller may not: those are counted, never named.
     */
    CitedBy citing(String citationKey);

    /** What the caller may know of the briefings citing a source. */
    record CitedBy(List<CitingBriefing> briefings, int othersNotOpen) {

        public static final CitedBy NONE = new CitedBy(List.of(), 0);

        public CitedBy {
            briefings = List.copyOf(briefings);
        }

        public boolean isEmpty() {
            return briefings.isEmpty() && othersNotOpen == 0;
        }
    }
}
