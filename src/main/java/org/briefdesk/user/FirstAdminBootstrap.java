package org.briefdesk.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import org.briefdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, creates the first administrator (PRODUCT section 7): the one named by
 * {@code BRIEFDESK_ADMIN_USERNAME} / {@code BRIEFDESK_ADMIN_PASSWORD}, or else {@code admin} with a
 * random password that is logged once. With the demo profile and nothing configured, the demo
 * administrator {@code adam} is the first administrator instead.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    static final String DEFAULT_ADMIN_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Environment environment;
    private final String configuredUsername;
    private final String configuredPassword;

    FirstAdminBootstrap(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            Environment environment,
            @Value("${briefdesk.admin.username:}") String configuredUsername,
            @Value("${briefdesk.admin.password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.environment = environment;
        this.configuredUsername = configuredUsername;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean configured = !configuredUsername.isBlank() || !configuredPassword.isEmpty();
        if (!configured && environment.matchesProfiles("demo")) {
            return;
        }
        String username = configuredUsername.isBlank()
                ? DEFAULT_ADMIN_USERNAME
                : AccountRules.normalizeUsername(configuredUsername);
        AccountRules.usernameProblem(username).ifPresent(problem -> {
            throw new IllegalStateException("BRIEFDESK_ADMIN_USERNAME is not a valid user name: " + problem);
        });
        String password = configuredPassword;
        if (password.isEmpty()) {
            password = randomPassword();
        } else {
            AccountRules.passwordProblem(password).ifPresent(problem -> {
                throw new IllegalStateException("BRIEFDESK_ADMIN_PASSWORD is not accepted: " + problem);
            });
        }
        users.save(new UserAccount(
                username, "Administrator", passwordEncoder.encode(password), EnumSet.of(Role.ADMIN), clock.instant()));
        if (configuredPassword.isEmpty()) {
            log.warn(
                    "No users yet: created the administrator '{}' with the password '{}'. This is the only time it"
                            + " is shown; sign in and set a new one under Users.",
                    username,
                    password);
        } else {
            log.info(
                    "No users yet: created the administrator '{}' with the password from BRIEFDESK_ADMIN_PASSWORD.",
                    username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
