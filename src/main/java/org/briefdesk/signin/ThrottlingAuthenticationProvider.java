package org.briefdesk.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password as Spring's {@link DaoAuthenticationProvider} does, under the
 * {@link SignInThrottle}. The password is checked even when the sign-in is locked, so that a locked
 * attempt takes as long as any other and its answer, "sign-in failed", says nothing more.
 *
 * <p>Being the only {@link AuthenticationProvider} bean, Spring Security makes it the provider of
 * the global authentication manager (and no longer builds one from the {@link UserDetailsService}).
 *
 * <p>For an account with two-factor sign-in on, the right password is only the first step: it ends
 * in a {@link SecondFactorRequiredException}, and {@link CodeSignIn} takes the code.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SecondFactor secondFactor;
    private final boolean localSignIn;

    ThrottlingAuthenticationProvider(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            SecondFactor secondFactor,
            @Value("${briefdesk.sign-in.local:true}") boolean localSignIn) {
        this.passwords = new DaoAuthenticationProvider(userDetailsService);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.localSignIn = localSignIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!localSignIn) {
            throw new LocalSignInOffException();
        }
        String username = authentication.getName();
        String address = clientAddress(authentication);
        boolean locked = throttle.isLocked(username, address);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException failure) {
            throttle.failed(username, address);
            throw locked ? new LockedException("Sign-in is locked for a while", failure) : failure;
        }
        if (secondFactor.isOn(result.getName())) {
            // The code decides, even when someone else's guesses locked the account: whoever has the
            // password and a current code is the account's owner (issue #18). Nothing is counted yet.
            throw new SecondFactorRequiredException(result.getName());
        }
        if (locked) {
            // The right password, refused only because the account or the address must wait: not
            // a guess, so it counts against neither (a colleague behind a throttled office address
            // must not lock their own account by trying again).
            throw new LockedException("Sign-in is locked for a while");
        }
        throttle.succeeded(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** User names and passwords are switched off: only single sign-on signs in. */
    static final class LocalSignInOffException extends DisabledException {
        LocalSignInOffException() {
            super("Local sign-in is switched off");
        }
    }

    /**
     * The address the sign-in request came from, as the servlet container reports it: the proxy's
     * {@code X-Forwarded-For} only when forwarded headers are configured (README, "Behind a proxy").
     */
    static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
