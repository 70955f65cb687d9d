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
 * erin, reviewing alice's briefing, suggests two changes with the keyboard alone (the editor opens
 * with the cursor in the text, in Suggesting mode); alice sees them marked in the preview, accepts
 * one and rejects the other; the saved text has exactly the accepted change, the timeline names both
 * decisions, and the published edition has no trace of the rejected one.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestionsBrowserTest extends RealBrowserTest {

    private static final String TEXT = "Alpha leads the market.\n\nBeta follows closely.";

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    ActingUser actingUser;

    @BeforeEach
    void aliceAndErinExist() {
        DemoPeople.aliceAndErin(userService, actingUser);
    }

    private long inReviewByAlice(String title) {
        return actingUser.as(DemoPeople.ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title));
            briefingService.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(title, null, TEXT, Audience.INTERNAL, Set.of(), Set.of()),
                    null,
                    false);
            workflow.submit(created.id(), DemoPeople.ERIN);
            return created.id();
        });
    }

    private String stored(long id) {
        return actingUser.as(DemoPeople.ALICE, () -> briefingService.get(id).orElseThrow().body());
    }

    @Test
    void erin_suggests_two_changes_alice_accepts_one_rejects_the_other_and_only_that_one_is_published() {
        String title = "Market notes " + PublishedFixture.nonce();
        long id = inReviewByAlice(title);

        try (BrowserContext erinContext = browser.newContext();
                BrowserContext aliceContext = browser.newContext()) {
            // erin: the keyboard alone, from the moment the editor opens.
            Page erin = signIn(erinContext, DemoPeople.ERIN, DemoPeople.PASSWORD, DemoPeople.ERIN_NAME);
            erin.navigate(url("/briefings/" + id + "/edit"));
            Locator erinsText = body(erin);
            assertThat(erinsText).isFocused(new com.microsoft.playwright.assertions.LocatorAssertions.IsFocusedOptions()
                    .setTimeout(30_000));
            assertThat(erin.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Suggesting")))
                    .isChecked();
            erin.keyboard().press("Control+Home");
            for (int i = 0; i < "Alpha".length(); i++) {
                erin.keyboard().press("Shift+ArrowRight");
            }
            erin.keyboard().type("Gamma");
            erin.keyboard().press("Control+End");
            erin.keyboard().type(" Delta rises.");
            erin.keyboard().press("Control+s");
            assertThat(erin.getByText("2 suggestions saved.")).isVisible(PATIENTLY);
            assertThat(erinsText).hasValue(TEXT);
            assertThat(stored(id)).isEqualTo(TEXT);
            button(erin, "Request changes").click();
            erin.getByLabel("What should change").fill("See my two suggestions.");
            button(erin, "Send back").click();
            assertThat(erin.getByText("Sent back for changes.")).isVisible(PATIENTLY);

            // alice sees both marked inline and listed; she accepts the first and rejects the second.
            Page alice = signIn(aliceContext, DemoPeople.ALICE, DemoPeople.PASSWORD, DemoPeople.ALICE_NAME);
            alice.navigate(url("/briefings/" + id + "/edit"));
            Locator preview = alice.locator(".bd-preview");
            assertThat(preview.locator(".bd-suggested-insert").first()).isVisible(PATIENTLY);
            assertThat(preview.locator(".bd-suggested-insert").first())
                    .hasAttribute("title", java.util.regex.Pattern.compile("^Suggested by " + DemoPeople.ERIN_NAME));
            assertThat(preview.locator(".bd-suggested-delete")).hasText("Alpha");
            assertThat(alice.locator(".bd-suggestion")).hasCount(2);
            button(alice, "Accept: Replace “Alpha” with “Gamma”").click();
            assertThat(body(alice)).hasValue("Gamma leads the market.\n\nBeta follows closely.", PATIENT_VALUE);
            button(alice, "Reject: Insert “Delta rises.”").click();
            assertThat(alice.locator(".bd-suggestion")).hasCount(0);
            assertThat(stored(id)).isEqualTo("Gamma leads the market.\n\nBeta follows closely.");

            button(alice, "History").click();
            Locator timeline = alice.locator(".bd-timeline");
            assertThat(timeline).containsText(DemoPeople.ALICE_NAME + " · accepted " + DemoPeople.ERIN_NAME + "’s suggestion");
            assertThat(timeline).containsText(DemoPeople.ALICE_NAME + " · rejected " + DemoPeople.ERIN_NAME + "’s suggestion");
            assertThat(timeline).containsText(DemoPeople.ERIN_NAME + " · suggested 2 changes");
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
            assertThat(reader.content()).doesNotContain("Delta").doesNotContain("Alpha leads");
        }
    }

    private static final com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions PATIENT_VALUE =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(30_000);

    private static Locator body(Page page) {
        return page.locator("vaadin-text-area.bd-editor-body textarea");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
