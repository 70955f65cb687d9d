package org.briefdesk.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.briefdesk.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One user per role for the tests, created when missing. Tests must not disable or change them. */
@Component
@Profile("test")
@Order(2)
public class TestUsers implements ApplicationRunner {

    public static final String PASSWORD = "test-password-123";

    public static final String READER = "t-reader";
    public static final String AUTHOR = "t-author";
    public static final String EDITOR = "t-editor";
    public static final String ADMIN = "t-admin";

    private static final Map<String, Set<Role>> USERS = Map.of(
            READER, EnumSet.of(Role.READER),
            AUTHOR, EnumSet.of(Role.AUTHOR),
            EDITOR, EnumSet.of(Role.EDITOR),
            ADMIN, EnumSet.of(Role.ADMIN));

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    TestUsers(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(PASSWORD);
        USERS.forEach((username, roles) -> {
            if (!users.existsByUsername(username)) {
                users.save(new UserAccount(username, "Test " + username.substring(2), hash, roles, clock.instant()));
            }
        });
    }
}
