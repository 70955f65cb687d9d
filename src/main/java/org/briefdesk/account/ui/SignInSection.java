package org.briefdesk.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** How the user signs in: the way to two-factor sign-in (its page lives with the sign-in). */
class SignInSection extends Section {

    /** The route of {@code signin.ui.TwoFactorView}, named here so that this page needs no more of it. */
    static final String TWO_FACTOR_ROUTE = "account/two-factor";

    SignInSection() {
        add(
                new H3("Sign-in"),
                new Paragraph("With two-factor sign-in, your password alone no longer signs you in: Briefdesk also"
                        + " asks for a code from an app on your phone. (Not needed when you sign in through your"
                        + " organisation's single sign-on.)"),
                new Anchor(TWO_FACTOR_ROUTE, "Two-factor sign-in"));
    }
}
