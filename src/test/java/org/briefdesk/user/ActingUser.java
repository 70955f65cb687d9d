package org.briefdesk.user;

import java.util.concurrent.Callable;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of a test as a real user, loaded from the database with their roles, on the current
 * thread (also a worker thread of a race test), then restores what was there.
 */
@Component
@Profile("test")
public class ActingUser {

    private final UserDetailsService userDetailsService;
    private final SecurityContextHolderStrategy security;

    ActingUser(UserDetailsService userDetailsService, SecurityContextHolderStrategy security) {
        this.userDetailsService = userDetailsService;
        this.security = security;
    }

    public <T> T as(String username, Callable<T> action) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        var user = userDetailsService.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            security.setContext(previous);
        }
    }
}
