package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * erin, reviewing alice's briefing, suggests changes with the keyboard alone (the editor opens with
 * the cursor in the text, in Suggesting mode): one word of the analysis, one of a verified quotation,
 * a sentence at the end. alice sees them marked in the preview, the checks warn that the second would
 * break the quotation; she accepts the first and rejects the others. The saved text has exactly the
 * accepted change, the timeline names the decisions, and the published edition has no trace of the
 * rejected ones.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestionsBrowserTest extends RealBrowserTest {

    /** One word of the analysis ("Alpha") and one of a verified quotation ("Thursday") get suggestions. */
    private static String text(String key) {
        return "Alpha leads the market. The ministry said \"traffic resumed on Thursday\" [@" + key + "].\n\n"
                + "Beta follows closely.";
    }

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    ActingUser actingUser;

    @Autowired
    org.briefdesk.source.SourceService sources;

    @BeforeEach
    void aliceAndErinExist() {
        DemoPeople.aliceAndErin(userService, actingUser);
    }

    private long inReviewByAlice(String title, String text) {
        return actingUser.as(DemoPeople.ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title));
            briefingService.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(title, null, text, Audience.INTERNAL, Set.of(), Set.of()),
                    null,
                    false);
            workflow.submit(created.id(), DemoPeople.ERIN);
            return created.id();
        });
    }

    private String stored(long id) {
        return actingUser.as(
                DemoPeople.ALICE, () -> briefingService.get(id).orElseThrow().body());
    }

    @Test
    void erin_suggests_two_changes_alice_accepts_one_rejects_the_other_and_only_that_one_is_published() {
        String nonce = PublishedFixture.nonce();
        String key = "ministry-" + nonce;
        actingUser.as(
                DemoPeople.ALICE,
                () -> sources.add(new org.briefdesk.source.SourceDraft(
                        key,
                        "Ministry statement on port traffic",
                        "Ministry of Transport",
                        null,
                        "https://transport.example/statement-" + nonce,
                        java.time.LocalDate.of(2025, 4, 2),
                        "en",
                        Set.of(),
                        null,
                        new org.briefdesk.source.Grade('A', 1),
                        "Traffic resumed on Thursday after the strike. Statement " + nonce + ".")));
        String text = text(key);
        String title = "Market notes " + nonce;
        long id = inReviewByAlice(title, text);

        try (BrowserContext erinContext = browser.newContext();
                BrowserContext aliceContext = browser.newContext()) {
            // erin: the keyboard alone, from the moment the editor opens.
            Page erin = signIn(erinContext, DemoPeople.ERIN, DemoPeople.PASSWORD, DemoPeople.ERIN_NAME);
            erin.navigate(url("/briefings/" + id + "/edit"));
            Locator erinsText = body(erin);
            assertThat(erinsText)
                    .isFocused(new com.microsoft.playwright.assertions.LocatorAssertions.IsFocusedOptions()
                            .setTimeout(30_000));
            assertThat(erin.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Suggesting")))
                    .isChecked();
            erin.keyboard().press("Control+Home");
            for (int i = 0; i < "Alpha".length(); i++) {
                erin.keyboard().press("Shift+ArrowRight");
            }
            erin.keyboard().type("Gamma");
            erin.keyboard().press("Control+Home");
            for (int i = 0; i < text.indexOf("Thursday"); i++) {
                erin.keyboard().press("ArrowRight");
            }
            for (int i = 0; i < "Thursday".length(); i++) {
                erin.keyboard().press("Shift+ArrowRight");
            }
            erin.keyboard().type("Friday");
            erin.keyboard().press("Control+End");
            erin.keyboard().type(" Delta rises.");
            erin.keyboard().press("Control+s");
            assertThat(erin.getByText("3 suggestions saved.")).isVisible(PATIENTLY);
            assertThat(erinsText).hasValue(text);
            assertThat(stored(id)).isEqualTo(text);
            button(erin, "Request changes").click();
            erin.getByLabel("What should change").fill("See my two suggestions.");
            button(erin, "Send back").click();
            assertThat(erin.getByText("Sent back for changes.")).isVisible(PATIENTLY);

            // alice sees them marked inline and listed, and the checks warn that one would break the
            // quotation; she accepts the change to the analysis and rejects the other two.
            Page alice = signIn(aliceContext, DemoPeople.ALICE, DemoPeople.PASSWORD, DemoPeople.ALICE_NAME);
            alice.navigate(url("/briefings/" + id + "/edit"));
            Locator preview = alice.locator(".bd-preview");
            assertThat(preview.locator(".bd-suggested-insert").first()).isVisible(PATIENTLY);
            assertThat(preview.locator(".bd-suggested-insert").first())
                    .hasAttribute("title", java.util.regex.Pattern.compile("^Suggested by " + DemoPeople.ERIN_NAME));
            assertThat(preview.locator(".bd-suggested-delete").first()).hasText("Alpha");
            assertThat(alice.locator(".bd-suggestion")).hasCount(3);
            assertThat(alice.locator(".bd-checks"))
                    .containsText("If " + DemoPeople.ERIN_NAME + "’s suggestion is accepted: ");
            assertThat(alice.locator(".bd-checks .bd-finding-error")).hasCount(1);
            // One click right after the other, as a decided reader does: the second one counts too.
            button(alice, "Reject: Replace “Thursday” with “Friday”").click();
            button(alice, "Accept: Replace “Alpha” with “Gamma”").click();
            String accepted = text.replace("Alpha leads", "Gamma leads");
            assertThat(body(alice)).hasValue(accepted, PATIENT_VALUE);
            assertThat(alice.locator(".bd-checks")).not().containsText("suggestion is accepted");
            button(alice, "Reject: Insert “Delta rises.”").click();
            assertThat(alice.locator(".bd-suggestion")).hasCount(0);
            assertThat(stored(id)).isEqualTo(accepted);

            button(alice, "History").click();
            Locator timeline = alice.locator(".bd-timeline");
            assertThat(timeline)
                    .containsText(DemoPeople.ALICE_NAME + " · accepted " + DemoPeople.ERIN_NAME + "’s suggestion");
            assertThat(timeline)
                    .containsText(DemoPeople.ALICE_NAME + " · rejected " + DemoPeople.ERIN_NAME + "’s suggestion");
            assertThat(timeline).containsText(DemoPeople.ERIN_NAME + " · suggested 3 changes");
            button(alice, "Close").click();
        }

        // Resubmitted, approved and published: the edition has the accepted change only.
        actingUser.as(DemoPeople.ALICE, () -> workflow.submit(id, DemoPeople.ERIN));
        String slug = actingUser.as(DemoPeople.ERIN, () -> {
            workflow.approve(id);
            workflow.publish(id);
            return briefingService.get(id).orElseThrow().slug();
        });
        try (BrowserContext readerContext = browser.newContext()) {
            Page reader = signIn(readerContext, DemoPeople.ALICE, DemoPeople.PASSWORD, DemoPeople.ALICE_NAME);
            reader.navigate(url("/briefings/" + slug));
            assertThat(reader.getByText("Gamma leads the market.")).isVisible(PATIENTLY);
            assertThat(reader.content())
                    .contains("traffic resumed on Thursday")
                    .doesNotContain("Delta")
                    .doesNotContain("Friday")
                    .doesNotContain("Alpha leads");
        }
    }

    private static final com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions PATIENT_VALUE =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(30_000);

    private static Locator body(Page page) {
        return page.locator("vaadin-text-area.bd-editor-body textarea");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
