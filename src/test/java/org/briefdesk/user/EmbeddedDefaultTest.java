package org.briefdesk.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The zero-setup default: no datasource configured, so Briefdesk runs on an H2 file database under
 * the data directory, migrated by the same Flyway scripts as MariaDB; the administrator named in the
 * environment is created on the empty database.
 */
@SpringBootTest
class EmbeddedDefaultTest {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("briefdesk.data-dir", DATA_DIR::toString);
        registry.add("briefdesk.admin.username", () -> "Boss");
        registry.add("briefdesk.admin.password", () -> "boss-password-123");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserAccountRepository users;

    @Test
    void starts_on_an_h2_file_database_in_the_data_directory_with_every_migration_applied() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:" + DATA_DIR);
        }
        assertThat(Files.exists(DATA_DIR.resolve("briefdesk.mv.db"))).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
    }

    @Test
    void the_configured_administrator_is_created_on_the_empty_database_and_nobody_else() {
        var admin = (BriefdeskPrincipal) userDetailsService.loadUserByUsername("boss");

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches("boss-password-123", admin.getPassword()))
                .isTrue();
        assertThat(users.count()).isEqualTo(1);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("briefdesk-h2-default");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
