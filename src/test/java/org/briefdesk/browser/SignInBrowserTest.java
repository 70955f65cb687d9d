package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Sign in, see the dashboard, sign out, in a real Chromium against the running application. */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTest extends RealBrowserTest {

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext() {
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private void signIn(String username, String password) {
        fillSignIn(page, username, password);
    }

    @Test
    void a_user_signs_in_sees_the_dashboard_and_signs_out() {
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn(TestUsers.AUTHOR, TestUsers.PASSWORD);

        assertThat(page.getByText("Welcome, Test author")).isVisible(PATIENTLY);
        assertThat(page.getByText("My drafts")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        // Signed out for real: the dashboard sends us back to the login.
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_shows_a_clear_message_and_keeps_the_user_out() {
        page.navigate(url("/login"));

        signIn(TestUsers.AUTHOR, "not-the-password");

        assertThat(page.getByText("The user name or password is not right")).isVisible(PATIENTLY);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
    }
}
