package org.briefdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.user.AccountRules;
import org.briefdesk.user.UserSummary;

/** Sets, changes or removes the e-mail address of one user. */
class EmailDialog extends Dialog {

    interface SaveCallback {
        void save(String email);
    }

    EmailDialog(UserSummary user, SaveCallback callback) {
        setHeaderTitle("E-mail address of " + user.username());
        TextField email = createEmailField();
        email.setValue(user.email() == null ? "" : user.email());
        email.setHelperText("Where " + user.displayName() + "'s notification e-mails go; empty for none");
        add(email);
        Button save = new Button("Save address", click -> {
            Optional<String> problem = AccountRules.emailProblem(email.getValue());
            if (problem.isPresent()) {
                email.setErrorMessage(problem.get());
                email.setInvalid(true);
                return;
            }
            try {
                callback.save(email.getValue());
                close();
            } catch (ActionRefusedException refused) {
                email.setErrorMessage(refused.getMessage().replaceFirst("^E-mail address: ", ""));
                email.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(save, email);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static TextField createEmailField() {
        TextField email = new TextField("E-mail address");
        email.setMaxLength(AccountRules.EMAIL_MAX_LENGTH);
        email.setPlaceholder("name@example.org");
        email.setWidthFull();
        return email;
    }
}
