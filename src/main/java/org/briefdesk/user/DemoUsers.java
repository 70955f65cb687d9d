package org.briefdesk.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's users (PRODUCT section 7), created when missing, each with an address at
 * {@code briefdesk.example} (a name that never receives mail) unless they have one. Never active in
 * the container image.
 */
@Component
@Profile("demo")
@Order(1)
class DemoUsers implements ApplicationRunner {

    /** The password of every demo user; the login page shows it while the demo profile is on. */
    public static final String PASSWORD = "briefdesk-demo";

    private static final String MAIL_DOMAIN = "briefdesk.example";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private record DemoUser(String username, String displayName, Set<Role> roles) {}

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("alice", "Alice Moreau", EnumSet.of(Role.AUTHOR)),
            new DemoUser("bob", "Bob Okafor", EnumSet.of(Role.AUTHOR)),
            new DemoUser("erin", "Erin Lindqvist", EnumSet.of(Role.EDITOR)),
            new DemoUser("adam", "Adam Reyes", EnumSet.of(Role.ADMIN)));

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoUsers(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoUser demo : DEMO_USERS) {
            UserAccount account = users.findByUsername(demo.username()).orElseGet(() -> {
                log.info("Demo user '{}' created", demo.username());
                return users.save(new UserAccount(
                        demo.username(),
                        demo.displayName(),
                        passwordEncoder.encode(PASSWORD),
                        demo.roles(),
                        clock.instant()));
            });
            String address = demo.username() + "@" + MAIL_DOMAIN;
            if (account.email().isEmpty() && users.findByEmail(address).isEmpty()) {
                account.changeEmail(address, clock.instant());
            }
        }
    }
}
