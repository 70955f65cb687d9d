package org.briefdesk.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a sign-in, for accounts with two-factor sign-in on: whether a password is
 * enough, and whether a code typed after it is right. Called while nobody is signed in yet, so it is
 * not a service the application calls; {@link TwoFactorService} is.
 */
@Component
class SecondFactor {

    /** How the second step was passed, as the audit log says it. */
    enum Method {
        AUTHENTICATOR("with an authenticator code"),
        RECOVERY_CODE("with a recovery code");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final TwoFactorKeyRepository keys;
    private final RecoveryCodeRepository recoveryCodes;
    private final Clock clock;

    SecondFactor(TwoFactorKeyRepository keys, RecoveryCodeRepository recoveryCodes, Clock clock) {
        this.keys = keys;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
    }

    /** Whether the account needs a code after its password. */
    @Transactional(readOnly = true)
    boolean isOn(String username) {
        return keys.findById(username).filter(TwoFactorKey::isEnabled).isPresent();
    }

    /**
     * Checks a code typed at sign-in: a current authenticator code not used before, or an unused
     * recovery code, which is then used up. Empty if it is neither.
     */
    @Transactional
    Optional<Method> check(String username, String typed) {
        Optional<TwoFactorKey> key = keys.findById(username).filter(TwoFactorKey::isEnabled);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = OneTimePasswords.matchingStep(
                key.get().secret(), typed, key.get().lastStep(), now);
        if (step.isPresent()) {
            key.get().used(step.getAsLong());
            return Optional.of(Method.AUTHENTICATOR);
        }
        return recoveryCodes
                .findByUsernameAndCodeHash(username, OneTimePasswords.recoveryHash(typed))
                .filter(code -> !code.isUsed())
                .map(code -> {
                    code.use(now);
                    return Method.RECOVERY_CODE;
                });
    }
}
