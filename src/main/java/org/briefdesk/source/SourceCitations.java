package org.briefdesk.source;

import java.util.List;

/**
 * Which briefings cite a source. The briefing feature provides the implementation; the source
 * feature only asks, so that it does not depend on briefings.
 */
public interface SourceCitations {

    List<CitingBriefing> citing(String citationKey);
}
