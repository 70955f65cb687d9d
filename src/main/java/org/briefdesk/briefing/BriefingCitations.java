package org.briefdesk.briefing;

import java.util.List;
import org.briefdesk.source.CitingBriefing;
import org.briefdesk.source.SourceCitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the source pages which briefings cite them (by their current revision). */
@Component
class BriefingCitations implements SourceCitations {

    private final RevisionCitationRepository citations;

    BriefingCitations(RevisionCitationRepository citations) {
        this.citations = citations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CitingBriefing> citing(String citationKey) {
        return citations.findBriefingsCiting(citationKey).stream()
                .map(b -> new CitingBriefing(b.id(), b.title(), b.status().label()))
                .toList();
    }
}
