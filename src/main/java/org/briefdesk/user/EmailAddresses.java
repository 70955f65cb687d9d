package org.briefdesk.user;

import java.time.Clock;
import java.util.Optional;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail addresses of accounts, for the system's own work: the mail sender looks up where to
 * write, and sign-in through an identity provider fills in the address the provider vouches for.
 * Both run without a user's request to check, so this class has no method security of its own;
 * screens change addresses through {@link UserService#changeEmail} (administrators) and {@link
 * MyAccount} (each user for themselves), which share its rules: a valid address, stored in lower
 * case, on one account only, every change in the audit log.
 */
@Component
public class EmailAddresses {

    private final UserAccountRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    EmailAddresses(UserAccountRepository users, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Where to write to the user: their address, if they have one and their account is enabled. */
    @Transactional(readOnly = true)
    public Optional<String> of(String username) {
        return users.findByUsername(username).filter(UserAccount::enabled).flatMap(UserAccount::email);
    }

    /**
     * Sets the address of an existing account, as the system (for instance from an identity
     * provider's claims at sign-in); blank or null removes it.
     *
     * @throws ActionRefusedException if the address is not valid or belongs to another account
     */
    @Transactional
    public void assign(String username, @Nullable String email) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new ActionRefusedException("There is no account '" + username + "'."));
        change(account, email == null ? "" : email, account.username());
    }

    /**
     * Checks, stores and audits a new address for the account; blank removes it. {@code actor} is who
     * made the change for the audit log (the signed-in user when null).
     */
    void change(UserAccount account, String email, @Nullable String actor) {
        AccountRules.emailProblem(email).ifPresent(problem -> {
            throw new ActionRefusedException("E-mail address: " + problem);
        });
        String normalized = AccountRules.normalizeEmail(email);
        String after = normalized.isEmpty() ? null : normalized;
        String before = account.email().orElse(null);
        if (after == null ? before == null : after.equals(before)) {
            return;
        }
        if (after != null) {
            users.findByEmail(after).filter(other -> other.id() != account.id()).ifPresent(other -> {
                throw new ActionRefusedException("E-mail address: another account uses " + after
                        + " already. Each address belongs" + " to one account.");
            });
        }
        account.changeEmail(after, clock.instant());
        try {
            // Two accounts given one address at the same moment: the unique index decides.
            users.flush();
        } catch (DataIntegrityViolationException taken) {
            throw new ActionRefusedException("E-mail address: another account uses " + after + " already.");
        }
        auditLog.record(
                AuditEvent.EMAIL_CHANGED,
                actor,
                "user:" + account.username(),
                (before == null ? "none" : before) + " → " + (after == null ? "none" : after));
    }
}
