package org.briefdesk.briefing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.source.CitingBriefing;
import org.briefdesk.source.SourceCitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the source pages which briefings cite them (by their current revision): by title only those
 * the caller may open, the others as a number, so a source page never names someone's draft.
 */
@Component
class BriefingCitations implements SourceCitations {

    private final RevisionCitationRepository citations;
    private final BriefingAccess access;

    BriefingCitations(RevisionCitationRepository citations, BriefingAccess access) {
        this.citations = citations;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public CitedBy citing(String citationKey) {
        Map<Boolean, List<Briefing>> byAccess =
                citations.findBriefingsCiting(citationKey).stream().collect(Collectors.partitioningBy(access::mayOpen));
        return new CitedBy(
                byAccess.get(true).stream()
                        .map(b -> new CitingBriefing(
                                b.id(), b.slug(), b.title(), b.status().label(), access.worksOn(b)))
                        .toList(),
                byAccess.get(false).size());
    }
}
