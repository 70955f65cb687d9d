package org.briefdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.EnumSet;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.security.Role;
import org.briefdesk.user.AccountRules;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;

/** Creates a user from a {@link UserDraft}; the fields check the same rules as the service. */
class NewUserDialog extends Dialog {

    interface CreatedCallback {
        void created(UserSummary user);
    }

    private final Binder<UserDraft> binder = new Binder<>(UserDraft.class);

    NewUserDialog(UserService userService, CreatedCallback callback) {
        setHeaderTitle("New user");
        TextField username = new TextField("User name");
        username.setHelperText("Lower-case letters, digits, dot, dash or underscore");
        username.setRequiredIndicatorVisible(true);
        TextField displayName = new TextField("Name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(AccountRules.DISPLAY_NAME_MAX_LENGTH);
        PasswordField password = new PasswordField("Password");
        password.setHelperText("12 to 72 characters");
        password.setRequiredIndicatorVisible(true);
        TextField email = EmailDialog.createEmailField();
        email.setHelperText("Optional: where notification e-mails go");
        CheckboxGroup<Role> roles = RolesDialog.createRolesField();

        binder.forField(username)
                .withValidator(Validators.of(AccountRules::usernameProblem))
                .bind("username");
        binder.forField(displayName)
                .withValidator(Validators.of(AccountRules::displayNameProblem))
                .bind("displayName");
        binder.forField(password)
                .withValidator(Validators.of(AccountRules::passwordProblem))
                .bind("password");
        binder.forField(email)
                .withValidator(Validators.of(AccountRules::emailProblem))
                .bind("email");
        binder.forField(roles)
                .withValidator(selected -> !selected.isEmpty(), "Give the user at least one role.")
                .bind("roles");
        binder.readRecord(new UserDraft("", "", "", EnumSet.of(Role.READER), ""));

        FormLayout form = new FormLayout(username, displayName, email, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button create = new Button("Create user", click -> {
            try {
                UserSummary created = userService.create(binder.writeRecord());
                close();
                callback.created(created);
            } catch (ValidationException invalid) {
                // The fields show what is wrong.
            } catch (ActionRefusedException refused) {
                username.setInvalid(refused.getMessage().startsWith("The user name"));
                username.setErrorMessage(refused.getMessage());
                if (refused.getMessage().startsWith("E-mail address: ")) {
                    email.setInvalid(true);
                    email.setErrorMessage(refused.getMessage().substring("E-mail address: ".length()));
                }
                org.briefdesk.base.ui.Notifications.error(refused.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(create, username, displayName, email, password);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
