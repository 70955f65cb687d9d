package org.briefdesk.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A thread of comments on a briefing: on a passage (its anchor) or on the whole briefing. */
@Entity
@Table(name = "comment_thread")
class CommentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "anchor_quote", updatable = false, columnDefinition = "TEXT")
    private @Nullable String anchorQuote;

    @Column(name = "anchor_before", updatable = false, length = 200)
    private @Nullable String anchorBefore;

    @Column(name = "anchor_after", updatable = false, length = 200)
    private @Nullable String anchorAfter;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "resolved_by", length = 64)
    private @Nullable String resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @SuppressWarnings("NullAway.Init")
    protected CommentThread() {}

    CommentThread(long briefingId, @Nullable PassageAnchor anchor, String startedBy, Instant startedAt) {
        this.briefingId = briefingId;
        if (anchor != null) {
            this.anchorQuote = anchor.quote();
            this.anchorBefore = anchor.before();
            this.anchorAfter = anchor.after();
        }
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long briefingId() {
        return briefingId;
    }

    @Nullable
    PassageAnchor anchor() {
        return anchorQuote == null
                ? null
                : new PassageAnchor(
                        anchorQuote, anchorBefore == null ? "" : anchorBefore, anchorAfter == null ? "" : anchorAfter);
    }

    String startedBy() {
        return startedBy;
    }

    Instant startedAt() {
        return startedAt;
    }

    boolean resolved() {
        return resolvedAt != null;
    }

    @Nullable
    String resolvedBy() {
        return resolvedBy;
    }

    @Nullable
    Instant resolvedAt() {
        return resolvedAt;
    }

    void resolve(String by, Instant at) {
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    void reopen() {
        this.resolvedBy = null;
        this.resolvedAt = null;
    }
}
