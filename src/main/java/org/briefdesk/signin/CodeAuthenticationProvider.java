package org.briefdesk.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Checks the code of the second step. The account's lock from failed passwords does not apply
 * here (the password was right, and a lock others' guesses caused must not keep out the owner), but
 * wrong codes are counted apart and lock further codes the same way ({@link SignInThrottle}).
 */
final class CodeAuthenticationProvider implements AuthenticationProvider {

    private final SecondFactor secondFactor;
    private final SignInThrottle throttle;
    private final UserDetailsService users;

    CodeAuthenticationProvider(SecondFactor secondFactor, SignInThrottle throttle, UserDetailsService users) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = ThrottlingAuthenticationProvider.clientAddress(authentication);
        if (throttle.codesLocked(username)) {
            throw new LockedException("Too many wrong codes; locked for a while");
        }
        SecondFactor.Method method = secondFactor
                .check(username, String.valueOf(authentication.getCredentials()))
                .orElseThrow(() -> {
                    throttle.codeFailed(username, address);
                    return new BadCredentialsException("Wrong two-factor code");
                });
        UserDetails user = users.loadUserByUsername(username);
        if (!user.isEnabled()) {
            throw new DisabledException("The account was disabled");
        }
        throttle.succeeded(username);
        return new SecondFactorAuthentication(user, method, authentication.getDetails());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return CodeAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A finished sign-in, with how the second step was passed (for the audit log). */
    static final class SecondFactorAuthentication extends UsernamePasswordAuthenticationToken {

        private final SecondFactor.Method method;

        SecondFactorAuthentication(UserDetails user, SecondFactor.Method method, Object details) {
            super(user, null, user.getAuthorities());
            this.method = method;
            setDetails(details);
        }

        SecondFactor.Method method() {
            return method;
        }
    }
}
