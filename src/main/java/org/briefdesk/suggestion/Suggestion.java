package org.briefdesk.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One suggested change to a briefing's text, by one person, against one revision. */
@Entity
@Table(name = "suggestion")
class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "base_revision_id", nullable = false, updatable = false)
    private long baseRevisionId;

    /** Where the passage started in the revision it was made against: the order of outdated ones. */
    @Column(name = "base_start", nullable = false, updatable = false)
    private int baseStart;

    @Column(name = "original_text", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String original;

    @Column(name = "replacement", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String replacement;

    @Column(name = "context_before", nullable = false, updatable = false, length = 200)
    private String contextBefore;

    @Column(name = "context_after", nullable = false, updatable = false, length = 200)
    private String contextAfter;

    @Column(name = "note", updatable = false, length = 1000)
    private @Nullable String note;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private SuggestionState state = SuggestionState.PENDING;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    /** The revision that took an accepted suggestion in. */
    @Column(name = "decided_revision_id")
    private @Nullable Long decidedRevisionId;

    @SuppressWarnings("NullAway.Init")
    protected Suggestion() {}

    Suggestion(
            long briefingId,
            long baseRevisionId,
            int baseStart,
            SuggestionAnchor anchor,
            String replacement,
            @Nullable String note,
            String author,
            Instant createdAt) {
        this.briefingId = briefingId;
        this.baseRevisionId = baseRevisionId;
        this.baseStart = baseStart;
        this.original = anchor.original();
        this.contextBefore = anchor.before();
        this.contextAfter = anchor.after();
        this.replacement = replacement;
        this.note = note;
        this.author = author;
        this.createdAt = createdAt;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long briefingId() {
        return briefingId;
    }

    int baseStart() {
        return baseStart;
    }

    SuggestionAnchor anchor() {
        return new SuggestionAnchor(original, contextBefore, contextAfter);
    }

    String replacement() {
        return replacement;
    }

    @Nullable
    String note() {
        return note;
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }

    SuggestionState state() {
        return state;
    }

    boolean pending() {
        return state == SuggestionState.PENDING;
    }

    @Nullable
    String decidedBy() {
        return decidedBy;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    void decide(SuggestionState decision, String by, Instant at, @Nullable Long revisionId) {
        this.state = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decidedRevisionId = revisionId;
    }
}
