package org.briefdesk.signin;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The code typed on the code page, for the user whose password was right a moment ago. */
final class CodeAuthenticationToken extends AbstractAuthenticationToken {

    private final String username;
    private final String code;

    CodeAuthenticationToken(String username, String code) {
        super(List.of());
        this.username = username;
        this.code = code;
        setAuthenticated(false);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return code;
    }
}
