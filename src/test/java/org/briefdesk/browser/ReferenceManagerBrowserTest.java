package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RequiredTool;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue #19 as its users try it: an analyst imports her Zotero library's CSL JSON export of five
 * articles in the browser (one without text is added as text missing), cites two of them, and once
 * the briefing is published a signed-out reader downloads it as Word and PDF, which open and show
 * the text, the numbered citations and the sources, and as Markdown for pandoc, whose bibliography
 * lists the authors by family name.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceManagerBrowserTest extends RealBrowserTest {

    private static final String PANDOC = System.getenv().getOrDefault("BRIEFDESK_PANDOC", "pandoc");

    @Autowired
    BriefingService briefings;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    ActingUser actingUser;

    @TempDir
    Path folder;

    private final String n = PublishedFixture.nonce();

    @BeforeAll
    static void toolsAreThere() {
        RequiredTool.command(PANDOC, "pandoc");
    }

    @Test
    void a_zotero_library_is_imported_cited_and_published_as_word_pdf_and_a_bibliography() throws Exception {
        Path export = folder.resolve("My Library.json");
        Files.writeString(export, zoteroExport());
        String patrolKey;
        String portsKey;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.navigate(url("/sources"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            page.locator("vaadin-upload input[type=file]").setInputFiles(export);

            assertThat(page.getByText(Pattern.compile("Added as @[a-z0-9-]+, text missing")))
                    .isVisible(PATIENTLY);
            String report =
                    String.join("\n", page.locator("vaadin-grid-cell-content").allTextContents());
            assertThat(Pattern.compile("Added as @").matcher(report).results()).hasSize(5);
            patrolKey = addedKey(report, "What a patrol agreement must solve " + n);
            portsKey = addedKey(report, "Ports and pilots " + n);
        }

        String slug = publish(
                "Patrols and pilots " + n,
                "A patrol agreement \"must settle who boards which ship and when\" [@" + patrolKey + "].\n\n"
                        + "The pilots refused to board [@" + portsKey + "].\n");

        try (BrowserContext readerContext =
                browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page reader = readerContext.newPage();
            reader.setDefaultTimeout(30_000);
            reader.navigate(url("/briefings/" + slug));
            assertThat(reader.locator("h1")).hasText("Patrols and pilots " + n);

            String word = wordText(download(reader, "Word"));
            String pdf = pdfText(download(reader, "PDF"));
            for (String text : List.of(word, pdf)) {
                assertThat(text)
                        .contains("Patrols and pilots " + n)
                        .contains("must settle who boards which ship and when")
                        .contains("Priya Raman and Anders Holmgren: What a patrol agreement must solve " + n)
                        .contains("Ports and pilots " + n)
                        .containsPattern("\\b1\\b")
                        .containsPattern("\\b2\\b");
            }
            assertThat(citeproc(download(reader, "Markdown for Pandoc")))
                    .contains("Raman, Priya, and Anders Holmgren")
                    // Chicago (pandoc's default style) sorts and lists the particle after the given name.
                    .contains("Berg, Jan van der. 2024.");
        }
    }

    /** Five references as Zotero's "CSL JSON" export writes them; the book has no abstract or note. */
    private String zoteroExport() {
        return """
                [
                  {"id": "http://zotero.org/users/1/items/A1", "type": "article-newspaper",
                   "title": "What a patrol agreement must solve %1$s", "container-title": "Halvorsen Review",
                   "author": [{"family": "Raman", "given": "Priya"}, {"family": "Holmgren", "given": "Anders"}],
                   "issued": {"date-parts": [["2025", 3, 1]]}, "URL": "https://halvorsen.example/patrol-%1$s",
                   "abstract": "A patrol agreement must settle who boards which ship and when. %1$s"},
                  {"id": "http://zotero.org/users/1/items/A2", "type": "article-journal",
                   "title": "Ports and pilots %1$s",
                   "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}],
                   "issued": {"date-parts": [[2024, 11]]}, "DOI": "10.1234/ports.%1$s",
                   "note": "<p>The pilots <b>refused</b> to board. %1$s</p>"},
                  {"id": "http://zotero.org/users/1/items/A3", "type": "webpage",
                   "title": "Harbour statistics %1$s", "abstract": "Ships waited fourteen days in April. %1$s"},
                  {"id": "http://zotero.org/users/1/items/A4", "type": "article-newspaper",
                   "title": "Tallinn talks %1$s", "author": [{"family": "Varga", "given": "Lena"}],
                   "abstract": "Talks in Tallinn ended without a text. %1$s"},
                  {"id": "http://zotero.org/users/1/items/A5", "type": "book",
                   "title": "A book without notes %1$s", "author": [{"family": "Osei", "given": "Petra"}]}
                ]
                """.formatted(n);
    }

    /** The key the import report gives the reference with this title. */
    private static String addedKey(String report, String title) {
        Matcher added = Pattern.compile(Pattern.quote(title) + "\\s+Added\\s+Added as @([a-z0-9-]+)")
                .matcher(report);
        assertThat(added.find()).as("the report adds %s: %s", title, report).isTrue();
        return added.group(1);
    }

    /** Written, reviewed and published as the workflow's people do; the briefing's address. */
    private String publish(String title, String body) {
        long id = actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefings.create(BriefingDraft.titled(title));
            briefings.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(title, null, body, Audience.PUBLIC, Set.of(), Set.of()),
                    "Ready",
                    false);
            workflow.submit(created.id(), null);
            return created.id();
        });
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(id));
        actingUser.as(TestUsers.EDITOR, () -> workflow.publish(id));
        return actingUser.as(
                TestUsers.EDITOR, () -> briefings.get(id).orElseThrow().slug());
    }

    private Path download(Page reader, String link) {
        Download download = reader.waitForDownload(() -> reader.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true))
                .click());
        Path file = folder.resolve(download.suggestedFilename());
        download.saveAs(file);
        return file;
    }

    private static String wordText(Path docx) throws IOException {
        assertThat(docx.getFileName().toString()).endsWith(".docx");
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    private static String pdfText(Path file) throws IOException {
        assertThat(file.getFileName().toString()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private String citeproc(Path markdown) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        PANDOC, "--citeproc", "-f", "markdown", "-t", "plain", "--wrap=none", markdown.toString())
                .redirectErrorStream(true)
                .start();
        String plain = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pandoc said: %s", plain).isZero();
        return plain;
    }
}
