package org.briefdesk.account.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.briefdesk.mail.MailPreferences;
import org.briefdesk.user.MyAccount;

/**
 * What each user sets for themselves, in sections: their e-mail address, which notifications
 * reach them by e-mail, and the way to two-factor sign-in. Mails link here for changing or stopping them (List-Unsubscribe).
 */
@Route("account")
@PageTitle("Your account")
@Menu(order = 100, icon = "vaadin:user-card", title = "Your account")
@PermitAll
class AccountView extends Main {

    AccountView(MyAccount account, MailPreferences preferences) {
        addClassName("bd-view");
        MailPreferencesSection mail =
                new MailPreferencesSection(preferences, account.email().isPresent());
        EmailAddressSection address = new EmailAddressSection(account, mail::addressChanged);
        add(new H2("Your account"), address, mail, new SignInSection());
    }
}
