package org.briefdesk.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.security.Roles;
import org.briefdesk.security.UserSessions;
import org.briefdesk.signin.SignInThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration (PRODUCT section 7). Administrators only; the system always keeps at least
 * one enabled administrator. Every change is written to the audit log in the same transaction.
 * Resetting a password, disabling a user or changing their roles signs that user out everywhere
 * once the change commits (the administrator's own current session excepted), so nobody keeps
 * working with an old password or rights they lost.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final UserSessions sessions;
    private final SignInThrottle signInThrottle;
    private final CurrentUser currentUser;
    private final EmailAddresses emailAddresses;
    private final Clock clock;

    UserService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            UserSessions sessions,
            SignInThrottle signInThrottle,
            CurrentUser currentUser,
            EmailAddresses emailAddresses,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.signInThrottle = signInThrottle;
        this.currentUser = currentUser;
        this.emailAddresses = emailAddresses;
        this.clock = clock;
    }

    /** All users, by user name. */
    public List<UserSummary> list() {
        return users.findAllByOrderByUsernameAsc().stream()
                .map(UserService::toSummary)
                .toList();
    }

    /**
     * Creates an enabled user.
     *
     * @throws ActionRefusedException if a field breaks {@link AccountRules} or the user name is taken
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserSummary create(UserDraft draft) {
        refuseIfPresent(AccountRules.usernameProblem(draft.username()).map(p -> "User name: " + p));
        refuseIfPresent(AccountRules.displayNameProblem(draft.displayName()).map(p -> "Name: " + p));
        refuseIfPresent(AccountRules.passwordProblem(draft.password()).map(p -> "Password: " + p));
        refuseIfPresent(AccountRules.emailProblem(draft.email()).map(p -> "E-mail address: " + p));
        refuseIfNoRoles(draft.roles());
        String username = AccountRules.normalizeUsername(draft.username());
        if (users.existsByUsername(username)) {
            throw new ActionRefusedException("The user name '" + username + "' is taken. Choose another.");
        }
        UserAccount account = users.saveAndFlush(new UserAccount(
                username,
                draft.displayName().strip(),
                passwordEncoder.encode(draft.password()),
                draft.roles(),
                clock.instant()));
        log.info("User '{}' created with roles {}", username, draft.roles());
        auditLog.record(AuditEvent.USER_CREATED, target(account), "roles: " + labels(draft.roles()));
        emailAddresses.change(account, draft.email(), null);
        return toSummary(account);
    }

    /**
     * Enables or disables a user. A disabled user cannot sign in, and every session they have ends.
     *
     * @throws ActionRefusedException when this would disable the last enabled administrator, or the
     *     caller themselves
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserSummary setEnabled(long userId, boolean enabled) {
        UserAccount account = load(userId);
        if (!enabled && account.username().equals(currentUser.username().orElse(null))) {
            throw new ActionRefusedException("You cannot disable your own account. Ask another administrator.");
        }
        if (!enabled && account.isEnabledAdmin()) {
            refuseIfLastAdmin(account, "disable them");
        }
        boolean changed = account.enabled() != enabled;
        account.setEnabled(enabled, clock.instant());
        log.info("User '{}' {}", account.username(), enabled ? "enabled" : "disabled");
        if (changed) {
            auditLog.record(enabled ? AuditEvent.USER_ENABLED : AuditEvent.USER_DISABLED, target(account), "");
        }
        if (!enabled) {
            sessions.signOutEverywhere(account.username(), false);
        }
        return toSummary(account);
    }

    /**
     * Sets a new password for a user and signs them out everywhere else.
     *
     * @throws ActionRefusedException if the password breaks {@link AccountRules}
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserSummary resetPassword(long userId, String newPassword) {
        refuseIfPresent(AccountRules.passwordProblem(newPassword).map(p -> "Password: " + p));
        UserAccount account = load(userId);
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        log.info("Password of user '{}' reset", account.username());
        auditLog.record(AuditEvent.PASSWORD_RESET, target(account), "");
        sessions.signOutEverywhere(account.username(), true);
        return toSummary(account);
    }

    /**
     * Replaces the roles of a user, who is signed out everywhere else to pick them up.
     *
     * @throws ActionRefusedException when no role is given, or when this would take the role from
     *     the last enabled administrator
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserSummary assignRoles(long userId, Set<Role> roles) {
        refuseIfNoRoles(roles);
        UserAccount account = load(userId);
        if (account.isEnabledAdmin() && !roles.contains(Role.ADMIN)) {
            refuseIfLastAdmin(account, "take the administrator role from them");
        }
        Set<Role> before = account.roles();
        account.assignRoles(EnumSet.copyOf(roles), clock.instant());
        log.info("Roles of user '{}' changed from {} to {}", account.username(), before, roles);
        if (!before.equals(EnumSet.copyOf(roles))) {
            auditLog.record(
                    AuditEvent.ROLES_CHANGED, target(account), "from " + labels(before) + " to " + labels(roles));
            sessions.signOutEverywhere(account.username(), true);
        }
        return toSummary(account);
    }

    /**
     * Changes the name people see for a user; recorded in the audit log, as a new name changes who
     * people think acted.
     *
     * @throws ActionRefusedException if the name breaks {@link AccountRules}
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserSummary rename(long userId, String displayName) {
        refuseIfPresent(AccountRules.displayNameProblem(displayName).map(p -> "Name: " + p));
        UserAccount account = load(userId);
        String before = account.displayName();
        String after = displayName.strip();
        account.rename(after, clock.instant());
        if (!before.equals(after)) {
            log.info("User '{}' renamed from '{}' to '{}'", account.username(), before, after);
            auditLog.record(AuditEvent.USER_RENAMED, target(account), "from “" + before + "” to “" + after + "”");
        }
        return toSummary(account);
    }

    /**
     * Sets, changes or (when blank) removes a user's e-mail address, where their notification mails
     * go; recorded in the audit log.
     *
     * @throws ActionRefusedException if the address is not valid or another account has it
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserSummary changeEmail(long userId, String email) {
        UserAccount account = load(userId);
        emailAddresses.change(account, email, null);
        return toSummary(account);
    }

    /** The accounts whose sign-in is locked after failed attempts, by user name, with when each lock ends. */
    public Map<String, Instant> signInLocks() {
        return signInThrottle.lockedAccounts();
    }

    /**
     * Lifts the sign-in lock of a user (and forgets their failed attempts); recorded in the audit log.
     *
     * @return whether the user was locked
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean unlockSignIn(long userId) {
        return signInThrottle.unlockAccount(load(userId).username());
    }

    private static String target(UserAccount account) {
        return "user:" + account.username();
    }

    private static String labels(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private UserAccount load(long userId) {
        return users.findById(userId)
                .orElseThrow(() -> new ActionRefusedException("That user no longer exists. Reload the list."));
    }

    private void refuseIfLastAdmin(UserAccount account, String change) {
        List<UserAccount> admins = users.lockEnabledWithRole(Role.ADMIN);
        boolean anotherAdmin = admins.stream().anyMatch(admin -> admin.id() != account.id());
        if (!anotherAdmin) {
            throw new ActionRefusedException("'" + account.username() + "' is the last enabled administrator, so you"
                    + " cannot " + change + ". Make someone else an administrator first.");
        }
    }

    private static void refuseIfNoRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new ActionRefusedException("Roles: give the user at least one role.");
        }
    }

    private static void refuseIfPresent(Optional<String> problem) {
        problem.ifPresent(message -> {
            throw new ActionRefusedException(message);
        });
    }

    static UserSummary toSummary(UserAccount account) {
        return new UserSummary(
                account.id(),
                account.username(),
                account.displayName(),
                account.email().orElse(null),
                account.enabled(),
                account.roles(),
                account.createdAt());
    }
}
