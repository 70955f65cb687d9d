package org.briefdesk.signon;

import java.util.Collection;
import java.util.Map;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in through the provider: the provider's ID token (kept for signing out there too)
 * and the Briefdesk account it stands for, whose roles are the authorities. A {@link UserDetails}
 * as well, so that the session registry finds the user's sessions by user name like any other.
 */
record SignOnUser(
        BriefdeskPrincipal account,
        OidcIdToken idToken,
        @Nullable OidcUserInfo userInfo) implements OidcUser, UserDetails, SignedInUser {

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public String toString() {
        return "SignOnUser[" + account.username() + "]";
    }
}
