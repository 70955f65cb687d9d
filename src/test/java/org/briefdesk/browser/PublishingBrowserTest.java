package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RequiredTool;
import org.briefdesk.briefing.Audience;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Publishing as people do it: an editor publishes an approved briefing in the editor, and a reader
 * who never signed in reads it at its address, downloads its Markdown, and pandoc formats the
 * citations of the download. An internal briefing sends a signed-out reader to the login and back.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishingBrowserTest extends RealBrowserTest {

    private static final String PANDOC = System.getenv().getOrDefault("BRIEFDESK_PANDOC", "pandoc");

    @Autowired
    PublishedFixture fixture;

    @TempDir
    Path folder;

    @Test
    void an_editor_publishes_and_a_signed_out_reader_reads_downloads_and_formats_the_citations() throws Exception {
        PublishedFixture.Made made = fixture.approved("Harbour strike " + PublishedFixture.nonce(), Audience.PUBLIC);

        try (BrowserContext editorContext = browser.newContext()) {
            Page editor = signIn(editorContext, TestUsers.EDITOR, TestUsers.PASSWORD, "Test editor");
            editor.navigate(url("/briefings/" + made.briefingId() + "/edit"));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                    .click();
            Locator dialog = editor.getByRole(AriaRole.DIALOG);
            assertThat(dialog.getByText("readable by anyone, without signing in"))
                    .isVisible(PATIENTLY);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))
                    .click();
            assertThat(editor.getByText("Published.", new Page.GetByTextOptions().setExact(true)))
                    .isVisible(PATIENTLY);
        }

        try (BrowserContext readerContext =
                browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page reader = readerContext.newPage();
            reader.setDefaultTimeout(30_000);
            reader.navigate(url("/briefings/" + made.slug()));

            assertThat(reader.locator("h1")).hasText(made.title());
            assertThat(reader.locator("article sup.citation a").first()).hasText("1");
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sources")))
                    .isVisible();
            Locator sources = reader.locator("section.sources li");
            assertThat(sources.first()).containsText(made.harbour().title());
            assertThat(reader.locator(".kicker")).containsText("Edition 1");

            Download portable = reader.waitForDownload(
                    () -> reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download Markdown"))
                            .click());
            Path portableFile = folder.resolve("portable-" + portable.suggestedFilename());
            portable.saveAs(portableFile);
            assertThat(portable.suggestedFilename()).endsWith(".md");
            String markdown = Files.readString(portableFile);
            assertThat(markdown)
                    .startsWith("---\n")
                    .contains("title: \"" + made.title() + "\"")
                    .contains("[^1]")
                    .contains(made.ministry().title());

            Download forPandoc = reader.waitForDownload(
                    () -> reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Markdown for Pandoc"))
                            .click());
            Path pandocFile = folder.resolve("pandoc-" + forPandoc.suggestedFilename());
            forPandoc.saveAs(pandocFile);
            assertThat(Files.readString(pandocFile)).contains("references:");

            needsPandoc();
            String formatted = citeproc(pandocFile).toLowerCase(Locale.ROOT);
            for (SourceDetails cited : List.of(made.harbour(), made.ministry())) {
                assertThat(formatted)
                        .as("pandoc's bibliography entry for %s", cited.citationKey())
                        .contains(cited.title().toLowerCase(Locale.ROOT))
                        .doesNotContain("@" + cited.citationKey());
            }
        }
    }

    @Test
    void an_internal_briefing_sends_a_signed_out_reader_to_the_login_and_back_to_the_page() {
        PublishedFixture.Made made = fixture.published("Pilot roster " + PublishedFixture.nonce(), Audience.INTERNAL);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(url("/briefings/" + made.slug()));

            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByText(made.title())).hasCount(0);

            fillSignIn(page, TestUsers.READER, TestUsers.PASSWORD);
            // Slugs are lower-case letters, digits and dashes: nothing to escape in the browser's regex.
            assertThat(page).hasURL(Pattern.compile(".*/briefings/" + made.slug() + "(\\?.*)?$"));
            assertThat(page.locator("h1")).hasText(made.title());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sources")))
                    .isVisible();
        }
    }

    /** Without pandoc the last step is skipped with a note, except on CI, where pandoc must be there. */
    private static void needsPandoc() {
        RequiredTool.command(PANDOC, "pandoc");
    }

    private String citeproc(Path markdown) throws IOException, InterruptedException {
        Path out = folder.resolve("formatted.txt");
        Process process = new ProcessBuilder(
                        PANDOC,
                        "--citeproc",
                        "-f",
                        "markdown",
                        "-t",
                        "plain",
                        "--wrap=none",
                        "-o",
                        out.toString(),
                        markdown.toString())
                .redirectErrorStream(true)
                .start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pandoc said: %s", messages).isZero();
        assertThat(messages).as("pandoc's warnings").doesNotContain("not found");
        return Files.readString(out);
    }
}
