package org.briefdesk.signon;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.SignInChain;
import org.briefdesk.user.SignOnAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * Single sign-on, when {@code BRIEFDESK_OIDC_ISSUER} is set: Spring Security's OAuth 2.0 login
 * (authorization code flow, OpenID Connect) next to the login form, on the same login page. Signing
 * out ends the Briefdesk session only, not the one at the provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${briefdesk.oidc.issuer:}'.isBlank()")
@EnableConfigurationProperties(SignOnSettings.class)
class SignOnConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignOnConfiguration.class);
    private static final String LOGIN_PATH = "/login";

    /** The login page's parameter for "the provider did not answer": {@code /login?unreachable}. */
    static final String UNREACHABLE = "unreachable";

    /** What went wrong goes to the log for the operator; the person sees "sign-in failed". */
    private static void failed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.warn("Single sign-on failed: {}", failure.getMessage());
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?error");
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SignOnSettings settings) {
        if (settings.clientId().isEmpty()) {
            throw new IllegalStateException("BRIEFDESK_OIDC_ISSUER is set but BRIEFDESK_OIDC_CLIENT_ID is not");
        }
        // Fails at start-up, not at someone's sign-in, on a mapping that names no role.
        settings.role("");
        return new LazyClientRegistrations(settings);
    }

    @Bean
    SignInChain singleSignOn(
            ClientRegistrationRepository registrations,
            SignOnAccounts accounts,
            SignOnSettings settings,
            AuditLog auditLog,
            AuthenticationEventPublisher events) {
        SignOnUserService users = new SignOnUserService(accounts, settings, auditLog);
        return http -> {
            // The sign-ins through the provider are checked by this chain's own authentication
            // manager: it must announce them too, for the audit log.
            http.getSharedObject(AuthenticationManagerBuilder.class).authenticationEventPublisher(events);
            http.oauth2Login(login -> login.loginPage(LOGIN_PATH)
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                    .failureHandler(SignOnConfiguration::failed)
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(SignOnConfiguration::unreachable);
                            return filter;
                        }
                    }));
        };
    }

    /**
     * The way to the provider could not be prepared, as when its discovery document does not load:
     * back to the login page, which says so, rather than an error page.
     */
    private static void unreachable(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.warn("Single sign-on could not start: {}", failure.getMessage());
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + UNREACHABLE);
    }
}
