package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RequiredTool;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.marking.Tlp;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.source.Grade;
import org.briefdesk.source.ImportResult;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.Confidence;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * alice adds two key judgments citing the sample article to her Public briefing; the Checks panel
 * flags the "might" of one, she follows the finding to the word, replaces it and picks "likely".
 * Then she cites a TLP:AMBER source in the text, and erin's Publish is refused with its name.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyJudgmentsBrowserTest extends RealBrowserTest {

    private static final Path SAMPLE = Path.of("../shared/samples/india-japan-supply-agreement.txt");

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    SourceService sources;

    @Autowired
    ActingUser actingUser;

    @BeforeAll
    static void needsTheSample() {
        RequiredTool.file(SAMPLE, "The shared sample article");
    }

    @BeforeEach
    void aliceAndErinExist() {
        DemoPeople.aliceAndErin(userService, actingUser);
    }

    /** The sample article's key: imported now, or found as already in the library. */
    private String sampleKey() throws IOException {
        byte[] content = Files.readAllBytes(SAMPLE);
        ImportResult result = actingUser
                .as(
                        DemoPeople.ALICE,
                        () -> sources.importFile(SAMPLE.getFileName().toString(), content))
                .getFirst();
        assertThat(result.outcome()).isIn(ImportResult.Outcome.ADDED, ImportResult.Outcome.DUPLICATE);
        assertThat(result.citationKey()).isNotNull();
        return result.citationKey();
    }

    @Test
    void alice_adds_two_key_judgments_fixes_a_hedge_the_checks_flag_and_an_amber_source_stops_the_publication()
            throws IOException {
        String sample = sampleKey();
        String nonce = PublishedFixture.nonce();
        SourceDetails amber = actingUser.as(
                DemoPeople.ALICE,
                () -> sources.add(new SourceDraft(
                        "liaison-" + nonce,
                        "Liaison note on the Indian Navy's refuelling plans " + nonce,
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 6, 1),
                        "en",
                        Set.of(),
                        null,
                        new Grade('B', 3),
                        "The navy plans two refuelling stops in Yokosuka next spring. Note " + nonce + ".",
                        Tlp.AMBER,
                        null)));
        String title = "India and Japan supplies " + nonce;
        long id = actingUser.as(DemoPeople.ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title));
            briefingService.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(
                            title,
                            null,
                            "India and Japan are discussing a reciprocal supply agreement [@" + sample + "].",
                            Audience.PUBLIC,
                            Set.of(),
                            Set.of()),
                    null,
                    false);
            return created.id();
        });

        try (BrowserContext aliceContext = browser.newContext();
                BrowserContext erinContext = browser.newContext()) {
            Page alice = signIn(aliceContext, DemoPeople.ALICE, DemoPeople.PASSWORD, DemoPeople.ALICE_NAME);
            alice.navigate(url("/briefings/" + id + "/edit"));

            button(alice, "Add key judgment").click();
            Locator first = alice.getByLabel("Key judgment 1", new Page.GetByLabelOptions().setExact(true));
            first.fill("India and Japan might sign the supply agreement within a year [@" + sample + "].");
            pick(alice, 0, 0, "likely (55–80 %)");
            pick(alice, 0, 1, "moderate");
            button(alice, "Add key judgment").click();
            alice.getByLabel("Key judgment 2", new Page.GetByLabelOptions().setExact(true))
                    .fill("Japanese warships will be supplied at Indian bases under the agreement [@" + sample + "].");
            pick(alice, 1, 0, "unlikely (20–45 %)");
            pick(alice, 1, 1, "low");

            // The checks flag the hedge; the finding takes alice to the word, she replaces it.
            Locator checks = alice.locator(".bd-checks");
            Locator hedge = checks.getByText("“might” in key judgment 1 hedges outside the ICD 203 yardstick");
            assertThat(hedge).isVisible(PATIENTLY);
            assertThat(checks).containsText("Key judgment 2 rests on a single source");
            hedge.click();
            assertThat(first).isFocused();
            alice.keyboard().type("will");
            first.press("Tab");
            assertThat(hedge)
                    .hasCount(
                            0,
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                                    .setTimeout(30_000));
            assertThat(alice.locator(".bd-preview"))
                    .containsText("Likely, moderate confidence: India and Japan will"
                            + " sign the supply agreement within a year");
            alice.keyboard().press("Control+s");
            assertThat(alice.locator(".bd-saved")).containsText("Saved", PATIENT_TEXT);

            BriefingDetails saved = actingUser.as(
                    DemoPeople.ALICE, () -> briefingService.get(id).orElseThrow());
            assertThat(saved.judgments())
                    .extracting(KeyJudgment::text, KeyJudgment::likelihood, KeyJudgment::confidence)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "India and Japan will sign the supply agreement within a year [@" + sample + "].",
                                    "likely",
                                    Confidence.MODERATE),
                            org.assertj.core.groups.Tuple.tuple(
                                    "Japanese warships will be supplied at Indian bases under the agreement [@" + sample
                                            + "].",
                                    "unlikely",
                                    Confidence.LOW));

            // She cites the TLP:AMBER note in the Public briefing: the checks say so before anyone publishes.
            Locator text = alice.locator("vaadin-text-area.bd-editor-body textarea");
            text.click();
            alice.keyboard().press("Control+End");
            alice.keyboard().insertText(" The Indian Navy plans refuelling stops [@" + amber.citationKey() + "].");
            assertThat(checks).containsText("“" + amber.title() + "” (TLP:AMBER)", PATIENT_TEXT);
            alice.keyboard().press("Control+s");
            assertThat(alice.locator(".bd-saved")).containsText("Saved", PATIENT_TEXT);
            actingUser.as(DemoPeople.ALICE, () -> workflow.submit(id, DemoPeople.ERIN));

            // erin approves and publishes: refused, naming the source.
            Page erin = signIn(erinContext, DemoPeople.ERIN, DemoPeople.PASSWORD, DemoPeople.ERIN_NAME);
            erin.navigate(url("/briefings/" + id + "/edit"));
            button(erin, "Approve").click();
            assertThat(button(erin, "Publish")).isVisible(PATIENTLY);
            button(erin, "Publish").click();
            Locator dialog = erin.getByRole(AriaRole.DIALOG);
            assertThat(dialog.getByText("readable by anyone, without signing in"))
                    .isVisible(PATIENTLY);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))
                    .click();
            assertThat(erin.getByText("cites a source marked more restrictively: “" + amber.title() + "” (TLP:AMBER)")
                            .first())
                    .isVisible(PATIENTLY);
        }
        assertThat(actingUser.as(
                        DemoPeople.ERIN,
                        () -> briefingService.get(id).orElseThrow().status()))
                .isEqualTo(BriefingStatus.APPROVED);
    }

    /** Opens a key judgment's likelihood (select 0) or confidence (select 1) and picks the option. */
    private static void pick(Page page, int judgment, int select, String option) {
        page.locator(".bd-judgment")
                .nth(judgment)
                .locator("vaadin-select")
                .nth(select)
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }

    private static final com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions PATIENT_TEXT =
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
