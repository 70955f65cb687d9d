package org.briefdesk.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing (issue 8): {@code max-failures} failed sign-ins for one account
 * within {@code window} lock that account for {@code lock-duration}. A client address is throttled
 * rather than locked (issue #18: one person's typos, or anyone, behind an office's shared address must
 * not lock out the office): after every {@value #SHORT_WAIT_EVERY}th failure within the window it
 * waits {@link #SHORT_WAIT}, after every {@value #LONG_WAIT_EVERY}th {@link #LONG_WAIT}, and only
 * {@code max-failures-per-address} (100 by default, against 5 per account) lock it for {@code
 * lock-duration}, whichever accounts it tried. A locked or waiting sign-in fails even with the right
 * password, with the same message as a wrong one. User names that do not exist are counted and
 * locked the same way, so a lock tells nobody whether an account exists.
 *
 * <p>Held in memory: a restart lifts every lock, and each application instance counts on its own.
 * Administrators see and lift account locks through the user administration.
 */
@Service
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC)
            .withLocale(Locale.ROOT);

    static final int SHORT_WAIT_EVERY = 10;
    static final Duration SHORT_WAIT = Duration.ofSeconds(5);
    static final int LONG_WAIT_EVERY = 25;
    static final Duration LONG_WAIT = Duration.ofMinutes(1);

    private final FailureCounts accounts;
    /** The address's lock after max-failures-per-address failures. */
    private final FailureCounts addresses;
    /** The address's short and long waits: each a lock of its own, counted apart. */
    private final List<FailureCounts> addressWaits;
    /** Wrong two-factor codes per account, after a right password: as many as wrong passwords. */
    private final FailureCounts codes;

    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;

    SignInThrottle(
            AuditLog auditLog,
            Clock clock,
            @Value("${briefdesk.sign-in.max-failures:5}") int maxFailures,
            @Value("${briefdesk.sign-in.max-failures-per-address:5}") int maxFailuresPerAddress,
            @Value("${briefdesk.sign-in.window:15m}") Duration window,
            @Value("${briefdesk.sign-in.lock-duration:15m}") Duration lockDuration,
            FailureCounts.Factory counts) {
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.accounts = counts.create("account", maxFailures, window, lockDuration);
        this.addresses = counts.create("address", maxFailuresPerAddress, window, lockDuration);
        this.addressWaits = List.of(
                counts.create("address-wait", SHORT_WAIT_EVERY, window, SHORT_WAIT),
                counts.create("address-long-wait", LONG_WAIT_EVERY, window, LONG_WAIT));
        this.codes = counts.create("code", maxFailures, window, lockDuration);
    }

    /** The key an attempt counts under: user names are case-insensitive, as in {@code AccountRules}. */
    static String accountKey(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a sign-in as this user name from this address is refused now, whatever the password. */
    boolean isLocked(String username, @Nullable String address) {
        Instant now = clock.instant();
        if (accounts.lockedUntil(accountKey(username), now).isPresent()) {
            return true;
        }
        if (address == null) {
            return false;
        }
        return addresses.lockedUntil(address, now).isPresent()
                || addressWaits.stream()
                        .anyMatch(wait -> wait.lockedUntil(address, now).isPresent());
    }

    /** Counts a failed sign-in against the account and the address; records any lock it causes. */
    void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        accounts.fail(account, now).ifPresent(until -> {
            log.warn("Sign-in for account '{}' locked until {} after {} failures", account, until, maxFailures);
            auditLog.record(
                    AuditEvent.SIGN_IN_LOCKED,
                    account,
                    "account:" + account,
                    maxFailures + " failed sign-ins within " + minutes(window) + "; locked until "
                            + UNTIL.format(until),
                    address);
        });
        if (address != null) {
            for (FailureCounts wait : addressWaits) {
                wait.fail(address, now)
                        .ifPresent(until -> log.info("Sign-in from address {} waits until {}", address, until));
            }
            addresses.fail(address, now).ifPresent(until -> {
                log.warn(
                        "Sign-in from address {} locked until {} after {} failures",
                        address,
                        until,
                        maxFailuresPerAddress);
                auditLog.record(
                        AuditEvent.SIGN_IN_LOCKED,
                        account,
                        "address:" + address,
                        maxFailuresPerAddress + " failed sign-ins from this address within " + minutes(window)
                                + "; locked until " + UNTIL.format(until),
                        address);
            });
        }
    }

    /** Whether the account's two-factor codes are refused now, after too many wrong ones. */
    boolean codesLocked(String username) {
        return codes.lockedUntil(accountKey(username), clock.instant()).isPresent();
    }

    /** Counts a wrong two-factor code; records the lock it causes. */
    void codeFailed(String username, @Nullable String address) {
        String account = accountKey(username);
        codes.fail(account, clock.instant()).ifPresent(until -> {
            log.warn(
                    "Two-factor codes for account '{}' refused until {} after {} wrong codes",
                    account,
                    until,
                    maxFailures);
            auditLog.record(
                    AuditEvent.SIGN_IN_LOCKED,
                    account,
                    "account:" + account,
                    maxFailures + " wrong two-factor codes within " + minutes(window) + "; codes refused until "
                            + UNTIL.format(until),
                    address);
        });
    }

    /** A successful sign-in forgets the account's failures (not the address's: see the class comment). */
    void succeeded(String username) {
        Instant now = clock.instant();
        accounts.clear(accountKey(username), now);
        codes.clear(accountKey(username), now);
    }

    /** The accounts locked now, by user name, with the time each lock ends. */
    public Map<String, Instant> lockedAccounts() {
        return accounts.locked(clock.instant());
    }

    /** Until when sign-in to the account is locked, if it is. */
    public Optional<Instant> accountLockedUntil(String username) {
        return accounts.lockedUntil(accountKey(username), clock.instant());
    }

    /**
     * Lifts the lock of an account and forgets its failures; recorded in the audit log by the
     * signed-in administrator. Returns whether the account was locked.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean unlockAccount(String username) {
        String account = accountKey(username);
        boolean wasLocked = accounts.clear(account, clock.instant());
        codes.clear(account, clock.instant());
        auditLog.record(
                AuditEvent.SIGN_IN_UNLOCKED,
                "account:" + account,
                wasLocked ? "lock lifted by an administrator" : "failed sign-ins forgotten (was not locked)");
        return wasLocked;
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " minutes";
    }
}
