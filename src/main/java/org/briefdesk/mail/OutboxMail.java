package org.briefdesk.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox, composed when it was queued. The sender claims it (see {@link
 * OutboxMailRepository#claim}) before sending; after a failed attempt it is due again later, and
 * after the last one it stays as failed.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    /** How long to wait after each failed attempt; after one more failure than listed, give up. */
    static final List<Duration> RETRY_AFTER = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6));

    private static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;

    @Column(name = "address", nullable = false, length = 254)
    private String address;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String textBody;

    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 64)
    private @Nullable String claimedBy;

    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "failed_at")
    private @Nullable Instant failedAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @SuppressWarnings("NullAway.Init")
    protected OutboxMail() {}

    OutboxMail(String recipient, String address, ComposedMail mail, Instant now) {
        this.recipient = recipient;
        this.address = address;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.createdAt = now;
        this.dueAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Mail not queued yet");
        }
        return id;
    }

    String recipient() {
        return recipient;
    }

    String address() {
        return address;
    }

    ComposedMail content() {
        return new ComposedMail(subject, textBody, htmlBody);
    }

    int attempts() {
        return attempts;
    }

    boolean claimedBy(String claim) {
        return claim.equals(claimedBy);
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    Instant failedAt() {
        return failedAt;
    }

    @Nullable
    String lastError() {
        return lastError;
    }

    /**
     * Counts a failed attempt and releases the claim: the mail is due again after the next wait, or,
     * after the last attempt, marked failed for good.
     *
     * @return whether that was the last attempt
     */
    boolean attemptFailed(String error, Instant now) {
        attempts++;
        claimedBy = null;
        claimedUntil = null;
        lastError = error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        if (attempts > RETRY_AFTER.size()) {
            failedAt = now;
            return true;
        }
        dueAt = now.plus(RETRY_AFTER.get(attempts - 1));
        return false;
    }
}
