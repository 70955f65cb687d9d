package org.briefdesk.signin;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, and the account wants a code as well: not a failure, the first of two
 * steps. {@link SignInFailureHandler} remembers the step and sends the browser to the code page.
 */
class SecondFactorRequiredException extends AuthenticationException {

    private final String username;

    SecondFactorRequiredException(String username) {
        super("A two-factor code is needed");
        this.username = username;
    }

    String username() {
        return username;
    }
}
