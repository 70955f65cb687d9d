package org.briefdesk.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, read from the security context of the current request or UI access. */
@Component
public class CurrentUser {

    /** The signed-in user, if any. */
    public Optional<BriefdeskPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BriefdeskPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in user; for code that runs only behind authentication. */
    public BriefdeskPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** Whether the caller acts with {@code role}, assigned or included by another role. */
    public boolean hasRole(Role role) {
        return get().map(p -> p.effectiveRoles().contains(role)).orElse(false);
    }
}
