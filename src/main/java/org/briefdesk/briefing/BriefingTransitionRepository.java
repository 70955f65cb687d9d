package org.briefdesk.briefing;

import java.util.List;
import java.util.Optional;
import org.briefdesk.review.Action;

interface BriefingTransitionRepository
        extends org.springframework.data.jpa.repository.JpaRepository<BriefingTransition, Long> {

    List<BriefingTransition> findByBriefingIdOrderByOccurredAtDescIdDesc(long briefingId);

    Optional<BriefingTransition> findFirstByBriefingIdAndActionOrderByOccurredAtDescIdDesc(
            long briefingId, Action action);
}
