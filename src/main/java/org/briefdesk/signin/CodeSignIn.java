package org.briefdesk.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.briefdesk.security.SignInChain;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The two steps of a sign-in with two-factor on, wired into Spring Security's chain (applied by the
 * security configuration): the login form's failures go through {@link SignInFailureHandler}, and a
 * code posted to {@value #CODE_PATH} is checked by a filter of its own, which finishes the sign-in
 * exactly as the login form does (new session id, the session registered, the saved request).
 */
@Component
class CodeSignIn extends AbstractHttpConfigurer<CodeSignIn, HttpSecurity> implements SignInChain {

    static final String LOGIN_PATH = "/login";
    /** The page that asks for the code, and where the code is posted. */
    static final String CODE_PATH = "/login/code";

    private final SecondFactor secondFactor;
    private final SignInThrottle throttle;
    private final UserDetailsService users;
    private final AuthenticationEventPublisher events;
    private final Clock clock;

    CodeSignIn(
            SecondFactor secondFactor,
            SignInThrottle throttle,
            UserDetailsService users,
            AuthenticationEventPublisher events,
            Clock clock) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void customize(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler(clock)));
        http.with(this, Customizer.withDefaults());
    }

    @Override
    public void configure(HttpSecurity http) {
        ProviderManager manager = new ProviderManager(new CodeAuthenticationProvider(secondFactor, throttle, users));
        manager.setAuthenticationEventPublisher(events);
        CodeFilter filter = new CodeFilter(clock);
        filter.setAuthenticationManager(manager);
        Optional.ofNullable(http.getSharedObject(SessionAuthenticationStrategy.class))
                .ifPresent(filter::setSessionAuthenticationStrategy);
        filter.setSecurityContextRepository(Optional.ofNullable(http.getSharedObject(SecurityContextRepository.class))
                .orElseGet(() -> new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())));
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setRequestCache(
                Optional.ofNullable(http.getSharedObject(RequestCache.class)).orElseGet(HttpSessionRequestCache::new));
        filter.setAuthenticationSuccessHandler(success);
        filter.setAuthenticationFailureHandler(filter::failed);
        http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
    }

    /** Takes the code posted to {@value #CODE_PATH} for the session's pending sign-in. */
    private static final class CodeFilter extends AbstractAuthenticationProcessingFilter {

        private final Clock clock;

        CodeFilter(Clock clock) {
            super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, CODE_PATH));
            this.clock = clock;
        }

        @Override
        public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
            HttpSession session = request.getSession(false);
            PendingSignIn pending = PendingSignIn.of(session, clock.instant()).orElseThrow(PendingSignInExpired::new);
            String code = Optional.ofNullable(request.getParameter("code")).orElse("");
            // One attempt used up before the check, so that parallel posts cannot try more codes.
            session.setAttribute(PendingSignIn.ATTRIBUTE, pending.failedOnce());
            CodeAuthenticationToken token = new CodeAuthenticationToken(pending.username(), code);
            token.setDetails(authenticationDetailsSource.buildDetails(request));
            return getAuthenticationManager().authenticate(token);
        }

        @Override
        protected void successfulAuthentication(
                HttpServletRequest request, HttpServletResponse response, FilterChain chain, Authentication result)
                throws IOException, ServletException {
            request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
            super.successfulAuthentication(request, response, chain, result);
        }

        /** A wrong code: try again while attempts are left, else start over with the password. */
        void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
                throws IOException {
            HttpSession session = request.getSession(false);
            boolean again = session != null
                    && !(failure instanceof PendingSignInExpired)
                    && PendingSignIn.of(session.getAttribute(PendingSignIn.ATTRIBUTE), clock.instant())
                            .isPresent();
            if (!again && session != null) {
                session.removeAttribute(PendingSignIn.ATTRIBUTE);
            }
            new DefaultRedirectStrategy()
                    .sendRedirect(request, response, again ? CODE_PATH + "?error" : LOGIN_PATH + "?error");
        }
    }

    /** No sign-in waits for a code in this session (or it ran out of time or attempts). */
    static final class PendingSignInExpired extends BadCredentialsException {
        PendingSignInExpired() {
            super("No sign-in is waiting for a code");
        }
    }
}
