package org.briefdesk.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.briefdesk.base.Sha256;
import org.briefdesk.citation.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A warning of the Checks an editor accepted for a briefing, with the reason. It is recognised again
 * by its fingerprint: the finding's message and the words it selects, wherever they move to.
 */
@Entity
@Table(name = "accepted_finding")
class AcceptedFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "fingerprint", nullable = false, updatable = false, columnDefinition = "CHAR(64)")
    private String fingerprint;

    @Column(name = "message", nullable = false, updatable = false, length = 1000)
    private String message;

    @Column(name = "reason", nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "accepted_by", nullable = false, updatable = false, length = 64)
    private String acceptedBy;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @SuppressWarnings("NullAway.Init")
    protected AcceptedFinding() {}

    AcceptedFinding(long briefingId, Finding finding, String selected, String reason, String acceptedBy, Instant at) {
        this.briefingId = briefingId;
        this.fingerprint = fingerprint(finding, selected);
        this.message = finding.message().length() > 1000 ? finding.message().substring(0, 1000) : finding.message();
        this.reason = reason;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = at;
    }

    /** The finding's message and the words it selects (in the text or in its key judgment). */
    static String fingerprint(Finding finding, String selected) {
        // The UTF-8 of the message, a zero byte and the UTF-8 of the words, as the stored
        // fingerprints were made (the zero keeps a lone surrogate at either end unpaired).
        return Sha256.hex(finding.message() + '\0' + selected);
    }

    String fingerprint() {
        return fingerprint;
    }

    CheckReport.Acceptance toAcceptance() {
        return new CheckReport.Acceptance(reason, acceptedBy, acceptedAt);
    }
}
