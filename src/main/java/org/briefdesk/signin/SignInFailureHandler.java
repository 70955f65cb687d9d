package org.briefdesk.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a sign-in goes when it did not finish: to the code page when only the code is missing
 * (remembering the user name in the session), else back to the login page with its error.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final Clock clock;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SignInFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SecondFactorRequiredException required) {
            request.getSession()
                    .setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(required.username(), clock.instant(), 0));
            redirects.sendRedirect(request, response, CodeSignIn.CODE_PATH);
            return;
        }
        redirects.sendRedirect(request, response, CodeSignIn.LOGIN_PATH + "?error");
    }
}
