package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RequiredTool;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Upload the sample article through the Import dialog, then find it by a word of its text. */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportSampleBrowserTest extends RealBrowserTest {

    private static final Path SAMPLE = Path.of("../shared/samples/india-japan-supply-agreement.txt");

    @BeforeAll
    static void needsTheSample() {
        RequiredTool.file(SAMPLE, "The shared sample article");
    }

    @Test
    void an_author_imports_the_sample_and_finds_it_by_a_word_of_its_text() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");

            page.navigate(url("/sources"));
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

            // The list as it is now (the search finds the sample) goes out as a BibTeX file (issue #19).
            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("BibTeX (.bib)"))
                            .click());
            String bibtex = Files.readString(download.path());
            org.assertj.core.api.Assertions.assertThat(bibtex)
                    .startsWith("@article{")
                    .contains("India and Japan Discuss Reciprocal Military Supply");
            org.assertj.core.api.Assertions.assertThat(bibtex.split("@article\\{", -1))
                    .hasSize(2);
        }
    }
}
