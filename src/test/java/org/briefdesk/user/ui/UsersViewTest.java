package org.briefdesk.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.security.Role;
import org.briefdesk.signin.Authenticator;
import org.briefdesk.signin.TwoFactorService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    UserService userService;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    ActingUser actingUser;

    private String statusOf(String username) {
        var grid = test(usersGrid());
        return ((com.vaadin.flow.component.html.Span)
                        grid.getCellComponent(rowOf(username), grid.getColumnPosition("status")))
                .getText();
    }

    /** Five wrong passwords through Spring Security's own authentication manager lock the account. */
    private void lockOut(String username) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            try {
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-" + i));
            } catch (AuthenticationException expected) {
                // Failed, as intended.
            }
        }
    }

    private static String uniqueName() {
        return "vt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> usersGrid() {
        return $view(Grid.class).single();
    }

    private void createUser(String username, String password) {
        test($view(Button.class).withText("New user").single()).click();
        test($(TextField.class).withLabel("User name").single()).setValue(username);
        test($(TextField.class).withLabel("Name").single()).setValue("View Test " + username);
        test($(PasswordField.class).withLabel("Password").single()).setValue(password);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).withLabel("Roles").single();
        roles.setValue(Set.of(Role.AUTHOR));
        test($(Button.class).withText("Create user").single()).click();
    }

    private int rowOf(String username) {
        var grid = test(usersGrid());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not in the list");
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_creates_a_user_who_appears_in_the_list_with_roles_and_status() {
        navigate(UsersView.class);
        String username = uniqueName();

        createUser(username, "view-test-password");

        var grid = test(usersGrid());
        int row = rowOf(username);
        assertThat(grid.getRow(row).roles()).containsExactly(Role.AUTHOR);
        assertThat(grid.getCellText(row, grid.getColumnPosition("roles"))).isEqualTo("Author");
        assertThat($(TextField.class).withLabel("User name").exists())
                .as("the dialog closed")
                .isFalse();
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_too_short_password_shows_a_field_message_and_creates_nothing() {
        navigate(UsersView.class);
        String username = uniqueName();

        createUser(username, "short");

        PasswordField password = $(PasswordField.class).withLabel("Password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12");
        assertThat(test(usersGrid()).size()).isPositive();
        assertThat(usersGrid().getListDataView().getItems().map(UserSummary::username))
                .doesNotContain(username);
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_disables_a_selected_user_after_confirming() {
        navigate(UsersView.class);
        String username = uniqueName();
        createUser(username, "view-test-password");

        test(usersGrid()).select(rowOf(username));
        Button toggle = $view(Button.class).withText("Disable").single();
        test(toggle).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();

        assertThat(test(usersGrid()).getRow(rowOf(username)).enabled()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Enable");
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_turns_off_two_factor_sign_in_for_someone_who_lost_their_phone() {
        navigate(UsersView.class);
        String username = uniqueName();
        createUser(username, "view-test-password");
        Button turnOff = $view(Button.class).withText("Turn off two-factor").single();
        test(usersGrid()).select(rowOf(username));
        assertThat(turnOff.isEnabled()).as("nothing to turn off yet").isFalse();

        Authenticator.turnOn(actingUser, twoFactor, username);
        test(usersGrid()).select(rowOf(username));
        assertThat(turnOff.isEnabled()).isTrue();
        test(turnOff).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(twoFactor.isOn(username)).isFalse();
        assertThat(turnOff.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_opening_the_users_view_is_denied() {
        UI.getCurrent().navigate("users");

        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_sees_a_locked_account_looks_at_its_failed_sign_ins_and_unlocks_it() throws Exception {
        String username = uniqueName();
        userService.create(new UserDraft(username, "Locked Out", "view-test-password", Set.of(Role.AUTHOR)));
        lockOut(username);
        navigate(UsersView.class);

        var grid = test(usersGrid());
        grid.select(rowOf(username));
        assertThat(statusOf(username)).startsWith("Locked until");
        Button unlock = $view(Button.class).withText("Unlock sign-in").single();
        assertThat(unlock.isEnabled()).isTrue();

        test(unlock).click();

        assertThat(statusOf(username)).isEqualTo("Enabled");
        assertThat(unlock.isEnabled()).isFalse();

        test($view(Button.class).withText("Failed sign-ins").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AuditLogView");
        assertThat($view(TextField.class).withLabel("User").single().getValue()).isEqualTo(username);
        @SuppressWarnings("unchecked")
        Grid<org.briefdesk.audit.AuditEntry> log = $view(Grid.class).single();
        assertThat(test(log).size()).isEqualTo(5);
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_sets_a_users_address_which_the_list_shows_and_a_bad_one_is_refused_in_the_dialog() {
        navigate(UsersView.class);
        String username = uniqueName();
        createUser(username, "view-test-password");

        test(usersGrid()).select(rowOf(username));
        test($view(Button.class).withText("Edit e-mail").single()).click();
        test($(TextField.class).withLabel("E-mail address").single()).setValue("not-an-address");
        test($(Button.class).withText("Save address").single()).click();
        TextField field = $(TextField.class).withLabel("E-mail address").single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.org.");

        test(field).setValue(username + "@Example.org");
        test($(Button.class).withText("Save address").single()).click();

        var grid = test(usersGrid());
        assertThat(grid.getCellText(rowOf(username), grid.getColumnPosition("email")))
                .isEqualTo(username + "@example.org");
        assertThat($(TextField.class).withLabel("E-mail address").exists())
                .as("the dialog closed")
                .isFalse();
    }
}
