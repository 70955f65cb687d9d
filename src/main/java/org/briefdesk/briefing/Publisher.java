package org.briefdesk.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.briefdesk.tradecraft.KeyJudgment;

/**
 * Freezes and withdraws editions. The publishing feature provides the implementation; the workflow
 * only calls it inside its own transaction, so that a briefing is published exactly when its
 * edition is stored, and the briefing feature does not depend on publishing.
 */
public interface Publisher {

    /**
     * Stores the approved text as the next edition and returns its number. Runs in the publishing
     * transaction: a refusal ({@link org.briefdesk.base.ActionRefusedException}) leaves the briefing
     * approved and nothing stored.
     */
    int publish(PublicationRequest request);

    /** The key judgments of the briefing's latest edition; empty if it has none yet. */
    Optional<List<KeyJudgment>> latestJudgments(long briefingId);

    /** Records the retraction of the briefing's editions; the reading pages show the reason instead. */
    void retract(long briefingId, String reason, String retractedBy, Instant retractedAt);
}
