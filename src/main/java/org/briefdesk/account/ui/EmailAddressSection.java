package org.briefdesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.user.AccountRules;
import org.briefdesk.user.MyAccount;

/** The user's own e-mail address: where notification mails go; empty for none. */
class EmailAddressSection extends Section {

    /** Told when the address was saved: present, or removed. */
    interface AddressChanged {
        void changed(boolean present);
    }

    private final MyAccount account;
    private final AddressChanged callback;
    private final TextField email = new TextField("E-mail address");

    EmailAddressSection(MyAccount account, AddressChanged callback) {
        this.account = account;
        this.callback = callback;
        email.setValue(account.email().orElse(""));
        email.setMaxLength(AccountRules.EMAIL_MAX_LENGTH);
        email.setPlaceholder("name@example.org");
        email.setWidth("24rem");
        email.setClearButtonVisible(true);
        Button save = new Button("Save address", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(save, email);
        HorizontalLayout row = new HorizontalLayout(email, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H3("E-mail address"),
                new Paragraph("Where Briefdesk sends your notification e-mails. Leave it empty to receive none."),
                row);
    }

    private void save() {
        Optional<String> problem = AccountRules.emailProblem(email.getValue());
        if (problem.isPresent()) {
            refuse(problem.get());
            return;
        }
        try {
            Optional<String> saved = account.changeEmail(email.getValue());
            email.setInvalid(false);
            email.setValue(saved.orElse(""));
            Notifications.success(saved.map(address -> "Your e-mail address is now " + address + ".")
                    .orElse("Your e-mail address is removed; you will get no e-mail from Briefdesk."));
            callback.changed(saved.isPresent());
        } catch (ActionRefusedException refused) {
            refuse(refused.getMessage().replaceFirst("^E-mail address: ", ""));
        }
    }

    private void refuse(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
    }
}
