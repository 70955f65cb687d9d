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
import org.briefdesk.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/** One user's choice for one kind of notification; no row means the kind's default. */
@Entity
@Table(name = "mail_preference")
class MailPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 16)
    private Delivery delivery;

    @SuppressWarnings("NullAway.Init")
    protected MailPreference() {}

    MailPreference(String username, NotificationKind kind, Delivery delivery) {
        this.username = username;
        this.kind = kind;
        this.delivery = delivery;
    }

    NotificationKind kind() {
        return kind;
    }

    Delivery delivery() {
        return delivery;
    }

    void choose(Delivery delivery) {
        this.delivery = delivery;
    }
}
