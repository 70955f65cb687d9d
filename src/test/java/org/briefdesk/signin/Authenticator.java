package org.briefdesk.signin;

import java.time.Instant;
import java.util.List;
import org.briefdesk.user.ActingUser;

/** An authenticator app for tests in other packages: turns two-factor sign-in on for a user. */
public final class Authenticator {

    private Authenticator() {}

    /** Sets up two-factor sign-in as the user would, with a computed code; returns the recovery codes. */
    public static List<String> turnOn(ActingUser actingUser, TwoFactorService twoFactor, String username) {
        return actingUser.as(username, () -> {
            String secret = twoFactor.begin().secret();
            return twoFactor.confirm(OneTimePasswords.code(secret, Instant.now()));
        });
    }
}
