package org.briefdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.user.AccountRules;
import org.briefdesk.user.UserSummary;

/** Sets a new password for one user. */
class ResetPasswordDialog extends Dialog {

    interface SaveCallback {
        void save(String password);
    }

    ResetPasswordDialog(UserSummary user, SaveCallback callback) {
        setHeaderTitle("New password for " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("12 to 72 characters");
        password.setWidthFull();
        add(password);
        Button save = new Button("Set password", click -> {
            var problem = AccountRules.passwordProblem(password.getValue());
            if (problem.isPresent()) {
                password.setInvalid(true);
                password.setErrorMessage(problem.get());
                return;
            }
            try {
                callback.save(password.getValue());
                close();
            } catch (ActionRefusedException refused) {
                password.setInvalid(true);
                password.setErrorMessage(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(save, password);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
