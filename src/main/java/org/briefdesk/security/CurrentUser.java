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
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case BriefdeskPrincipal principal -> Optional.of(principal);
            case SignedInUser user -> Optional.of(user.account());
            case null, default -> Optional.empty();
        };
    }

    /** The signed-in user's name, whichever kind of principal Spring Security holds. */
    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The signed-in user's name; for code that runs only behind authentication. */
    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** Whether the caller acts with {@code role}, assigned or included by another role. */
    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
