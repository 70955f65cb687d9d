package org.briefdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.net.ServerSocket;
import org.briefdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Single sign-on while the provider does not answer (issue #18): Briefdesk starts, and "Sign in with
 * …" leads back to the login page, which says the provider cannot be reached and offers the
 * password form, rather than to an error page.
 */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class SignOnUnreachableTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void aProviderThatDoesNotAnswer(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        registry.add("briefdesk.oidc.issuer", () -> "http://127.0.0.1:" + closed + "/realms/briefdesk");
        registry.add("briefdesk.oidc.client-id", () -> "briefdesk");
        registry.add("briefdesk.oidc.client-secret", () -> "not-used");
        registry.add("briefdesk.oidc.name", () -> "Example ID");
    }

    @Autowired
    WebApplicationContext context;

    @Test
    void signing_in_through_a_provider_that_does_not_answer_returns_to_the_login_page() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();

        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(redirectedUrl("/login?unreachable"));
    }

    @Test
    void the_login_page_says_the_provider_cannot_be_reached_and_offers_the_password() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("unreachable", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        assertThat($view(Paragraph.class)
                        .withClassName("bd-sign-on-unreachable")
                        .single()
                        .getText())
                .isEqualTo("The single sign-on provider cannot be reached just now. Try again in a moment, or sign"
                        + " in with your user name and password.");
    }
}
