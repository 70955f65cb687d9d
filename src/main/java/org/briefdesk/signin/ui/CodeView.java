package org.briefdesk.signin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import org.briefdesk.signin.PendingSignIn;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of a sign-in with two-factor on: the password was right, now the code. The code
 * goes to Spring Security as a plain form post (as the login form's password does), not through
 * Vaadin, so that the sign-in finishes in the security filter chain.
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Sign-in code · Briefdesk")
@AnonymousAllowed
class CodeView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;
    private final Clock clock;
    private final Element form = new Element("form");
    private final TextField code = new TextField("Code");
    private final Paragraph error = new Paragraph(
            "That code is not right, or was used already. Type the code the app shows now, or an unused recovery code.");

    CodeView(AuthenticationContext authenticationContext, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
        addClassName("bd-login");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        code.getElement().setProperty("name", "code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText("Six digits from your authenticator app, or a recovery code");
        code.setAutofocus(true);
        code.setWidthFull();
        Button signIn = new Button("Sign in", click -> submit());
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/code");
        form.appendChild(code.getElement());
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("width", "20rem");
        add(
                new H1("Briefdesk"),
                new H2("Two-factor sign-in"),
                new Paragraph(
                        "Your password was right. " + "Now type the code your authenticator app shows for Briefdesk."),
                error);
        getElement().appendChild(form);
        add(signIn, new Anchor("login", "Start over"));
    }

    /** Enter in the field submits the form natively (its one text field); the button does the same. */
    private void submit() {
        form.executeJs("this.requestSubmit()");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Object pending = VaadinSession.getCurrent().getSession().getAttribute(PendingSignIn.ATTRIBUTE);
        if (PendingSignIn.of(pending, clock.instant()).isEmpty()) {
            event.forwardTo("login");
            return;
        }
        error.setVisible(
                event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        addCsrfToken();
    }

    /** The token Spring Security expects with every form post, as the login form sends it too. */
    private void addCsrfToken() {
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName())
                        instanceof CsrfToken token) {
            Input hidden = new Input();
            hidden.setType("hidden");
            hidden.getElement().setAttribute("name", token.getParameterName());
            hidden.setValue(token.getToken());
            form.appendChild(hidden.getElement());
        }
    }
}
