package org.briefdesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.mail.Delivery;
import org.briefdesk.mail.MailPreferences;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.security.Role;
import org.briefdesk.user.MyAccount;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The signed-in user's own page: their e-mail address and which notifications they get by e-mail. */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService userService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MyAccount myAccount;

    @Autowired
    MailPreferences preferences;

    private String username;

    /** A user of this test's own, signed in, with an address. */
    @BeforeEach
    void signIn() {
        username = "av-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.admin(() -> userService.create(new UserDraft(
                username, "Account View", "a-long-enough-password", Set.of(Role.AUTHOR), username + "@example.org")));
        var user = userDetailsService.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TextField email() {
        return $view(TextField.class).withLabel("E-mail address").single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Delivery> choice(NotificationKind kind) {
        return $view(RadioButtonGroup.class).withLabel(kind.label()).single();
    }

    @Test
    void the_page_shows_the_address_and_a_choice_per_kind_with_the_defaults() {
        navigate(AccountView.class);

        assertThat(email().getValue()).isEqualTo(username + "@example.org");
        assertThat(choice(NotificationKind.REVIEW_REQUESTED).getValue()).isEqualTo(Delivery.AT_ONCE);
        assertThat(choice(NotificationKind.MENTION).getValue()).isEqualTo(Delivery.AT_ONCE);
        assertThat(choice(NotificationKind.PUBLISHED).getValue()).isEqualTo(Delivery.DIGEST);
        assertThat($view(RadioButtonGroup.class).all()).hasSize(NotificationKind.values().length);
        // This test context sends no e-mail: the page says so.
        assertThat($view(Paragraph.class)
                        .withCondition(p -> p.getText().startsWith("This server sends no e-mail yet"))
                        .exists())
                .isTrue();
    }

    @Test
    void a_changed_choice_is_saved_with_a_confirmation() {
        navigate(AccountView.class);

        test(choice(NotificationKind.APPROVED)).selectItem("Off");
        test(choice(NotificationKind.REPLY)).selectItem("At once");
        test($view(Button.class).withText("Save e-mail settings").single()).click();

        assertThat(preferences.mine())
                .containsEntry(NotificationKind.APPROVED, Delivery.OFF)
                .containsEntry(NotificationKind.REPLY, Delivery.AT_ONCE)
                .containsEntry(NotificationKind.REVIEW_REQUESTED, Delivery.AT_ONCE);
        assertThat($(Notification.class).all().stream().map(shown -> test(shown).getText()))
                .contains("Your e-mail settings are saved.");
    }

    @Test
    void a_bad_address_is_refused_with_a_clear_message_and_nothing_changes() {
        navigate(AccountView.class);

        test(email()).setValue("alice at example dot org");
        test($view(Button.class).withText("Save address").single()).click();

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.org.");
        assertThat(myAccount.email()).contains(username + "@example.org");
    }

    @Test
    void an_address_of_another_account_is_refused_and_nothing_changes() {
        String other = "av-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.admin(() -> userService.create(
                new UserDraft(other, "Other", "a-long-enough-password", Set.of(Role.READER), other + "@example.org")));
        navigate(AccountView.class);

        test(email()).setValue(other.toUpperCase() + "@Example.org");
        test($view(Button.class).withText("Save address").single()).click();

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).contains("another account uses " + other + "@example.org");
        assertThat(myAccount.email()).contains(username + "@example.org");
    }

    @Test
    void a_new_address_is_saved_in_lower_case_and_an_empty_one_removes_it() {
        navigate(AccountView.class);

        test(email()).setValue("  New.Address+" + username + "@Example.ORG ");
        test($view(Button.class).withText("Save address").single()).click();
        assertThat(myAccount.email()).contains("new.address+" + username + "@example.org");
        assertThat(email().getValue()).isEqualTo("new.address+" + username + "@example.org");

        test(email()).setValue("");
        test($view(Button.class).withText("Save address").single()).click();
        assertThat(myAccount.email()).isEmpty();
        assertThat($view(Paragraph.class)
                        .withText("Add your e-mail address above to receive these e-mails.")
                        .single()
                        .isVisible())
                .isTrue();
    }
}
