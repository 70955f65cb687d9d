package org.briefdesk.signin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** With local sign-in switched off (BRIEFDESK_LOCAL_SIGN_IN=false) no password signs in, not even a right one. */
class LocalSignInOffTest {

    @Test
    void a_password_is_refused_before_anything_is_looked_up() {
        ThrottlingAuthenticationProvider passwords = new ThrottlingAuthenticationProvider(
                username -> {
                    throw new AssertionError("no account may be looked up");
                },
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                null,
                null,
                false);

        assertThatThrownBy(() -> passwords.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("adam", "the-right-password")))
                .isInstanceOf(DisabledException.class)
                .hasMessage("Local sign-in is switched off");
    }
}
