package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The browser keeps what the server did not save (issue #14), on one node: text typed while the
 * server could not be reached is offered back when the briefing is opened again, and restoring it
 * merges with what a co-author saved meanwhile instead of overwriting it; signing out forgets it.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnsavedTextBrowserTest extends RealBrowserTest {

    private static final String START = "Pilots stopped work at the port.\n\nTalks are on Thursday.";

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    private BriefingDetails briefingWithCoAuthor() {
        return actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefingService.create(
                    BriefingDraft.titled("Kept " + UUID.randomUUID().toString().substring(0, 8)));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    START,
                                    Audience.INTERNAL,
                                    Set.of(),
                                    Set.of(TestUsers.EDITOR)),
                            null,
                            false)
                    .briefing();
        });
    }

    private static Locator body(Page page) {
        return page.locator("vaadin-text-area.bd-editor-body textarea");
    }

    private static String kept(Page page, long briefingId) {
        Object copy =
                page.evaluate("localStorage.getItem('briefdesk.unsaved." + TestUsers.AUTHOR + "." + briefingId + "')");
        return copy == null ? "" : copy.toString();
    }

    @Test
    void what_is_typed_is_kept_in_the_browser_at_once_and_gone_once_saved() {
        BriefingDetails briefing = briefingWithCoAuthor();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.navigate(url("/briefings/" + briefing.id() + "/edit"));
            assertThat(body(page)).isVisible(PATIENTLY);
            body(page).click();
            page.keyboard().press("Control+End");
            page.keyboard().type(" Ferries run.");

            // Written by the browser itself, keystroke by keystroke, with the revision it was typed on.
            assertThat(kept(page, briefing.id()))
                    .contains("Talks are on Thursday. Ferries run.")
                    .contains("\"base\":" + briefing.currentRevisionId() + ",");

            page.keyboard().press("Control+s");
            assertThat(page.getByText(java.util.regex.Pattern.compile("^Saved at ")))
                    .isVisible(PATIENTLY);
            page.waitForCondition(() -> kept(page, briefing.id()).isEmpty());
        }
    }

    @Test
    void text_the_server_never_got_is_offered_back_and_merges_with_a_co_authors_newer_save() {
        BriefingDetails briefing = briefingWithCoAuthor();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            // What a browser keeps when the server never answered again (see NodeFailoverBrowserTest for
            // a node that really dies): the author's sentence, typed on the briefing's revision.
            page.evaluate(
                    "([key, copy]) => localStorage.setItem(key, copy)",
                    List.of(
                            "briefdesk.unsaved." + TestUsers.AUTHOR + "." + briefing.id(),
                            "{\"t\":\"" + briefing.title() + "\",\"b\":\"Pilots stopped work at the port.\\n\\nTalks"
                                    + " are on Thursday. Ferries run on the winter timetable.\",\"base\":"
                                    + briefing.currentRevisionId() + ",\"at\":" + System.currentTimeMillis() + "}"));
            // Meanwhile the co-author saved a change to the first paragraph.
            actingUser.as(
                    TestUsers.EDITOR,
                    () -> briefingService.save(
                            briefing.id(),
                            briefing.currentRevisionId(),
                            briefing.toDraft().withBody(START.replace("Pilots stopped", "Harbour pilots stopped")),
                            null,
                            false));

            page.navigate(url("/briefings/" + briefing.id() + "/edit"));
            assertThat(page.getByText("Restore your unsaved text from")).isVisible(PATIENTLY);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Restore").setExact(true))
                    .click();

            String merged = "Harbour pilots stopped work at the port.\n\nTalks are on Thursday."
                    + " Ferries run on the winter timetable.";
            assertThat(body(page)).hasValue(merged, new LocatorAssertions.HasValueOptions().setTimeout(30_000));
            assertThat(actingUser.as(
                            TestUsers.AUTHOR,
                            () -> briefingService
                                    .get(briefing.id())
                                    .orElseThrow()
                                    .body()))
                    .isEqualTo(merged);
            // Saved: the copy is gone, and opening the briefing again offers nothing.
            page.waitForCondition(() -> kept(page, briefing.id()).isEmpty());
            page.reload();
            assertThat(body(page)).hasValue(merged, new LocatorAssertions.HasValueOptions().setTimeout(30_000));
            assertThat(page.getByText("Restore your unsaved text from")).isHidden();
        }
    }

    @Test
    void signing_out_forgets_the_users_kept_text_and_only_theirs() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.evaluate("localStorage.setItem('briefdesk.unsaved." + TestUsers.AUTHOR
                    + ".999', '{\"t\":\"T\",\"b\":\"B\",\"base\":1,\"at\":0}');"
                    + " localStorage.setItem('briefdesk.unsaved.someone-else.999', '{}');");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);

            assertThat(page.evaluate(
                            "Object.keys(localStorage).filter(k => k.startsWith('briefdesk.unsaved.')).sort()"))
                    .asString()
                    .doesNotContain(TestUsers.AUTHOR)
                    .contains("someone-else");
        }
    }
}
