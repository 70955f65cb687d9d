package org.briefdesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "message", nullable = false, length = 1000)
    private String message;

    @Column(name = "link", nullable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @SuppressWarnings("NullAway.Init")
    protected Notification() {}

    Notification(String recipient, NotificationKind kind, String message, String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.message = message;
        this.link = link;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Notification not saved yet");
        }
        return id;
    }

    String recipient() {
        return recipient;
    }

    NotificationKind kind() {
        return kind;
    }

    String message() {
        return message;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
