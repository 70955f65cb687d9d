package org.briefdesk.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** The retraction of a briefing's editions: a row of its own, so the editions stay as published. */
@Entity
@Immutable
@Table(name = "edition_retraction")
class EditionRetraction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "slug", nullable = false, updatable = false, length = 120)
    private String slug;

    @Column(name = "reason", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String reason;

    @Column(name = "retracted_by", nullable = false, updatable = false, length = 64)
    private String retractedBy;

    @Column(name = "retracted_at", nullable = false, updatable = false)
    private Instant retractedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected EditionRetraction() {}

    EditionRetraction(long briefingId, String slug, String reason, String retractedBy, Instant retractedAt) {
        this.briefingId = briefingId;
        this.slug = slug;
        this.reason = reason;
        this.retractedBy = retractedBy;
        this.retractedAt = retractedAt;
    }

    String slug() {
        return slug;
    }

    Retraction toRetraction() {
        return new Retraction(reason, retractedBy, retractedAt);
    }
}
