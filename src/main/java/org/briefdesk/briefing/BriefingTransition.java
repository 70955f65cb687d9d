package org.briefdesk.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.briefdesk.review.Action;
import org.jspecify.annotations.Nullable;

/** One step of a briefing's timeline. Never changed once written. */
@Entity
@Table(name = "briefing_transition")
class BriefingTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 24)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false, length = 24)
    private BriefingStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 24)
    private BriefingStatus to;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "comment", updatable = false, columnDefinition = "TEXT")
    private @Nullable String comment;

    @Column(name = "revision_id", updatable = false)
    private @Nullable Long revisionId;

    @SuppressWarnings("NullAway.Init")
    protected BriefingTransition() {}

    BriefingTransition(
            long briefingId,
            Action action,
            BriefingStatus from,
            BriefingStatus to,
            String actor,
            Instant occurredAt,
            @Nullable String comment,
            @Nullable Long revisionId) {
        this.briefingId = briefingId;
        this.action = action;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
        this.revisionId = revisionId;
    }

    TransitionSummary toSummary() {
        return new TransitionSummary(action, from, to, actor, occurredAt, comment, revisionId);
    }

    Action action() {
        return action;
    }

    @Nullable
    String comment() {
        return comment;
    }
}
