package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
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

/**
 * Issue #14's promise that a lost node loses no text, tried as a user meets it: alice, through
 * HAProxy, types into a briefing on the node that holds her session; that node is killed before the
 * text is saved; her next request lands on the other node, which asks her to sign in again; she
 * opens the briefing, is offered her unsaved text back, restores it, and the saved revision holds
 * every word she typed. The nodes run as separate JVMs ({@link LocalCluster}); this test's own
 * context only prepares the briefing and reads the result.
 */
@IntegrationTest
class NodeFailoverBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final String START = "Pilots stopped work at the port.\n\nTalks are on Thursday.";
    private static final String TYPED = " Ferries run on the winter timetable until the talks end.";

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    @Test
    void text_typed_on_a_node_that_dies_is_offered_back_on_the_other_node_and_saved_in_full() throws Exception {
        BrowserSupport.chromium();
        LocalCluster.requireTools();
        long id = briefingOfTheAuthor();

        try (LocalCluster cluster = LocalCluster.start();
                Playwright playwright = BrowserSupport.playwright();
                Browser browser = BrowserSupport.launch(playwright);
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            signIn(page, cluster);
            page.navigate(cluster.url("/briefings/" + id + "/edit"));
            Locator body = page.locator("vaadin-text-area.bd-editor-body textarea");
            assertThat(body).isVisible(PATIENTLY);
            String first = nodeOf(context);

            // Typed, and the node dies before any save: no autosave has had its few quiet seconds.
            body.click();
            page.keyboard().press("Control+End");
            page.keyboard().type(TYPED);
            cluster.kill(first);
            assertThat(bodyOnServer(id)).doesNotContain(TYPED.strip());

            // She opens the briefing again in a new tab of the same browser (the old tab, whose server
            // is gone, may reload itself at any moment); the request goes to the other node, which
            // does not know her session.
            page.close();
            page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(cluster.url("/briefings/" + id + "/edit"));
            signInIfAsked(page);
            if (!page.url().endsWith("/briefings/" + id + "/edit")) {
                page.navigate(cluster.url("/briefings/" + id + "/edit"));
            }
            assertThat(nodeOf(context)).isNotEqualTo(first);
            assertThat(page.getByText("Restore your unsaved text")).isVisible(PATIENTLY);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Restore").setExact(true))
                    .click();

            assertThat(page.locator("vaadin-text-area.bd-editor-body textarea"))
                    .hasValue(START + TYPED, new LocatorAssertions.HasValueOptions().setTimeout(30_000));
            awaitSaved(id, START + TYPED);
        }
    }

    private long briefingOfTheAuthor() {
        return actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(
                    "Port strike " + UUID.randomUUID().toString().substring(0, 8)));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    START,
                                    Audience.INTERNAL,
                                    java.util.Set.of(),
                                    java.util.Set.of()),
                            null,
                            false)
                    .briefing()
                    .id();
        });
    }

    private String bodyOnServer(long id) {
        return actingUser.as(
                TestUsers.AUTHOR, () -> briefingService.get(id).orElseThrow().body());
    }

    private void awaitSaved(long id, String expected) throws InterruptedException {
        for (int attempt = 0; attempt < 60 && !bodyOnServer(id).equals(expected); attempt++) {
            Thread.sleep(500);
        }
        assertThat(bodyOnServer(id)).isEqualTo(expected);
    }

    private static void signIn(Page page, LocalCluster cluster) {
        page.navigate(cluster.url("/login"));
        signInIfAsked(page);
        assertThat(page.getByText("Welcome, Test author")).isVisible(PATIENTLY);
    }

    private static void signInIfAsked(Page page) {
        Locator username = page.locator("input[name='username']");
        assertThat(username.or(page.locator("vaadin-text-area.bd-editor-body"))).isVisible(PATIENTLY);
        if (username.isVisible()) {
            RealBrowserTest.fillSignIn(page, TestUsers.AUTHOR, TestUsers.PASSWORD);
            assertThat(username).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(30_000));
        }
    }

    /** The node HAProxy's sticky cookie names for this browser. */
    private static String nodeOf(BrowserContext context) {
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals("BRIEFDESK_NODE"))
                .map((Cookie cookie) -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("HAProxy set no BRIEFDESK_NODE cookie"));
    }
}
