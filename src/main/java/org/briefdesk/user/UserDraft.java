package org.briefdesk.user;

import java.util.Set;
import org.briefdesk.security.Role;

/** What an administrator enters to create a user. */
public record UserDraft(String username, String displayName, String password, Set<Role> roles) {

    public UserDraft {
        roles = Set.copyOf(roles);
    }
}
