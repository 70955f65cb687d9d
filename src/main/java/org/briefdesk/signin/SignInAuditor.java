package org.briefdesk.signin;

import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out that Spring Security announces to the audit log. */
@Component
class SignInAuditor {

    /** The error of a single sign-on the application refused (disabled account): audited already. */
    static final String REFUSED_AT_SIGN_ON = "briefdesk_refused";

    private final AuditLog auditLog;

    SignInAuditor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.record(
                AuditEvent.SIGN_IN,
                username,
                "user:" + username,
                switch (event.getAuthentication()) {
                    case CodeAuthenticationProvider.SecondFactorAuthentication second ->
                        second.method().description();
                    case OAuth2LoginAuthenticationToken signOn -> "through single sign-on";
                    case OAuth2AuthenticationToken signOn -> "through single sign-on";
                    default -> "";
                },
                ThrottlingAuthenticationProvider.clientAddress(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof OAuth2AuthenticationException refusal
                && REFUSED_AT_SIGN_ON.equals(refusal.getError().getErrorCode())) {
            return; // audited where it was refused, with the user name
        }
        if (event.getException() instanceof ProviderNotFoundException
                && event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            // The global manager, asked after the single sign-on chain's own failed: that one says why.
            return;
        }
        String tried = SignInThrottle.accountKey(event.getAuthentication().getName());
        auditLog.record(
                AuditEvent.SIGN_IN_FAILED,
                tried,
                "user:" + tried,
                event.getAuthentication() instanceof CodeAuthenticationToken
                        ? codeReason(event.getException())
                        : reason(event.getException()),
                ThrottlingAuthenticationProvider.clientAddress(event.getAuthentication()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        // The address of the sign-out request itself, not the one the session signed in from.
        auditLog.record(AuditEvent.SIGN_OUT, username, "user:" + username, "");
    }

    /** What an administrator needs to know; the person signing in is only ever told "failed". */
    private static String reason(AuthenticationException failure) {
        return switch (failure) {
            case LockedException locked -> "refused: locked after too many failed sign-ins";
            case ThrottlingAuthenticationProvider.LocalSignInOffException off -> "local sign-in is switched off";
            case DisabledException disabled -> "account disabled";
            case BadCredentialsException badCredentials -> "wrong password or unknown user name";
            case OAuth2AuthenticationException signOn ->
                "single sign-on failed: " + signOn.getError().getErrorCode();
            default -> "could not be checked: " + failure.getClass().getSimpleName();
        };
    }

    /** The same for the second step: the password was right, the code was not. */
    private static String codeReason(AuthenticationException failure) {
        return switch (failure) {
            case LockedException locked -> "refused: too many wrong two-factor codes";
            case DisabledException disabled -> "account disabled";
            case BadCredentialsException badCredentials -> "right password, wrong two-factor code";
            default -> "could not be checked: " + failure.getClass().getSimpleName();
        };
    }
}
