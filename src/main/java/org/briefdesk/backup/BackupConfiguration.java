package org.briefdesk.backup;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The backup endpoint, when {@code BRIEFDESK_BACKUP_TOKEN} is set. Its request comes from a script,
 * not a browser: it gets a filter chain of its own, ahead of the application's, that lets a POST to
 * the one path through to {@link BackupController} (which checks the token) without a session, a
 * CSRF token or a redirect to the login page. Any other method there is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(BackupSettings.ENABLED)
@EnableConfigurationProperties(BackupSettings.class)
class BackupConfiguration {

    @Bean
    DatabaseBackup databaseBackup(
            BackupSettings settings, DataSource dataSource, @Value("${briefdesk.data-dir}") String dataDir) {
        settings.checkStrength();
        DatabaseBackup backup = new DatabaseBackup(dataSource, Path.of(dataDir));
        backup.removeLeftovers();
        return backup;
    }

    @Bean
    @Order(0)
    SecurityFilterChain backupFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(BackupController.PATH)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, BackupController.PATH)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                // A bearer token, not a cookie: there is no cross-site request to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
