package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RequiredTool;
import org.briefdesk.RunAs;
import org.briefdesk.source.ImportResult;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Type a quotation of the sample article with its key: the checks panel verifies it and the preview
 * numbers the citation and lists the source. Then change one word and see the check fail.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuotationBrowserTest extends RealBrowserTest {

    private static final Path SAMPLE = Path.of("../shared/samples/india-japan-supply-agreement.txt");

    @Autowired
    SourceService sourceService;

    @BeforeAll
    static void needsTheSample() {
        RequiredTool.file(SAMPLE, "The shared sample article");
    }

    @Test
    void a_typed_quotation_of_the_sample_is_verified_numbered_and_listed() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        ImportResult imported = RunAs.withRoles(
                        () -> sourceService.importFile(SAMPLE.getFileName().toString(), sample), "AUTHOR", "READER")
                .getFirst();
        String key = imported.citationKey();

        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");

            page.navigate(url("/briefings"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New briefing"))
                    .click();
            page.getByLabel("Title").last().fill("Reciprocal supply " + System.nanoTime());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                    .click();

            Locator body = page.locator("vaadin-text-area.bd-editor-body textarea");
            assertThat(body).isVisible(PATIENTLY);
            // Type as a person does: the editor hears each keystroke and renders after a pause.
            body.click();
            page.keyboard()
                    .insertText(
                            "Both ministers met in Laos.\n\nThe deal would see “Indian warships and aircraft receiving"
                                    + " supplies” [@" + key + "] at Japanese bases.");

            page.keyboard().press("End");
            Locator preview = page.locator(".bd-preview");
            // The preview follows the text after a short pause; then the checks describe this text.
            assertThat(preview.locator("li").first())
                    .containsText(
                            "India and Japan Discuss Reciprocal Military Supply Agreement",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(preview.locator("sup a").first()).hasText("1");
            assertThat(page.getByText("All citations resolve and every quotation is verified."))
                    .isVisible(PATIENTLY);

            body.fill("The deal would see “Indian warships and planes receiving supplies” [@" + key
                    + "] at Japanese bases.");
            body.blur();
            assertThat(page.getByText("Not found in @" + key).first()).isVisible(PATIENTLY);
        }
    }
}
