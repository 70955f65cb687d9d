package org.briefdesk.user;

import java.time.Instant;
import java.util.Set;
import org.briefdesk.security.Role;
import org.jspecify.annotations.Nullable;

/** A user as the administration list shows them; {@code email} is null while they have no address. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        boolean enabled,
        Set<Role> roles,
        Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
