package org.briefdesk.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Briefdesk")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm loginForm = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(
            AuthenticationContext authenticationContext,
            @Value("${briefdesk.demo:false}") boolean demo,
            @Value("${briefdesk.sign-in.local:true}") boolean localSignIn,
            @Value("${briefdesk.oidc.issuer:}") String signOnIssuer,
            @Value("${briefdesk.oidc.name:single sign-on}") String signOnName) {
        this.authenticationContext = authenticationContext;
        addClassName("bd-login");
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(createI18n());
        add(new H1("Briefdesk"));
        if (!signOnIssuer.isBlank()) {
            add(createSignOnLink(signOnName));
        }
        loginForm.setVisible(localSignIn);
        add(loginForm);
        if (demo) {
            add(createDemoNotice());
        }
    }

    private static LoginI18n createI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        // The same words whether the user name is unknown, the password wrong, the account disabled or
        // sign-in locked after too many failures, so the form does not tell a stranger which accounts
        // exist or how close a guess came.
        i18n.getErrorMessage()
                .setMessage("The user name or password is not right, or the account is disabled or locked for a"
                        + " while after too many failed attempts. Check them and try again later, or ask an"
                        + " administrator.");
        return i18n;
    }

    /** Spring Security's start of the provider's sign-in; a full page load, not a Vaadin navigation. */
    private static Anchor createSignOnLink(String name) {
        Anchor link = new Anchor("oauth2/authorization/oidc", "Sign in with " + name);
        link.setRouterIgnore(true);
        link.addClassName("bd-sign-on");
        return link;
    }

    private static Div createDemoNotice() {
        Div notice =
                new Div(new Paragraph("This is a demo installation. Sign in as alice or bob (authors), erin (editor)"
                        + " or adam (administrator), all with the password briefdesk-demo."));
        notice.addClassName("bd-demo-notice");
        return notice;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean error = parameters.containsKey("error");
        loginForm.setError(error);
        if (error && !loginForm.isVisible()) {
            add(new Paragraph("Sign-in failed. The account may be disabled; ask an administrator."));
        }
        if (parameters.containsKey("unreachable")) {
            Paragraph unreachable = new Paragraph("The single sign-on provider cannot be reached just now. Try again in"
                    + " a moment" + (loginForm.isVisible() ? ", or sign in with your user name and password." : "."));
            unreachable.addClassName("bd-sign-on-unreachable");
            unreachable.getElement().setAttribute("role", "alert");
            add(unreachable);
        }
    }
}
