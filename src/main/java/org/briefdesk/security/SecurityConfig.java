package org.briefdesk.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web and method security. Views are protected by their access annotations (a view without one is
 * denied); services by {@code @PreAuthorize} and explicit ownership checks.
 *
 * <p>JSR-250 method security stays off on purpose: views carry {@code @RolesAllowed} and
 * {@code @PermitAll} for Vaadin's navigation access control, and Spring would otherwise wrap every
 * view bean in a proxy.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** The path of the login view; {@code security.ui.LoginView} is routed here. */
    static final String LOGIN_PATH = "/login";

    /** The published briefings' pages, downloads and feed (plain Spring MVC, not Vaadin). */
    static final String[] READING_PAGES = {"/briefings/*", "/briefings/*/editions/*", "/feed.atom"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/*")
                .permitAll()
                // The reading pages decide per edition: PUBLIC for anyone, INTERNAL for signed-in users.
                .requestMatchers(HttpMethod.GET, READING_PAGES)
                .permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH)).build();
    }

    /** Stores new passwords with bcrypt and still reads any other encoding Spring knows by its prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
