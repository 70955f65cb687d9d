package org.briefdesk.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who sign in through the single sign-on provider (issue #18). Called while the
 * sign-in is under way, before anyone is signed in, with what the provider's ID token vouches for:
 * so it checks no caller, and it is the provider's word (a valid token for this application) that
 * lets it create or change an account.
 *
 * <p>The first sign-in creates the account, or joins an account of the same user name that no one
 * signed in to through the provider before; later sign-ins find it by the provider's identity of the
 * person. The e-mail address follows the provider's {@code email} claim. Roles follow the provider's roles claim when one is configured; otherwise a new account is
 * a reader, and administrators give it more. A disabled account stays disabled.
 */
@Service
public class SignOnAccounts {

    private static final Logger log = LoggerFactory.getLogger(SignOnAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the provider says about the person; {@code roles} empty when the provider does not say. */
    public record Claims(
            String subject, String username, String displayName, Optional<String> email, Optional<Set<Role>> roles) {}

    /** Why a sign-in through the provider did not give an account. */
    public static class Refused extends RuntimeException {
        private final String username;

        Refused(String username, String reason) {
            super(reason);
            this.username = username;
        }

        public String username() {
            return username;
        }
    }

    private final UserAccountRepository users;
    private final EmailAddresses emailAddresses;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    SignOnAccounts(
            UserAccountRepository users,
            EmailAddresses emailAddresses,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            Clock clock) {
        this.users = users;
        this.emailAddresses = emailAddresses;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The account of the person the provider signed in, created or brought up to date.
     *
     * @throws Refused when the account is disabled, the user name cannot be one here, or the user
     *     name belongs to an account joined to another person at the provider
     */
    @Transactional(noRollbackFor = Refused.class)
    public BriefdeskPrincipal signOn(Claims claims) {
        String username = AccountRules.normalizeUsername(claims.username());
        Instant now = clock.instant();
        UserAccount account = users.findBySsoSubject(claims.subject())
                .orElseGet(() -> users.findByUsername(username)
                        .map(existing -> link(existing, claims.subject(), now))
                        .orElseGet(() -> create(username, claims, now)));
        if (!account.enabled()) {
            throw new Refused(account.username(), "account disabled");
        }
        String displayName = displayName(claims);
        if (!displayName.equals(account.displayName())) {
            account.rename(displayName, now);
        }
        claims.email().ifPresent(email -> takeEmail(account, email));
        claims.roles().filter(roles -> !roles.equals(account.roles())).ifPresent(roles -> {
            auditLog.record(
                    AuditEvent.ROLES_CHANGED,
                    account.username(),
                    "user:" + account.username(),
                    "from the single sign-on provider: " + labels(account.roles()) + " → " + labels(roles));
            account.assignRoles(roles, now);
        });
        return new BriefdeskPrincipal(
                account.id(), account.username(), account.displayName(), "", true, account.roles());
    }

    /** The provider's address for the person, unless Briefdesk cannot take it (then the old one stays). */
    private void takeEmail(UserAccount account, String email) {
        try {
            emailAddresses.change(account, email, account.username());
        } catch (ActionRefusedException refused) {
            log.warn("Kept the e-mail address of '{}': {}", account.username(), refused.getMessage());
        }
    }

    private UserAccount link(UserAccount existing, String subject, Instant now) {
        if (existing.ssoSubject() != null) {
            throw new Refused(existing.username(), "the user name belongs to another person at the provider");
        }
        existing.linkSignOn(subject, now);
        auditLog.record(AuditEvent.SIGN_ON_LINKED, existing.username(), "user:" + existing.username(), "");
        return existing;
    }

    private UserAccount create(String username, Claims claims, Instant now) {
        AccountRules.usernameProblem(username).ifPresent(problem -> {
            throw new Refused(username, "the provider's user name cannot be one here: " + problem);
        });
        Set<Role> roles = claims.roles().orElse(Set.of(Role.READER));
        // A password no one knows: the account signs in through the provider (an administrator can
        // still set a password, for local sign-in).
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount account = new UserAccount(
                username,
                displayName(claims),
                passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)),
                roles,
                now);
        account.linkSignOn(claims.subject(), now);
        users.saveAndFlush(account);
        log.info("User '{}' created at first single sign-on with roles {}", username, roles);
        auditLog.record(
                AuditEvent.USER_CREATED,
                username,
                "user:" + username,
                "at first single sign-on; roles: " + labels(roles));
        return account;
    }

    private static String displayName(Claims claims) {
        String name = claims.displayName().strip();
        if (name.isEmpty() || AccountRules.displayNameProblem(name).isPresent()) {
            return claims.username();
        }
        return name;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
