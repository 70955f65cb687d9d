package org.briefdesk.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A citation a revision made: which source, pinned to the version it was made against. */
@Entity
@Table(name = "revision_citation")
class RevisionCitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private long revisionId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "source_key", nullable = false, updatable = false, length = 80)
    private String sourceKey;

    @Column(name = "source_version", updatable = false)
    private @Nullable Integer sourceVersion;

    @Column(name = "locator", updatable = false, length = 200)
    private @Nullable String locator;

    @Column(name = "quoted_text", updatable = false, columnDefinition = "TEXT")
    private @Nullable String quotedText;

    @SuppressWarnings("NullAway.Init")
    protected RevisionCitation() {}

    RevisionCitation(
            long revisionId,
            int position,
            String sourceKey,
            @Nullable Integer sourceVersion,
            @Nullable String locator,
            @Nullable String quotedText) {
        this.revisionId = revisionId;
        this.position = position;
        this.sourceKey = sourceKey;
        this.sourceVersion = sourceVersion;
        this.locator = locator;
        this.quotedText = quotedText;
    }

    String sourceKey() {
        return sourceKey;
    }

    @Nullable
    Integer sourceVersion() {
        return sourceVersion;
    }

    @Nullable
    String locator() {
        return locator;
    }

    @Nullable
    String quotedText() {
        return quotedText;
    }

    long revisionId() {
        return revisionId;
    }
}
