package org.briefdesk.browser;

import java.util.Set;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;

/** The demo profile's people, which the test profile does not have: made (or set right) by the tests. */
final class DemoPeople {

    static final String ALICE = "alice";
    static final String ALICE_NAME = "Alice Moreau";
    static final String ERIN = "erin";
    static final String ERIN_NAME = "Erin Lindqvist";
    static final String PASSWORD = "briefdesk-demo";

    private DemoPeople() {}

    /** alice (author) and erin (editor), enabled, with the demo password and names. */
    static void aliceAndErin(UserService users, ActingUser actingUser) {
        ensure(users, actingUser, ALICE, ALICE_NAME, Role.AUTHOR);
        ensure(users, actingUser, ERIN, ERIN_NAME, Role.EDITOR);
    }

    private static void ensure(UserService users, ActingUser actingUser, String username, String name, Role role) {
        actingUser.as(TestUsers.ADMIN, () -> {
            UserSummary user = users.list().stream()
                    .filter(candidate -> candidate.username().equals(username))
                    .findFirst()
                    .orElseGet(() -> users.create(new UserDraft(username, name, PASSWORD, Set.of(role))));
            if (!user.roles().equals(Set.of(role))) {
                users.assignRoles(user.id(), Set.of(role));
            }
            if (!user.enabled()) {
                users.setEnabled(user.id(), true);
            }
            // Another test of the run may have created the user under another display name.
            if (!user.displayName().equals(name)) {
                users.rename(user.id(), name);
            }
            users.resetPassword(user.id(), PASSWORD);
            return null;
        });
    }
}
