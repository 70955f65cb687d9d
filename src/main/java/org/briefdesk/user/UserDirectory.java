package org.briefdesk.user;

import java.util.List;
import java.util.Optional;
import org.briefdesk.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works here, for pickers and names in the UI: open to every signed-in user, no secrets in it. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class UserDirectory {

    /** A user as others see them. */
    public record Person(String username, String displayName) {}

    private final UserAccountRepository users;

    UserDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** Enabled users who may write briefings (authors and editors), by name. */
    public List<Person> writers() {
        return users.findAllByOrderByUsernameAsc().stream()
                .filter(UserAccount::enabled)
                .filter(user -> Role.effective(user.roles()).contains(Role.AUTHOR))
                .map(user -> new Person(user.username(), user.displayName()))
                .toList();
    }

    /** Enabled editors, by name. */
    public List<Person> editors() {
        return users.findAllByOrderByUsernameAsc().stream()
                .filter(UserAccount::enabled)
                .filter(user -> Role.effective(user.roles()).contains(Role.EDITOR))
                .map(user -> new Person(user.username(), user.displayName()))
                .toList();
    }

    /** Whether the user exists, is enabled and is an editor. */
    public boolean isEditor(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(user -> Role.effective(user.roles()).contains(Role.EDITOR))
                .orElse(false);
    }

    /** The person with this user name, if the account exists. */
    public Optional<Person> find(String username) {
        return users.findByUsername(username).map(user -> new Person(user.username(), user.displayName()));
    }

    /** Whether the user exists, is enabled and may write briefings. */
    public boolean isWriter(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(user -> Role.effective(user.roles()).contains(Role.AUTHOR))
                .orElse(false);
    }
}
