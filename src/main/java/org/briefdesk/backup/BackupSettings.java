package org.briefdesk.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The backup endpoint's token ({@code BRIEFDESK_BACKUP_TOKEN}). It grants a full copy of the
 * database, so it must be long enough that guessing is hopeless.
 */
@ConfigurationProperties("briefdesk.backup")
record BackupSettings(String token) {

    /** The condition under which the backup endpoint exists at all. */
    static final String ENABLED = "!'${briefdesk.backup.token:}'.isBlank()";

    static final int MIN_TOKEN_LENGTH = 32;

    BackupSettings {
        token = token == null ? "" : token.strip();
    }

    /** Fails at start-up, not at the first backup, on a token that is too short to be safe. */
    void checkStrength() {
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("BRIEFDESK_BACKUP_TOKEN is too short: use at least " + MIN_TOKEN_LENGTH
                    + " random characters, for example from `openssl rand -hex 32`.");
        }
    }

    /**
     * Whether an {@code Authorization} header carries this token as a bearer token. The comparison
     * takes as long whatever the header holds, so that timing does not reveal the token bit by bit.
     */
    boolean admits(@Nullable String authorization) {
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : "";
        return !token.isEmpty()
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BackupSettings[token=…]";
    }
}
