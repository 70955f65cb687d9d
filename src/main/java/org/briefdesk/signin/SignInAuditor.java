package org.briefdesk.signin;

import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out that Spring Security announces to the audit log. */
@Component
class SignInAuditor {

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
                event.getAuthentication() instanceof CodeAuthenticationProvider.SecondFactorAuthentication second
                        ? second.method().description()
                        : "",
                ThrottlingAuthenticationProvider.clientAddress(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
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
            case DisabledException disabled -> "account disabled";
            case BadCredentialsException badCredentials -> "wrong password or unknown user name";
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
