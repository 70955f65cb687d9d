package org.briefdesk.signon;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.Role;
import org.briefdesk.user.SignOnAccounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's signed-in user into a Briefdesk account: user name from {@code
 * preferred_username}, name from {@code name}, e-mail address from {@code email} (unless the provider says
 * it is not verified), roles from the configured roles claim. A refusal
 * (disabled account, unusable user name) is audited here, with the user name, and ends the sign-in
 * with "sign-in failed" like a wrong password.
 */
class SignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal audited already (see {@code signin.SignInAuditor}). */
    static final String REFUSED = "briefdesk_refused";

    private final OidcUserService provider = new OidcUserService();
    private final SignOnAccounts accounts;
    private final SignOnSettings settings;
    private final AuditLog auditLog;

    SignOnUserService(SignOnAccounts accounts, SignOnSettings settings, AuditLog auditLog) {
        this.accounts = accounts;
        this.settings = settings;
        this.auditLog = auditLog;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String username = Optional.ofNullable(user.getPreferredUsername()).orElse("");
        if (username.isBlank()) {
            throw refused("", "the provider sent no preferred_username");
        }
        SignOnAccounts.Claims claims = new SignOnAccounts.Claims(
                request.getClientRegistration().getProviderDetails().getIssuerUri() + "|" + user.getSubject(),
                username,
                Optional.ofNullable(user.getFullName()).orElse(""),
                Optional.ofNullable(user.getEmail()).filter(email -> !Boolean.FALSE.equals(user.getEmailVerified())),
                roles(user));
        try {
            BriefdeskPrincipal account = accounts.signOn(claims);
            return new SignOnUser(account, user.getIdToken(), user.getUserInfo());
        } catch (SignOnAccounts.Refused refusal) {
            throw refused(refusal.username(), refusal.getMessage());
        }
    }

    private Optional<Set<Role>> roles(OidcUser user) {
        if (settings.rolesClaim().isEmpty()) {
            return Optional.empty();
        }
        Object claim = user.getClaims().get(settings.rolesClaim());
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? Set.of() : Set.of(claim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            settings.role(String.valueOf(value)).ifPresent(roles::add);
        }
        // Signed in through the provider, everyone may at least read.
        roles.add(Role.READER);
        return Optional.of(roles);
    }

    private OAuth2AuthenticationException refused(String username, String reason) {
        auditLog.record(
                AuditEvent.SIGN_IN_FAILED,
                username,
                "user:" + username,
                "single sign-on through " + settings.name() + " refused: " + reason);
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, reason, null));
    }
}
