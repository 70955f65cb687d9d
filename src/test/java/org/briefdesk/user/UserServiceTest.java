package org.briefdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService userService;

    @Autowired
    UserAccountRepository repository;

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_creates_a_user_who_then_appears_in_the_list() {
        String username = uniqueName("carol");

        UserSummary created = userService.create(
                new UserDraft(username, "Carol Jensen", "a-long-enough-pass", EnumSet.of(Role.AUTHOR, Role.EDITOR)));

        assertThat(created.enabled()).isTrue();
        assertThat(userService.list())
                .filteredOn(user -> user.username().equals(username))
                .singleElement()
                .satisfies(user -> {
                    assertThat(user.displayName()).isEqualTo("Carol Jensen");
                    assertThat(user.roles()).containsExactlyInAnyOrder(Role.AUTHOR, Role.EDITOR);
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void user_names_are_stored_in_lower_case_and_a_taken_name_is_refused_whatever_its_case() {
        String username = uniqueName("dave");
        userService.create(new UserDraft(username.toUpperCase(), "Dave", "a-long-enough-pass", Set.of(Role.READER)));

        assertThat(repository.findByUsername(username)).isPresent();
        assertThatThrownBy(() -> userService.create(new UserDraft(
                        " " + username.toUpperCase() + " ", "Dave 2", "a-long-enough-pass", Set.of(Role.READER))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("is taken");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void passwords_must_be_12_to_72_bytes_and_a_refused_one_creates_nothing() {
        String shortName = uniqueName("short");
        assertThatThrownBy(
                        () -> userService.create(new UserDraft(shortName, "Short", "elevenchars", Set.of(Role.READER))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("at least 12");
        assertThat(repository.findByUsername(shortName)).isEmpty();

        // 36 two-byte letters are 72 bytes: accepted. One more byte is more than bcrypt reads.
        String seventyTwoBytes = "é".repeat(36);
        String longName = uniqueName("long");
        assertThatThrownBy(() ->
                        userService.create(new UserDraft(longName, "Long", seventyTwoBytes + "x", Set.of(Role.READER))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("at most 72 bytes");
        assertThat(repository.findByUsername(longName)).isEmpty();

        assertThat(userService.create(new UserDraft(longName, "Long", seventyTwoBytes, Set.of(Role.READER))))
                .extracting(UserSummary::username)
                .isEqualTo(longName);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void invalid_user_names_and_missing_roles_are_refused_with_a_message() {
        assertThatThrownBy(() -> userService.create(new UserDraft("x", "X", "a-long-enough-pass", Set.of(Role.READER))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("User name:");
        assertThatThrownBy(() -> userService.create(new UserDraft(
                        "robert'); drop table app_user;--", "R", "a-long-enough-pass", Set.of(Role.READER))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("User name:");
        assertThatThrownBy(() -> userService.create(
                        new UserDraft(uniqueName("noroles"), "No Roles", "a-long-enough-pass", Set.of())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("at least one role");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_disables_enables_and_changes_roles_and_password() {
        UserSummary user = userService.create(
                new UserDraft(uniqueName("erik"), "Erik", "a-long-enough-pass", Set.of(Role.READER)));

        assertThat(userService.setEnabled(user.id(), false).enabled()).isFalse();
        assertThat(userService.setEnabled(user.id(), true).enabled()).isTrue();
        assertThat(userService.assignRoles(user.id(), EnumSet.of(Role.EDITOR)).roles())
                .containsExactly(Role.EDITOR);
        String hashBefore = repository.findById(user.id()).orElseThrow().passwordHash();
        userService.resetPassword(user.id(), "another-long-password");
        assertThat(repository.findById(user.id()).orElseThrow().passwordHash())
                .isNotEqualTo(hashBefore)
                .startsWith("{bcrypt}");
    }

    @Test
    @Transactional // rolled back: the shared test database keeps its administrators
    @WithMockUser(roles = "ADMIN")
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        UserSummary keeper = userService.create(
                new UserDraft(uniqueName("keeper"), "Keeper", "a-long-enough-pass", Set.of(Role.ADMIN)));
        userService.list().stream()
                .filter(user -> user.enabled() && user.roles().contains(Role.ADMIN) && user.id() != keeper.id())
                .forEach(other -> userService.setEnabled(other.id(), false));

        assertThatThrownBy(() -> userService.setEnabled(keeper.id(), false))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("last enabled administrator");
        assertThatThrownBy(() -> userService.assignRoles(keeper.id(), EnumSet.of(Role.EDITOR)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("last enabled administrator");

        UserAccount stored = repository.findById(keeper.id()).orElseThrow();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.roles()).contains(Role.ADMIN);
        // Another administrator makes the change possible again.
        UserSummary second = userService.create(
                new UserDraft(uniqueName("second"), "Second", "a-long-enough-pass", Set.of(Role.ADMIN)));
        assertThat(userService.setEnabled(keeper.id(), false).enabled()).isFalse();
        assertThat(second.enabled()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"AUTHOR", "READER"})
    void an_author_is_denied_every_user_administration_call() {
        assertThatThrownBy(() -> userService.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.create(
                        new UserDraft(uniqueName("sneaky"), "Sneaky", "a-long-enough-pass", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.assignRoles(1L, Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.resetPassword(1L, "a-long-enough-pass"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "AUTHOR", "READER"})
    void an_editor_is_denied_user_administration() {
        assertThatThrownBy(() -> userService.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_is_denied() {
        assertThatThrownBy(() -> userService.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    EmailAddresses emailAddresses;

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_gives_a_user_an_address_changes_and_removes_it_each_time_audited() {
        String username = uniqueName("dora");
        UserSummary created = userService.create(
                new UserDraft(username, "Dora", "a-long-enough-pass", Set.of(Role.AUTHOR), " Dora@Example.org "));
        assertThat(created.email()).isEqualTo("dora@example.org");

        assertThat(userService.changeEmail(created.id(), "d.lind@example.org").email())
                .isEqualTo("d.lind@example.org");
        assertThat(emailAddresses.of(username)).contains("d.lind@example.org");
        assertThat(userService.changeEmail(created.id(), "  ").email()).isNull();
        assertThat(emailAddresses.of(username)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_bad_address_or_one_another_account_has_is_refused_whatever_its_case_and_nothing_is_stored() {
        String first = uniqueName("eve");
        userService.create(
                new UserDraft(first, "Eve", "a-long-enough-pass", Set.of(Role.AUTHOR), first + "@example.org"));
        UserSummary second =
                userService.create(new UserDraft(uniqueName("fay"), "Fay", "a-long-enough-pass", Set.of(Role.AUTHOR)));

        for (String bad : new String[] {
            "fay",
            "fay@",
            "@example.org",
            "fay@example",
            "fay @example.org",
            "fay@example.org\r\nBcc: x@y.org",
            "\"fay\"@example.org",
            "fay@exa_mple.org"
        }) {
            assertThatThrownBy(() -> userService.changeEmail(second.id(), bad))
                    .as(bad)
                    .isInstanceOf(ActionRefusedException.class)
                    .hasMessage("E-mail address: Enter an e-mail address such as name@example.org.");
        }
        assertThatThrownBy(() -> userService.changeEmail(second.id(), first.toUpperCase() + "@EXAMPLE.org"))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("another account uses " + first + "@example.org");
        assertThatThrownBy(() -> userService.create(new UserDraft(
                        uniqueName("gil"), "Gil", "a-long-enough-pass", Set.of(Role.AUTHOR), first + "@example.org")))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(repository.findById(second.id()).orElseThrow().email()).isEmpty();
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "AUTHOR", "READER"})
    void only_an_admin_changes_another_users_address() {
        assertThatThrownBy(() -> userService.changeEmail(1L, "x@example.org"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_system_sets_an_address_for_an_account_as_sign_in_through_a_provider_will_with_the_same_rules() {
        String username = uniqueName("hal");
        String other = uniqueName("ida");
        org.briefdesk.RunAs.admin(() -> {
            userService.create(new UserDraft(username, "Hal", "a-long-enough-pass", Set.of(Role.READER)));
            return userService.create(
                    new UserDraft(other, "Ida", "a-long-enough-pass", Set.of(Role.READER), other + "@example.org"));
        });

        emailAddresses.assign(username, "Hal@Example.org");
        assertThat(emailAddresses.of(username)).contains("hal@example.org");
        assertThatThrownBy(() -> emailAddresses.assign(username, other + "@example.org"))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> emailAddresses.assign(username, "hal at example.org"))
                .isInstanceOf(ActionRefusedException.class);
        emailAddresses.assign(username, null);
        assertThat(emailAddresses.of(username)).isEmpty();
    }
}
