package org.briefdesk.signin;

/** For tests elsewhere: counts a failed sign-in as the sign-in form would. */
public final class SignInAttempts {

    private SignInAttempts() {}

    public static void fail(SignInThrottle throttle, String username, String address) {
        throttle.failed(username, address);
    }
}
