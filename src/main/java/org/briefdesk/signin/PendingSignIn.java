package org.briefdesk.signin;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in halfway through: the password was right, the code is still to come. Kept in the
 * session for {@link #VALID_FOR}, for at most {@link #MAX_ATTEMPTS} codes.
 */
public record PendingSignIn(String username, Instant since, int attempts) implements Serializable {

    /** The session attribute the pending sign-in is kept in. */
    public static final String ATTRIBUTE = PendingSignIn.class.getName();

    static final Duration VALID_FOR = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;

    /** The session's pending sign-in, if there is one that has not run out. */
    public static Optional<PendingSignIn> of(@Nullable Object attribute, Instant now) {
        return attribute instanceof PendingSignIn pending
                        && now.isBefore(pending.since().plus(VALID_FOR))
                        && pending.attempts() < MAX_ATTEMPTS
                ? Optional.of(pending)
                : Optional.empty();
    }

    static Optional<PendingSignIn> of(@Nullable HttpSession session, Instant now) {
        return session == null ? Optional.empty() : of(session.getAttribute(ATTRIBUTE), now);
    }

    PendingSignIn failedOnce() {
        return new PendingSignIn(username, since, attempts + 1);
    }
}
