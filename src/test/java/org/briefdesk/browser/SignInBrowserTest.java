package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign in, see the dashboard, sign out, in a real Chromium against the running application. */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        BrowserSupport.chromium();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

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
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    @Test
    void a_user_signs_in_sees_the_dashboard_and_signs_out() {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn(TestUsers.AUTHOR, TestUsers.PASSWORD);

        assertThat(page.getByText("Welcome, Test author")).isVisible(PATIENTLY);
        assertThat(page.getByText("My drafts")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        // Signed out for real: the dashboard sends us back to the login.
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_shows_a_clear_message_and_keeps_the_user_out() {
        page.navigate("http://localhost:" + port + "/login");

        signIn(TestUsers.AUTHOR, "not-the-password");

        assertThat(page.getByText("The user name or password is not right")).isVisible(PATIENTLY);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
    }
}
