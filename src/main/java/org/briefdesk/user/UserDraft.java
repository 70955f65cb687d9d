package org.briefdesk.user;

import java.util.Set;
import org.briefdesk.security.Role;

/** What an administrator enters to create a user; a blank {@code email} means no address. */
public record UserDraft(String username, String displayName, String password, Set<Role> roles, String email) {

    public UserDraft {
        roles = Set.copyOf(roles);
    }

    /** A user without an e-mail address. */
    public UserDraft(String username, String displayName, String password, Set<Role> roles) {
        this(username, displayName, password, roles, "");
    }
}
