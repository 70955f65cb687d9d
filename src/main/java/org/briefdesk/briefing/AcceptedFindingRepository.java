package org.briefdesk.briefing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AcceptedFindingRepository extends JpaRepository<AcceptedFinding, Long> {

    List<AcceptedFinding> findByBriefingId(long briefingId);

    boolean existsByBriefingIdAndFingerprint(long briefingId, String fingerprint);
}
