package org.briefdesk.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One text a source has had. Never changed once written. */
@Entity
@Table(name = "source_version")
class SourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "body_sha256", nullable = false, updatable = false, columnDefinition = "CHAR(64)")
    private String bodySha256;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected SourceVersion() {}

    SourceVersion(long sourceId, int number, String body, String bodySha256, String createdBy, Instant createdAt) {
        this.sourceId = sourceId;
        this.number = number;
        this.body = body;
        this.bodySha256 = bodySha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long sourceId() {
        return sourceId;
    }

    int number() {
        return number;
    }

    String body() {
        return body;
    }

    String bodySha256() {
        return bodySha256;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
