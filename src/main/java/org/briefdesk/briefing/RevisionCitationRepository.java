package org.briefdesk.briefing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionCitationRepository extends JpaRepository<RevisionCitation, Long> {

    List<RevisionCitation> findByRevisionIdOrderByPosition(long revisionId);

    /** Briefings whose current revision cites the source. */
    @Query("select distinct b from Briefing b, RevisionCitation c where c.revisionId = b.currentRevisionId"
            + " and c.sourceKey = :sourceKey order by b.updatedAt desc")
    List<Briefing> findBriefingsCiting(String sourceKey);
}
