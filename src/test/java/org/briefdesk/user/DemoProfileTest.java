package org.briefdesk.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo profile of the embedded run (PRODUCT section 7). */
@SpringBootTest
@ActiveProfiles("demo")
class DemoProfileTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("briefdesk-demo").toString();
        registry.add("briefdesk.data-dir", () -> dataDir);
    }

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserAccountRepository users;

    @Test
    void seeds_alice_bob_erin_and_adam_with_the_demo_password_and_no_generated_admin() {
        assertRoles("alice", Role.AUTHOR);
        assertRoles("bob", Role.AUTHOR);
        assertRoles("erin", Role.EDITOR);
        assertRoles("adam", Role.ADMIN);
        assertThat(users.existsByUsername(FirstAdminBootstrap.DEFAULT_ADMIN_USERNAME))
                .isFalse();
    }

    private void assertRoles(String username, Role role) {
        var user = (BriefdeskPrincipal) userDetailsService.loadUserByUsername(username);
        assertThat(user.roles()).containsExactly(role);
        assertThat(passwordEncoder.matches("briefdesk-demo", user.getPassword()))
                .isTrue();
    }
}
