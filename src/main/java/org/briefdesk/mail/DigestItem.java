package org.briefdesk.mail;

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
import org.briefdesk.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/** A notification waiting for its recipient's next daily digest; collected items stay as a record. */
@Entity
@Table(name = "mail_digest_item")
class DigestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    @Column(name = "digest_token", length = 64)
    private @Nullable String digestToken;

    @Column(name = "collected_at")
    private @Nullable Instant collectedAt;

    @SuppressWarnings("NullAway.Init")
    protected DigestItem() {}

    DigestItem(String recipient, NotificationKind kind, String message, String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.message = message;
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationKind kind() {
        return kind;
    }

    MailComposer.Item toItem() {
        return new MailComposer.Item(kind, message, link, createdAt);
    }
}
