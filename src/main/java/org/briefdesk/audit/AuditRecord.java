package org.briefdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One stored audit entry. Written once and never changed: Hibernate treats it as immutable, every
 * column is not updatable, and the repository offers no way to delete. It has no {@code @Version}
 * for the same reason (there is no concurrent update to detect), like the briefing timeline.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 32)
    private AuditEvent kind;

    @Column(name = "actor", updatable = false, length = 64)
    private @Nullable String actor;

    @Column(name = "target", nullable = false, updatable = false, length = 200)
    private String target;

    @Column(name = "detail", nullable = false, updatable = false, length = 1000)
    private String detail;

    @Column(name = "client_address", updatable = false, length = 64)
    private @Nullable String clientAddress;

    @SuppressWarnings("NullAway.Init")
    protected AuditRecord() {}

    AuditRecord(
            Instant occurredAt,
            AuditEvent kind,
            @Nullable String actor,
            String target,
            String detail,
            @Nullable String clientAddress) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
        this.target = target;
        this.detail = detail;
        this.clientAddress = clientAddress;
    }

    AuditEntry toEntry() {
        if (id == null) {
            throw new IllegalStateException("Audit entry not saved yet");
        }
        return new AuditEntry(id, occurredAt, kind, actor, target, detail, clientAddress);
    }
}
