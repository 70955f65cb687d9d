package org.briefdesk.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** First start on an empty database with no administrator configured (PRODUCT section 7). */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class FirstStartWithoutConfigurationTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("briefdesk-first-start").toString();
        registry.add("briefdesk.data-dir", () -> dataDir);
    }

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void creates_admin_with_a_random_password_that_is_logged_once_and_works(CapturedOutput output) {
        Matcher logged = Pattern.compile("created the administrator 'admin' with the password '([^']+)'")
                .matcher(output.getAll());
        assertThat(logged.find()).as("the one-time password is logged").isTrue();
        String password = logged.group(1);
        assertThat(logged.find()).as("logged only once").isFalse();

        var admin = (BriefdeskPrincipal) userDetailsService.loadUserByUsername("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(password).hasSizeGreaterThanOrEqualTo(AccountRules.PASSWORD_MIN_BYTES);
        assertThat(passwordEncoder.matches(password, admin.getPassword())).isTrue();
    }
}
