package org.briefdesk.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web and method security. Views are protected by their access annotations (a view without one is
 * denied); services by {@code @PreAuthorize} and explicit ownership checks.
 *
 * <p>JSR-250 method security stays off on purpose: views carry {@code @RolesAllowed} and
 * {@code @PermitAll} for Vaadin's navigation access control, and Spring would otherwise wrap every
 * view bean in a proxy.
 *
 * <p>Passwords are checked by the one {@code AuthenticationProvider} bean there is, which Spring
 * Security makes the global one: the sign-in throttle of {@code org.briefdesk.signin}.
 *
 * <p>Headers (docs/security.md): the Content-Security-Policy below is the least the Vaadin client
 * works with; Spring writes each header only when the response does not carry it yet and only as
 * the response is committed, so a controller that sets a stricter policy of its own (the reading
 * pages) keeps it. Never turn on {@code writeHeadersEagerly}: that would let this policy win.
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
     * What the Vaadin client needs: its bundle and the bootstrap's inline script from this origin,
     * {@code 'unsafe-eval'} because the client runs {@code executeJs} snippets as functions, inline
     * styles because the components set style attributes and Lumo injects style elements, and
     * XHR plus the push websocket to this origin ({@code 'self'} covers {@code ws:}/{@code wss:} of
     * the same host). Nothing from other origins; no plugins; not framed.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

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
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
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
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionRegistry sessionRegistry, List<SignInChain> signInSteps) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/*")
                .permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                // Unlimited sessions per user, but registered, so that UserSessions can end them all.
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl(LOGIN_PATH));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        // The same headers, again, where the lazily written ones get lost: see vaadinSecurityHeaders().
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        // After Vaadin's configurer: it names the login view before the form login is set up, else
        // Spring Security would generate a login page of its own.
        for (SignInChain step : signInSteps) {
            step.customize(http);
        }
        return http.build();
    }

    /**
     * The security headers on what the Vaadin servlet serves. Spring Security writes its headers as
     * the response is committed, but Vaadin's pages reach the Vaadin servlet by a servlet forward,
     * after which the container finishes the response past Spring's wrapper: the login page and the
     * application's bootstrap page would go out without them. This filter runs on the Vaadin
     * servlet only (so never on Spring MVC pages such as the reading pages) right before it, and
     * writes each header unless the response has it already.
     */
    @Bean
    FilterRegistrationBean<Filter> vaadinSecurityHeaders(ServletRegistrationBean<SpringServlet> vaadinServlet) {
        List<HeaderWriter> writers = List.of(
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new XContentTypeOptionsHeaderWriter(),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new HstsHeaderWriter());
        Filter filter = (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
                for (HeaderWriter writer : writers) {
                    writer.writeHeaders(http, httpResponse);
                }
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setServletRegistrationBeans(List.of(vaadinServlet));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        registration.setName("vaadinSecurityHeaders");
        return registration;
    }

    /** Stores new passwords with bcrypt and still reads any other encoding Spring knows by its prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Which sessions each user has; kept current by the session events published below. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Publishes the servlet container's session created / destroyed / id changed as Spring events. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
