package org.briefdesk.demo;

import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of start-up work as a demo user, loaded with their roles like a sign-in would, so
 * that the services apply their usual security and ownership rules; then restores what was there.
 */
@Component
@Profile("demo")
class DemoActor {

    private final UserDetailsService userDetailsService;
    private final SecurityContextHolderStrategy security;

    DemoActor(UserDetailsService userDetailsService, SecurityContextHolderStrategy security) {
        this.userDetailsService = userDetailsService;
        this.security = security;
    }

    <T> T as(String username, Supplier<T> action) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        var user = userDetailsService.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        try {
            return action.get();
        } finally {
            security.setContext(previous);
        }
    }
}
