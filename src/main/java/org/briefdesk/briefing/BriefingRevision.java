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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/** One saved state of a briefing. Never changed once written. */
@Entity
@Table(name = "briefing_revision")
class BriefingRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private RevisionKind kind;

    @Column(name = "author_username", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message", updatable = false, length = 500)
    private @Nullable String message;

    @Column(name = "base_revision_id", updatable = false)
    private @Nullable Long baseRevisionId;

    @Column(name = "title", nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "summary", updatable = false, length = 1000)
    private @Nullable String summary;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    /** A save that overlapped changes made meanwhile: kept, never the current text. */
    @Column(name = "conflicted", nullable = false, updatable = false)
    private boolean conflicted;

    /** The fields a later save merges from this revision; null in revisions older than V7. */
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", updatable = false, length = 16)
    private @Nullable Audience audience;

    /** Tags, one a line; null in revisions older than V7. */
    @Column(name = "tags", updatable = false, columnDefinition = "TEXT")
    private @Nullable String tags;

    /** Co-authors' user names, one a line; null in revisions older than V7. */
    @Column(name = "co_authors", updatable = false, columnDefinition = "TEXT")
    private @Nullable String coAuthors;

    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", updatable = false, length = 16)
    private @Nullable Tlp tlp;

    @Enumerated(EnumType.STRING)
    @Column(name = "yardstick", updatable = false, length = 16)
    private @Nullable Yardstick yardstick;

    @Column(name = "key_judgments", updatable = false, columnDefinition = "TEXT")
    private @Nullable String keyJudgments;

    @SuppressWarnings("NullAway.Init")
    protected BriefingRevision() {}

    BriefingRevision(
            long briefingId,
            int number,
            RevisionKind kind,
            String author,
            Instant createdAt,
            @Nullable String message,
            @Nullable Long baseRevisionId,
            BriefingContent content,
            boolean conflicted) {
        this.briefingId = briefingId;
        this.number = number;
        this.kind = kind;
        this.author = author;
        this.createdAt = createdAt;
        this.message = message;
        this.baseRevisionId = baseRevisionId;
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.conflicted = conflicted;
        this.audience = content.audience();
        this.tags = joinLines(content.tags());
        this.coAuthors = joinLines(content.coAuthors());
        this.tlp = content.tlp();
        this.yardstick = content.yardstick();
        this.keyJudgments = KeyJudgments.encode(content.judgments());
    }

    /** The marking as saved; null in revisions written before markings. */
    @Nullable
    Tlp tlp() {
        return tlp;
    }

    @Nullable
    Yardstick yardstick() {
        return yardstick;
    }

    /** The key judgments as saved; null in revisions written before judgments. */
    @Nullable
    List<KeyJudgment> judgments() {
        return keyJudgments == null ? null : KeyJudgments.decode(keyJudgments);
    }

    private static String joinLines(Set<String> values) {
        return String.join("\n", new TreeSet<>(values));
    }

    private static @Nullable Set<String> splitLines(@Nullable String joined) {
        if (joined == null) {
            return null;
        }
        return joined.isEmpty() ? Set.of() : Set.of(joined.split("\n"));
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Revision not saved yet");
        }
        return id;
    }

    long briefingId() {
        return briefingId;
    }

    int number() {
        return number;
    }

    RevisionKind kind() {
        return kind;
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    String message() {
        return message;
    }

    @Nullable
    Long baseRevisionId() {
        return baseRevisionId;
    }

    String title() {
        return title;
    }

    @Nullable
    String summary() {
        return summary;
    }

    String body() {
        return body;
    }

    boolean conflicted() {
        return conflicted;
    }

    @Nullable
    Audience audience() {
        return audience;
    }

    /** The tags, or null when this revision is older than the merge and did not record them. */
    @Nullable
    Set<String> tags() {
        return splitLines(tags);
    }

    /** The co-authors, or null when this revision is older than the merge and did not record them. */
    @Nullable
    Set<String> coAuthors() {
        return splitLines(coAuthors);
    }
}
