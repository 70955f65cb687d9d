package org.briefdesk.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it: enough to show who is signed in and to check
 * ownership without a database round trip.
 */
public record BriefdeskPrincipal(
        long userId, String username, String displayName, String passwordHash, boolean enabled, Set<Role> roles)
        implements UserDetails {

    public BriefdeskPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The assigned roles with the roles they include (see {@link Role#withIncluded()}). */
    public Set<Role> effectiveRoles() {
        return Role.effective(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = Role.effective(roles).stream()
                .sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        // Never print the password hash.
        return "BriefdeskPrincipal[" + username + ", " + roles + "]";
    }
}
