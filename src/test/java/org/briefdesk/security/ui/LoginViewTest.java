package org.briefdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The login page offers the provider's button when single sign-on is set up, and the form only while local sign-in is on. */
class LoginViewTest {

    @Test
    void with_single_sign_on_the_page_offers_the_provider() {
        LoginView view = new LoginView(null, false, true, "https://id.example.org", "Example ID");

        assertThat(signOnLinks(view)).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Sign in with Example ID");
            assertThat(link.getHref()).isEqualTo("oauth2/authorization/oidc");
        });
        assertThat(form(view).isVisible()).isTrue();
    }

    @Test
    void with_local_sign_in_off_only_the_provider_remains() {
        LoginView view = new LoginView(null, false, false, "https://id.example.org", "Example ID");

        assertThat(signOnLinks(view)).hasSize(1);
        assertThat(form(view).isVisible()).isFalse();
    }

    @Test
    void without_single_sign_on_there_is_no_provider_button() {
        LoginView view = new LoginView(null, false, true, "", "single sign-on");

        assertThat(signOnLinks(view)).isEmpty();
        assertThat(form(view).isVisible()).isTrue();
    }

    private static List<Anchor> signOnLinks(LoginView view) {
        return view.getChildren()
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .toList();
    }

    private static Component form(LoginView view) {
        return view.getChildren()
                .filter(LoginForm.class::isInstance)
                .findFirst()
                .orElseThrow();
    }
}
