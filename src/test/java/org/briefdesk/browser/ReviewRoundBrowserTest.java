package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The review round as alice (author) and erin (editor) live it, each in their own browser, both
 * signed in at the same time: submit, request changes, resubmit, approve, reopen; and the proof that
 * erin's step reaches alice's open page through server push, without a reload.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewRoundBrowserTest extends RealBrowserTest {

    private static final String ALICE = DemoPeople.ALICE;
    private static final String ALICE_NAME = DemoPeople.ALICE_NAME;
    private static final String ERIN = DemoPeople.ERIN;
    private static final String ERIN_NAME = DemoPeople.ERIN_NAME;
    private static final String PASSWORD = DemoPeople.PASSWORD;

    private static final Pattern UNREAD = Pattern.compile("(\\d+) unread");

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

    private BriefingDetails draftByAlice(String title) {
        return actingUser.as(ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    title,
                                    null,
                                    "India and Japan discuss a reciprocal supply agreement.",
                                    Audience.INTERNAL,
                                    Set.of(),
                                    Set.of()),
                            null,
                            false)
                    .briefing();
        });
    }

    @Test
    void alice_submits_to_erin_erin_asks_for_changes_alice_resubmits_erin_approves_and_the_lists_follow() {
        String title = "Supply agreement " + UUID.randomUUID().toString().substring(0, 8);
        long id = draftByAlice(title).id();

        try (BrowserContext aliceContext = browser.newContext();
                BrowserContext erinContext = browser.newContext()) {
            Page alice = signIn(aliceContext, ALICE, PASSWORD, ALICE_NAME);
            Page erin = signIn(erinContext, ERIN, PASSWORD, ERIN_NAME);
            assertThat(section(alice, "My drafts").getByText(title)).isVisible();
            int aliceUnread = unread(alice);

            // alice sends it to erin by name.
            openEditor(alice, id);
            button(alice, "Submit for review").click();
            alice.getByLabel("Reviewer (optional)").click();
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(ERIN_NAME + " (erin)"))
                    .click();
            button(alice, "Submit").click();
            assertThat(alice.getByText("Submitted for review.")).isVisible(PATIENTLY);
            assertThat(alice.locator(".bd-badge")).hasText("In review");
            assertThat(body(alice)).not().isEditable();
            alice.navigate(url("/"));
            assertThat(section(alice, "My drafts").getByText(title)).hasCount(0);

            // erin finds it waiting for her and sends it back with a comment.
            erin.navigate(url("/"));
            Locator waiting = section(erin, "Waiting for my review");
            assertThat(waiting.getByText(title)).isVisible(PATIENTLY);
            waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))
                    .click();
            assertThat(button(erin, "Approve")).isVisible(PATIENTLY);
            button(erin, "Request changes").click();
            erin.getByLabel("What should change").fill("Name the second source for the Vientiane meeting.");
            button(erin, "Send back").click();
            assertThat(erin.getByText("Sent back for changes.")).isVisible(PATIENTLY);
            erin.navigate(url("/"));
            assertThat(section(erin, "Waiting for my review").getByText(title)).hasCount(0);

            // alice's dashboard and bell show it; the bell's entry opens the editor with the comment.
            alice.navigate(url("/"));
            assertThat(section(alice, "Changes requested").getByText(title)).isVisible(PATIENTLY);
            assertThat(bell(alice)).hasAttribute("aria-label", unreadLabel(aliceUnread + 1));
            bell(alice).click();
            alice.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(ERIN_NAME + " requested changes to “" + title + "”: Name the second"
                                            + " source for the Vientiane meeting."))
                    .click();
            assertThat(alice).hasURL(Pattern.compile(".*/briefings/" + id + "/edit$"));
            Locator changeRequest = alice.locator(".bd-change-request");
            assertThat(changeRequest).containsText(ERIN_NAME + " requested changes");
            assertThat(changeRequest).containsText("Name the second source for the Vientiane meeting.");
            assertThat(alice.locator(".bd-badge")).hasText("Changes requested");
            assertThat(bell(alice)).hasAttribute("aria-label", unreadLabel(aliceUnread));

            // alice edits, saves and sends it again, this time to any editor.
            body(alice).click();
            alice.keyboard().press("Control+End");
            alice.keyboard().insertText(" A second source, the Lao foreign ministry, confirms the meeting.");
            assertThat(alice.getByText("Unsaved changes")).isVisible(PATIENTLY);
            button(alice, "Save").click();
            assertThat(alice.getByText(Pattern.compile("^Saved at "))).isVisible(PATIENTLY);
            button(alice, "Submit for review").click();
            button(alice, "Submit").click();
            assertThat(alice.getByText("Submitted for review.")).isVisible(PATIENTLY);
            // Autosave may or may not have stored a revision before "Save": ask which one was sent.
            int resubmitted = actingUser.as(
                    ALICE, () -> briefingService.revisions(id).getFirst().number());
            alice.navigate(url("/"));
            assertThat(section(alice, "Changes requested").getByText(title)).hasCount(0);

            // erin approves the new text.
            erin.navigate(url("/"));
            waiting = section(erin, "Waiting for my review");
            assertThat(waiting.getByText(title)).isVisible(PATIENTLY);
            waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))
                    .click();
            assertThat(body(erin)).hasValue(Pattern.compile(".*Lao foreign ministry.*", Pattern.DOTALL));
            button(erin, "Approve").click();
            assertThat(erin.getByText("Approved. The text is locked until reopened."))
                    .isVisible(PATIENTLY);
            erin.navigate(url("/"));
            assertThat(section(erin, "Waiting for my review").getByText(title)).hasCount(0);

            // Approved: in none of alice's lists, and the text is locked until she reopens it.
            alice.navigate(url("/"));
            assertThat(section(alice, "My drafts")).isVisible(PATIENTLY);
            assertThat(section(alice, "My drafts").getByText(title)).hasCount(0);
            assertThat(section(alice, "Changes requested").getByText(title)).hasCount(0);
            openEditor(alice, id);
            assertThat(alice.locator(".bd-badge")).hasText("Approved");
            assertThat(body(alice)).not().isEditable();
            assertThat(button(alice, "Submit for review")).hasCount(0);
            button(alice, "Reopen").click();
            assertThat(alice.getByText("Reopened as a draft.")).isVisible(PATIENTLY);
            assertThat(body(alice)).isEditable();
            alice.navigate(url("/"));
            assertThat(section(alice, "My drafts").getByText(title)).isVisible(PATIENTLY);

            // The history tells the whole story: who, from, to, the comment and the revision.
            openEditor(alice, id);
            button(alice, "History").click();
            Locator timeline = alice.locator(".bd-timeline");
            assertThat(timeline).isVisible(PATIENTLY);
            assertThat(timeline.locator(".bd-timeline-step")).hasCount(5);
            assertThat(timeline.locator(".bd-timeline-step").nth(0))
                    .containsText(ALICE_NAME + " · Reopen · Approved → Draft");
            assertThat(timeline.locator(".bd-timeline-step").nth(1))
                    .containsText(ERIN_NAME + " · Approve · In review → Approved · revision " + resubmitted);
            assertThat(timeline.locator(".bd-timeline-step").nth(2))
                    .containsText(ALICE_NAME + " · Submit for review · Changes requested → In review · revision "
                            + resubmitted);
            assertThat(timeline.locator(".bd-timeline-step").nth(3))
                    .containsText(ERIN_NAME + " · Request changes · In review → Changes requested · revision 2");
            assertThat(timeline.locator(".bd-timeline-step").nth(3))
                    .containsText("“Name the second source for the Vientiane meeting.”");
            assertThat(timeline.locator(".bd-timeline-step").nth(4))
                    .containsText(ALICE_NAME + " · Submit for review · Draft → In review · revision 2");
        }
    }

    @Test
    void erins_request_for_changes_reaches_alices_open_dashboard_and_bell_without_a_reload() {
        String title = "Port visit " + UUID.randomUUID().toString().substring(0, 8);
        long id = draftByAlice(title).id();
        actingUser.as(ALICE, () -> workflow.submit(id, ERIN));

        try (BrowserContext aliceContext = browser.newContext();
                BrowserContext erinContext = browser.newContext()) {
            Page alice = signIn(aliceContext, ALICE, PASSWORD, ALICE_NAME);
            Page erin = signIn(erinContext, ERIN, PASSWORD, ERIN_NAME);
            int before = unread(alice);
            assertThat(section(alice, "Changes requested").getByText(title)).hasCount(0);
            // A mark in the page's memory: it survives only if the page is never reloaded.
            alice.evaluate("window.bdNotReloaded = true");

            openEditor(erin, id);
            button(erin, "Request changes").click();
            erin.getByLabel("What should change").fill("Date the port visit.");
            button(erin, "Send back").click();
            assertThat(erin.getByText("Sent back for changes.")).isVisible(PATIENTLY);

            assertThat(section(alice, "Changes requested").getByText(title)).isVisible(PATIENTLY);
            assertThat(bell(alice)).hasAttribute("aria-label", unreadLabel(before + 1));
            assertThat(alice.locator(".bd-bell-count")).hasText(Integer.toString(before + 1));
            assertThat(alice.evaluate("window.bdNotReloaded === true")).isEqualTo(true);

            // And the other way round: alice's resubmission reaches erin's open dashboard.
            erin.navigate(url("/"));
            assertThat(section(erin, "Waiting for my review").getByText(title)).hasCount(0);
            erin.evaluate("window.bdNotReloaded = true");
            actingUser.as(ALICE, () -> workflow.submit(id, ERIN));
            assertThat(section(erin, "Waiting for my review").getByText(title)).isVisible(PATIENTLY);
            assertThat(erin.evaluate("window.bdNotReloaded === true")).isEqualTo(true);
        }
    }

    private void openEditor(Page page, long briefingId) {
        page.navigate(url("/briefings/" + briefingId + "/edit"));
        assertThat(body(page)).isVisible(PATIENTLY);
    }

    private static Locator body(Page page) {
        return page.locator("vaadin-text-area.bd-editor-body textarea");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A list of the dashboard, found by its heading. */
    private static Locator section(Page page, String heading) {
        return page.locator(".bd-section")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(heading).setExact(true))));
    }

    private static Locator bell(Page page) {
        return page.locator(".bd-bell vaadin-button");
    }

    private static int unread(Page page) {
        assertThat(bell(page)).hasAttribute("aria-label", Pattern.compile("^Notifications"));
        Matcher matcher = UNREAD.matcher(bell(page).getAttribute("aria-label"));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String unreadLabel(int count) {
        return count == 0 ? "Notifications" : "Notifications, " + count + " unread";
    }
}
