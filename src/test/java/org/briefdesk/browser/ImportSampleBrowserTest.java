package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Upload the sample article through the Import dialog, then find it by a word of its text. */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportSampleBrowserTest {

    private static final Path SAMPLE = Path.of("../shared/samples/india-japan-supply-agreement.txt");
    private static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        if (!Files.exists(SAMPLE) && System.getenv("CI") == null) {
            Assumptions.abort("The sample article " + SAMPLE + " is not beside the project.");
        }
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

    @Test
    void an_author_imports_the_sample_and_finds_it_by_a_word_of_its_text() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name='username']").fill(TestUsers.AUTHOR);
            page.locator("input[name='password']").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            assertThat(page.getByText("Welcome, Test author")).isVisible(PATIENTLY);

            page.navigate("http://localhost:" + port + "/sources");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            page.locator("vaadin-upload input[type=file]").setInputFiles(SAMPLE);

            Locator report = page.locator("vaadin-dialog-overlay vaadin-grid, vaadin-dialog vaadin-grid")
                    .first();
            // A fresh library adds it; a library that already holds it says so and names the source.
            assertThat(page.getByText(Pattern.compile("Added as @|Already in the library as @"))
                            .first())
                    .isVisible(PATIENTLY);
            assertThat(page.getByText("Boilerplate removed: “No comments:” · “Post a Comment”")
                            .first())
                    .isVisible();
            assertThat(report).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                    .click();

            page.getByLabel("Search sources").fill("interoperability Vientiane");
            assertThat(page.getByText(
                                    "India and Japan Discuss Reciprocal Military Supply Agreement Amid Regional Security"
                                            + " Concerns")
                            .first())
                    .isVisible(PATIENTLY);
            assertThat(page.locator(".bd-match").first()).isVisible();
        }
    }
}
