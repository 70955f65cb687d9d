package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The keyboard alone: an author opens the New briefing dialog, types a title and presses Enter; the
 * editor opens with the cursor in the text, so that the next keys typed are the briefing's words.
 * Enter confirms the other dialogs too: Cite source (Enter takes the first source found, Enter again
 * cites it), Submit for review (Enter picks the reviewer, Enter again submits); in a multi-line
 * field, Ctrl+Enter (Request changes).
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardBrowserTest extends RealBrowserTest {

    @Test
    void enter_creates_the_briefing_and_the_editor_opens_with_the_cursor_in_the_text() {
        String title = "Keyboard only " + PublishedFixture.nonce();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.navigate(url("/briefings"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New briefing"))
                    .focus();
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Title").first()).isFocused();
            page.keyboard().type(title);
            page.keyboard().press("Enter");

            assertThat(page).hasURL(Pattern.compile(".*/briefings/\\d+/edit$"));
            assertThat(page.locator("vaadin-text-area textarea").first()).isFocused();
            page.keyboard().type("Typed straight into the text.");
            assertThat(page.locator("vaadin-text-area textarea").first()).hasValue("Typed straight into the text.");
            assertThat(page.getByLabel("Title").first()).hasValue(title);
        }
    }

    @Autowired
    PublishedFixture fixture;

    @Autowired
    SourceService sources;

    @Autowired
    BriefingService briefings;

    @Autowired
    ActingUser actingUser;

    @Autowired
    org.briefdesk.briefing.BriefingWorkflowService workflow;

    @Test
    void enter_cites_the_source_found_and_submits_to_the_reviewer_picked_and_ctrl_enter_sends_back() {
        String nonce = PublishedFixture.nonce();
        String key = "keys-" + nonce;
        actingUser.as(
                TestUsers.AUTHOR,
                () -> sources.add(new SourceDraft(
                        key,
                        "Keyboard source " + nonce,
                        "Outlet",
                        null,
                        null,
                        null,
                        "en",
                        java.util.Set.of(),
                        null,
                        new Grade('B', 2),
                        "Ferries run again on the northern route " + nonce + ".")));
        long id = fixture.draft("Keyboard review " + nonce, "Ferries run again. ");

        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.navigate(url("/briefings/" + id + "/edit"));
            assertThat(body(page)).isFocused(FOCUSED);
            page.keyboard().press("Control+End");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cite source"))
                    .focus();
            page.keyboard().press("Enter");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search sources"))
                    .focus();
            page.keyboard().type(nonce);
            page.keyboard().press("Enter");
            assertThat(page.getByText("@" + key + " — Keyboard source " + nonce))
                    .isVisible(PATIENTLY);
            page.keyboard().press("Enter");
            assertThat(body(page)).hasValue(java.util.regex.Pattern.compile(".*\\[@" + key + "\\]$"));
            page.keyboard().press("Control+s");
            assertThat(page.getByText(java.util.regex.Pattern.compile("^Saved at")))
                    .isVisible(PATIENTLY);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                    .focus();
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Reviewer (optional)")).isFocused(FOCUSED);
            page.keyboard().type("Test ed");
            assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Test editor (t-editor)")))
                    .isVisible(PATIENTLY);
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Reviewer (optional)")).hasValue("Test editor (t-editor)");
            assertThat(page.getByText("Submitted for review.")).hasCount(0);
            page.keyboard().press("Enter");
            assertThat(page.getByText("Submitted for review.")).isVisible(PATIENTLY);
        }
        assertThat(actingUser.as(
                        TestUsers.AUTHOR, () -> briefings.get(id).orElseThrow().status()))
                .isEqualTo(BriefingStatus.IN_REVIEW);
        assertThat(actingUser.as(
                        TestUsers.AUTHOR, () -> briefings.get(id).orElseThrow().body()))
                .endsWith("[@" + key + "]");

        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.EDITOR, TestUsers.PASSWORD, "Test editor");
            page.navigate(url("/briefings/" + id + "/edit"));
            assertThat(body(page)).isFocused(FOCUSED);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request changes"))
                    .focus();
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("What should change")).isFocused(FOCUSED);
            page.keyboard().type("Name the route.");
            page.keyboard().press("Enter");
            page.keyboard().type("And the operator.");
            page.keyboard().press("Control+Enter");
            assertThat(page.getByText("Sent back for changes.")).isVisible(PATIENTLY);
        }
        assertThat(actingUser.as(
                        TestUsers.AUTHOR, () -> briefings.get(id).orElseThrow().status()))
                .isEqualTo(BriefingStatus.CHANGES_REQUESTED);
        assertThat(actingUser.as(
                        TestUsers.AUTHOR,
                        () -> workflow.openChangeRequest(id).orElseThrow().comment()))
                .isEqualTo("Name the route.\nAnd the operator.");
    }

    private static final com.microsoft.playwright.assertions.LocatorAssertions.IsFocusedOptions FOCUSED =
            new com.microsoft.playwright.assertions.LocatorAssertions.IsFocusedOptions().setTimeout(30_000);

    private static com.microsoft.playwright.Locator body(Page page) {
        return page.locator("vaadin-text-area.bd-editor-body textarea");
    }
}
