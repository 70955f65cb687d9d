package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.RevisionSummary;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * alice and bob, co-authors, each in their own browser with the same briefing open: each sees the
 * other's avatar, bob's save shows in alice's editor without a reload, an edit of the same sentence
 * by both gives the second saver the conflict view with their text kept, bob's comment mentioning
 * alice (completed from "@al") shows in her open comments panel, and closing bob's page takes his
 * avatar out of alice's header within seconds.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CollaborationBrowserTest extends RealBrowserTest {

    private static final String ALICE = "alice";
    private static final String ALICE_NAME = "Alice Moreau";
    private static final String BOB = "bob";
    private static final String BOB_NAME = "Bob Okafor";
    private static final String PASSWORD = "briefdesk-demo";
    private static final String START = "Pilots stopped work at the port.\n\nTalks are on Thursday.\n\nFerries run.";

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    @BeforeEach
    void aliceAndBobExist() {
        ensureAuthor(ALICE, ALICE_NAME);
        ensureAuthor(BOB, BOB_NAME);
    }

    private void ensureAuthor(String username, String displayName) {
        actingUser.as(TestUsers.ADMIN, () -> {
            UserSummary user = userService.list().stream()
                    .filter(candidate -> candidate.username().equals(username))
                    .findFirst()
                    .orElseGet(() ->
                            userService.create(new UserDraft(username, displayName, PASSWORD, Set.of(Role.AUTHOR))));
            if (!user.roles().equals(Set.of(Role.AUTHOR))) {
                userService.assignRoles(user.id(), Set.of(Role.AUTHOR));
            }
            if (!user.enabled()) {
                userService.setEnabled(user.id(), true);
            }
            // Another test of the run may have created the user under another display name.
            if (!user.displayName().equals(displayName)) {
                userService.rename(user.id(), displayName);
            }
            userService.resetPassword(user.id(), PASSWORD);
            return null;
        });
    }

    private long briefingOfAliceWithBob() {
        return actingUser.as(ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(
                    "Port strike " + UUID.randomUUID().toString().substring(0, 8)));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(created.title(), null, START, Audience.INTERNAL, Set.of(), Set.of(BOB)),
                            null,
                            false)
                    .briefing()
                    .id();
        });
    }

    @Test
    void alice_and_bob_see_each_other_bobs_save_reaches_alice_live_the_second_saver_resolves_and_bob_leaves() {
        long id = briefingOfAliceWithBob();

        try (BrowserContext aliceContext = browser.newContext();
                BrowserContext bobContext = browser.newContext()) {
            Page alice = signIn(aliceContext, ALICE, PASSWORD, ALICE_NAME);
            Page bob = signIn(bobContext, BOB, PASSWORD, BOB_NAME);
            openEditor(alice, id);
            openEditor(bob, id);

            // Each sees the other, and not themselves.
            assertThat(presence(alice)).hasAttribute("title", "Also here: " + BOB_NAME, PATIENTLY_ATTRIBUTE);
            assertThat(presence(bob)).hasAttribute("title", "Also here: " + ALICE_NAME, PATIENTLY_ATTRIBUTE);
            assertThat(presence(alice)).hasAttribute("aria-label", "One other person has this briefing open");

            // bob adds a paragraph and saves; alice's page shows it without a reload.
            alice.evaluate("window.bdNotReloaded = true");
            body(bob).click();
            bob.keyboard().press("Control+End");
            bob.keyboard().insertText("\n\nThe harbour master expects a deal by Friday.");
            assertThat(bob.locator(".bd-preview")).containsText("expects a deal by Friday", PATIENTLY_TEXT);
            button(bob, "Save").click();
            assertThat(bob.getByText(Pattern.compile("^Saved at "))).isVisible(PATIENTLY);
            assertThat(body(alice))
                    .hasValue(
                            Pattern.compile(
                                    ".*Ferries run\\.\n\nThe harbour master expects a deal by Friday\\.$",
                                    Pattern.DOTALL),
                            PATIENTLY_VALUE);
            assertThat(alice.getByText("Updated with " + BOB_NAME + "’s changes"))
                    .isVisible(PATIENTLY);
            assertThat(alice.evaluate("window.bdNotReloaded === true")).isEqualTo(true);

            // Both change the same sentence; alice saves first, bob second.
            String withBob = START + "\n\nThe harbour master expects a deal by Friday.";
            edit(alice, withBob.replace("Talks are on Thursday.", "Talks are on Friday."), "on Friday");
            edit(bob, withBob.replace("Talks are on Thursday.", "Talks moved to next week."), "moved to next week");
            button(alice, "Save").click();
            assertThat(alice.getByText(Pattern.compile("^Saved at "))).isVisible(PATIENTLY);
            assertThat(bob.getByText(ALICE_NAME + " saved a newer version")).isVisible(PATIENTLY);
            assertThat(body(bob)).hasValue(Pattern.compile(".*Talks moved to next week\\..*", Pattern.DOTALL));

            button(bob, "Save").click();
            assertThat(bob.getByLabel("Your version")).isVisible(PATIENTLY);
            assertThat(bob.locator("vaadin-dialog.bd-conflict"))
                    .hasAttribute("aria-label", "Your changes overlap with " + ALICE_NAME + "’s");
            assertThat(bob.getByLabel("Your version")).hasValue("Talks moved to next week.");
            RevisionSummary kept =
                    actingUser.as(BOB, () -> briefingService.revisions(id).getFirst());
            assertThat(kept.conflicted()).isTrue();
            assertThat(actingUser.as(
                            BOB,
                            () -> briefingService
                                    .revision(id, kept.id())
                                    .orElseThrow()
                                    .body()))
                    .contains("Talks moved to next week.");

            button(bob, "Keep mine").click();
            button(bob, "Save resolution").click();
            assertThat(bob.getByText("Conflict resolved and saved.")).isVisible(PATIENTLY);
            // alice had nothing unsaved: bob's resolution reaches her at once.
            assertThat(body(alice))
                    .hasValue(Pattern.compile(".*Talks moved to next week\\..*", Pattern.DOTALL), PATIENTLY_VALUE);
            assertThat(actingUser.as(
                            ALICE, () -> briefingService.get(id).orElseThrow().body()))
                    .contains("Talks moved to next week.")
                    .contains("The harbour master expects a deal by Friday.");

            // alice has the comments open; bob comments, completing "@al" to alice with Enter, and
            // the comment shows in alice's panel without a reload.
            button(alice, "Comments, 0 open").click();
            button(bob, "Comments, 0 open").click();
            button(bob, "General comment").click();
            Locator newComment = bob.getByLabel("New comment");
            newComment.click();
            bob.keyboard().type("Please confirm @al");
            Locator people = bob.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("People to mention"));
            assertThat(people.getByRole(
                            AriaRole.OPTION, new Locator.GetByRoleOptions().setName(ALICE_NAME + " (@alice)")))
                    .isVisible(PATIENTLY);
            bob.keyboard().press("Enter");
            assertThat(newComment).hasValue("Please confirm @alice ", PATIENTLY_VALUE);
            assertThat(people).isHidden();
            // The down arrow goes into the list, where Enter picks the person under the cursor.
            bob.keyboard().type("and @bo");
            Locator bobOption =
                    people.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(BOB_NAME + " (@bob)"));
            assertThat(bobOption).isVisible(PATIENTLY);
            bob.keyboard().press("ArrowDown");
            assertThat(bobOption).isFocused();
            bob.keyboard().press("Enter");
            assertThat(newComment).hasValue("Please confirm @alice and @bob ", PATIENTLY_VALUE);
            assertThat(newComment).isFocused();
            bob.keyboard().type("the Friday date.");
            // With the list closed, Enter is a line break again.
            bob.keyboard().press("Enter");
            bob.keyboard().type("Thanks.");
            assertThat(newComment)
                    .hasValue("Please confirm @alice and @bob the Friday date.\nThanks.", PATIENTLY_VALUE);
            button(bob, "Post comment").click();
            assertThat(alice.locator(".bd-comment-text"))
                    .hasText("Please confirm @alice and @bob the Friday date.\nThanks.", PATIENTLY_HAS_TEXT);
            assertThat(button(alice, "Comments, 1 open")).isVisible();

            // bob closes his page: his avatar leaves alice's header within seconds.
            assertThat(presence(alice)).hasAttribute("title", "Also here: " + BOB_NAME);
            long closed = System.nanoTime();
            bob.close(new Page.CloseOptions().setRunBeforeUnload(true));
            // An invisible component sends nothing else to the browser: hidden is the whole message.
            assertThat(presence(alice)).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
            long millis = (System.nanoTime() - closed) / 1_000_000;
            System.out.println("Bob's avatar left alice's header " + millis + " ms after his page closed");
        }
    }

    private static final LocatorAssertions.HasAttributeOptions PATIENTLY_ATTRIBUTE =
            new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);
    private static final LocatorAssertions.HasValueOptions PATIENTLY_VALUE =
            new LocatorAssertions.HasValueOptions().setTimeout(30_000);
    private static final LocatorAssertions.HasTextOptions PATIENTLY_HAS_TEXT =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    private static final LocatorAssertions.ContainsTextOptions PATIENTLY_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    /** Replaces the text as typing would, and waits until the server has it (the preview shows it). */
    private static void edit(Page page, String text, String shownInPreview) {
        body(page).click();
        body(page).fill(text);
        assertThat(page.getByText("Unsaved changes")).isVisible(PATIENTLY);
        assertThat(page.locator(".bd-preview")).containsText(shownInPreview, PATIENTLY_TEXT);
    }

    private void openEditor(Page page, long briefingId) {
        page.navigate(url("/briefings/" + briefingId + "/edit"));
        assertThat(body(page)).isVisible(PATIENTLY);
    }

    private static Locator presence(Page page) {
        return page.locator("vaadin-avatar-group.bd-presence");
    }

    private static Locator body(Page page) {
        return page.locator("vaadin-text-area.bd-editor-body textarea");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
