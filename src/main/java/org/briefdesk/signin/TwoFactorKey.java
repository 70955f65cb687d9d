package org.briefdesk.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account's TOTP key. Being set up until the user has typed one code from it ({@code enabledAt}
 * empty); after that, a password alone no longer signs the account in. {@code lastStep} is the time
 * step of the last code accepted, so that no code is accepted twice.
 */
@Entity
@Table(name = "two_factor")
class TwoFactorKey {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "totp_secret", nullable = false, length = 64)
    private String secret;

    @Column(name = "enabled_at")
    private @Nullable Instant enabledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected TwoFactorKey() {}

    TwoFactorKey(String username, String secret, Instant now) {
        this.username = username;
        this.secret = secret;
        this.createdAt = now;
    }

    String username() {
        return username;
    }

    String secret() {
        return secret;
    }

    boolean isEnabled() {
        return enabledAt != null;
    }

    long lastStep() {
        return lastStep;
    }

    void enable(long step, Instant now) {
        this.enabledAt = now;
        this.lastStep = step;
    }

    void used(long step) {
        this.lastStep = Math.max(lastStep, step);
    }
}
