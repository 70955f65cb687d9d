package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.security.Role;
import org.briefdesk.security.UserSessions;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What only a real browser and a real server show: the application works under its
 * Content-Security-Policy (no violation reported, push connected), an open session really ends
 * when the user's password is reset, and the session cookie's attributes behind HTTPS.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityBrowserTest extends RealBrowserTest {

    @Autowired
    UserService userService;

    @Autowired
    ActingUser actingUser;

    @Autowired
    UserSessions userSessions;

    @Autowired
    BriefingService briefingService;

    @Test
    void the_application_works_under_its_content_security_policy() {
        List<String> violations = new CopyOnWriteArrayList<>();
        List<String> websockets = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            context.onPage(page -> {
                page.onConsoleMessage(message -> {
                    if (message.text().contains("Content Security Policy")) {
                        violations.add(message.text());
                    }
                });
                page.onWebSocket(socket -> websockets.add(socket.url()));
            });
            Page page = context.newPage();
            Response login = page.navigate(url("/login"));
            String policy = login.headerValue("content-security-policy");
            assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(login.headerValue("x-content-type-options")).isEqualTo("nosniff");
            assertThat(login.headerValue("x-frame-options")).isEqualTo("DENY");
            assertThat(login.headerValue("referrer-policy")).isEqualTo("same-origin");

            fillSignIn(page, TestUsers.AUTHOR, TestUsers.PASSWORD);
            assertThat(page.getByText("Welcome, Test author")).isVisible(PATIENTLY);

            // The editor: a dialog, executeJs snippets and the live preview.
            page.navigate(url("/briefings"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New briefing"))
                    .click();
            page.getByLabel("Title").last().fill("Under the policy " + System.nanoTime());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                    .click();
            var body = page.locator("vaadin-text-area.bd-editor-body textarea");
            assertThat(body).isVisible(PATIENTLY);
            body.click();
            page.keyboard().insertText("A paragraph with *emphasis*.");
            assertThat(page.locator(".bd-preview em"))
                    .hasText(
                            "emphasis",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                    .setTimeout(30_000));

            page.navigate(url("/sources"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")))
                    .isVisible(PATIENTLY);
        }
        assertThat(violations).as("CSP violations reported by Chromium").isEmpty();
        assertThat(websockets)
                .as("the push connection")
                .anySatisfy(socket -> assertThat(socket).startsWith("ws://localhost:" + port + "/"));
    }

    @Test
    void resetting_the_password_ends_the_open_session_and_the_tab_lands_on_the_login_page() {
        String username = "gina-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary gina = actingUser.as(
                TestUsers.ADMIN,
                () -> userService.create(new UserDraft(username, "Gina", "ginas-password-1", Set.of(Role.AUTHOR))));
        try (BrowserContext context = browser.newContext()) {
            List<com.microsoft.playwright.WebSocket> push = new CopyOnWriteArrayList<>();
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.onWebSocket(push::add);
            page.navigate(url("/login"));
            fillSignIn(page, username, "ginas-password-1");
            assertThat(page.getByText("Welcome, Gina")).isVisible(PATIENTLY);
            // The tab's own push connection is up (not only the development tools' socket), as it is
            // for anyone who has been signed in for a moment. A tab without one yet finds out at its
            // next request instead.
            page.waitForCondition(
                    () -> push.stream().anyMatch(socket -> socket.url().contains("v-uiId") && !socket.isClosed()),
                    new Page.WaitForConditionOptions().setTimeout(15_000));
            assertThat(userSessions.sessionIdsOf(username)).hasSize(1);

            actingUser.as(TestUsers.ADMIN, () -> userService.resetPassword(gina.id(), "ginas-new-password"));

            // The session has ended on the server at once.
            assertThat(userSessions.sessionIdsOf(username)).isEmpty();
            // The open tab is told over its push connection and goes to the login page by itself; that
            // message is best effort (it can lose the race with the session's end), so if it has not
            // arrived, the tab's very next request (a click in the menu) must get there instead.
            try {
                page.waitForURL(Pattern.compile(".*/login$"), new Page.WaitForURLOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError notPushed) {
                page.getByText("Sources").first().click();
            }
            assertThat(page)
                    .hasURL(
                            Pattern.compile(".*/login$"),
                            new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(15_000));
            assertThat(userSessions.sessionIdsOf(username)).isEmpty();
            // And the session is gone for good: the dashboard asks for a sign-in again.
            page.navigate(url("/"));
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_secure_behind_https() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Void> plain = client.send(
                HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> proxied = client.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        String plainCookie = sessionCookie(plain);
        assertThat(plainCookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        String proxiedCookie = sessionCookie(proxied);
        assertThat(proxiedCookie).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static String sessionCookie(HttpResponse<Void> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void following_a_link_to_someone_elses_draft_gives_a_not_found_page_inside_briefdesk() {
        long draft = actingUser.as(
                TestUsers.AUTHOR,
                () -> briefingService
                        .create(BriefingDraft.titled("Private draft " + UUID.randomUUID()))
                        .id());
        try (BrowserContext context = browser.newContext()) {
            // The test editor may open any briefing; the reader may not open the editor at all, and
            // an author of another briefing gets the same page as for an id that does not exist.
            Page page = signIn(context, TestUsers.READER, TestUsers.PASSWORD, "Test reader");

            page.navigate(url("/briefings/" + draft + "/edit"));

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found")))
                    .isVisible(PATIENTLY);
            assertThat(page.locator("body")).not().containsText("exception");
            assertThat(page.locator("body")).not().containsText("Private draft");
            // Inside the layout: the menu is there, and a link leads back.
            assertThat(page.locator("vaadin-side-nav")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the dashboard"))
                    .click();
            assertThat(page.getByText("Welcome, Test reader")).isVisible(PATIENTLY);
        }
    }
}
