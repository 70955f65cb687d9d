package org.briefdesk.user;

import java.time.Instant;
import java.util.Set;
import org.briefdesk.security.Role;

/** A user as the administration list shows them. */
public record UserSummary(
        long id, String username, String displayName, boolean enabled, Set<Role> roles, Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
