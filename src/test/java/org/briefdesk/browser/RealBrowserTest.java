package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What every real-browser test shares: one Chromium per test class, and signing in. Vaadin's
 * development tools stay off, as they are for users: their corner overlay would otherwise catch
 * clicks meant for the top bar (the notification bell).
 */
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
abstract class RealBrowserTest {

    static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page in the context, already signed in as the user, on the dashboard. */
    Page signIn(BrowserContext context, String username, String password, String displayName) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("/login"));
        fillSignIn(page, username, password);
        assertThat(page.getByText("Welcome, " + displayName)).isVisible(PATIENTLY);
        return page;
    }

    static void fillSignIn(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }
}
