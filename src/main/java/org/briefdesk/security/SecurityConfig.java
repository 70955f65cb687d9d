package org.briefdesk.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

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

    /**
     * The reading pages get a short chain of their own. Every GET is let through: the pages decide
     * per edition, PUBLIC for anyone and INTERNAL for signed-in users. The chain only reads the
     * signed-in user from the session, and sends an anonymous reader of an INTERNAL page to the
     * login and back (the saved request lives in the same session attribute that the Vaadin chain
     * reads after the login). The application's chain below also carries Vaadin's filters, which
     * cost every reading request time without doing anything for it (docs/benchmarks.md, "Reading
     * pages").
     */
    @Bean
    @Order(1)
    SecurityFilterChain readingPagesFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(READING_PAGES)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, READING_PAGES)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * No observations (timings and spans) around each of Spring Security's filters: with an
     * observation registry present they wrap every filter of every request, which cost the reading
     * pages a fifth of their time, and nothing here reads them. HTTP request metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/*")
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
