package org.briefdesk.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in for local accounts (issue #18): each user sets it up for their own account with
 * an authenticator app, and gets recovery codes for the day the phone is lost. Administrators can
 * only turn it off for someone (who then signs in with the password alone and sets it up again).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Briefdesk";

    /** Whether the caller's account has two-factor sign-in, and how many recovery codes are left. */
    public record Status(boolean on, long recoveryCodesLeft) {}

    /** A key being set up: what the user types or scans into the authenticator app. */
    public record Setup(String secret, String keyUri) {

        /** The key in groups of four, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final TwoFactorKeyRepository keys;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecondFactor secondFactor;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    TwoFactorService(
            TwoFactorKeyRepository keys,
            RecoveryCodeRepository recoveryCodes,
            SecondFactor secondFactor,
            CurrentUser currentUser,
            AuditLog auditLog,
            Clock clock) {
        this.keys = keys;
        this.recoveryCodes = recoveryCodes;
        this.secondFactor = secondFactor;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Status status() {
        String me = currentUser.requireUsername();
        boolean on = secondFactor.isOn(me);
        return new Status(on, on ? recoveryCodes.countByUsernameAndUsedAtIsNull(me) : 0);
    }

    /** Starts setting up a new key for the caller (replacing one set up before but not confirmed). */
    public Setup begin() {
        String me = currentUser.requireUsername();
        if (secondFactor.isOn(me)) {
            throw new ActionRefusedException("Two-factor sign-in is on already. Turn it off first to use another app.");
        }
        keys.findById(me).ifPresent(keys::delete);
        keys.flush();
        String secret = OneTimePasswords.newSecret();
        keys.save(new TwoFactorKey(me, secret, clock.instant()));
        return new Setup(secret, OneTimePasswords.keyUri(ISSUER, me, secret));
    }

    /**
     * Turns two-factor sign-in on once the user has typed a current code from the key being set up;
     * returns the new recovery codes, shown only this once.
     */
    public List<String> confirm(String code) {
        String me = currentUser.requireUsername();
        TwoFactorKey key = keys.findById(me)
                .filter(k -> !k.isEnabled())
                .orElseThrow(() -> new ActionRefusedException("Start setting up two-factor sign-in first."));
        Instant now = clock.instant();
        OptionalLong step = OneTimePasswords.matchingStep(key.secret(), code, key.lastStep(), now);
        if (step.isEmpty()) {
            throw new ActionRefusedException("That code is not right. Type the six digits the app shows now.");
        }
        key.enable(step.getAsLong(), now);
        auditLog.record(AuditEvent.TWO_FACTOR_ENABLED, "user:" + me, "with an authenticator app");
        return newRecoveryCodes(me);
    }

    /** New recovery codes for the caller, after a current code; the old ones stop working. */
    public List<String> renewRecoveryCodes(String code) {
        String me = currentUser.requireUsername();
        requireCode(me, code);
        auditLog.record(AuditEvent.RECOVERY_CODES_RENEWED, "user:" + me, "");
        return newRecoveryCodes(me);
    }

    /** Turns two-factor sign-in off for the caller, after a current code or a recovery code. */
    public void turnOff(String code) {
        String me = currentUser.requireUsername();
        requireCode(me, code);
        remove(me);
        auditLog.record(AuditEvent.TWO_FACTOR_DISABLED, "user:" + me, "by the user");
    }

    /** Turns two-factor sign-in off for someone who lost their phone and their recovery codes. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean turnOffFor(String username) {
        boolean wasOn = secondFactor.isOn(username);
        remove(username);
        if (wasOn) {
            auditLog.record(AuditEvent.TWO_FACTOR_DISABLED, "user:" + username, "by an administrator");
        }
        return wasOn;
    }

    /** Whether an account has two-factor sign-in on (for administrators' lists). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public boolean isOn(String username) {
        return secondFactor.isOn(username);
    }

    private void requireCode(String me, String code) {
        if (!secondFactor.isOn(me)) {
            throw new ActionRefusedException("Two-factor sign-in is not on.");
        }
        if (secondFactor.check(me, code).isEmpty()) {
            throw new ActionRefusedException(
                    "That code is not right. Type the six digits the app shows now, or a recovery code.");
        }
    }

    private List<String> newRecoveryCodes(String username) {
        recoveryCodes.deleteAllOf(username);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            String code = OneTimePasswords.newRecoveryCode();
            if (!codes.contains(code)) {
                codes.add(code);
                recoveryCodes.save(new RecoveryCode(username, OneTimePasswords.recoveryHash(code)));
            }
        }
        return List.copyOf(codes);
    }

    private void remove(String username) {
        recoveryCodes.deleteAllOf(username);
        keys.findById(username).ifPresent(keys::delete);
    }
}
