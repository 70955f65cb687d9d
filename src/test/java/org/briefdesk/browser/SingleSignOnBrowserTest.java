package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestOpenIdProvider;

/**
 * Single sign-on (issue #18) in Chromium against a real OpenID provider (Spring Authorization Server)
 * running in this JVM: the first sign-in creates the account with the role the provider's groups
 * map to, a second keeps it (even after someone else's guesses locked it), a disabled account is
 * refused, and each step is in the audit log.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnBrowserTest extends RealBrowserTest {

    private static final String ERIN = "erin-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ERINS_PASSWORD = "erin-at-the-provider";
    private static TestOpenIdProvider provider;

    @Autowired
    UserService userService;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ActingUser actingUser;

    @DynamicPropertySource
    static void pointAtTheProvider(DynamicPropertyRegistry registry) {
        provider = TestOpenIdProvider.start(List.of(new TestOpenIdProvider.Person(
                ERIN, ERINS_PASSWORD, "Erin Example", ERIN + "@example.org", List.of("staff", "bd-editors"))));
        registry.add("briefdesk.oidc.issuer", provider::issuer);
        registry.add("briefdesk.oidc.client-id", () -> TestOpenIdProvider.CLIENT_ID);
        registry.add("briefdesk.oidc.client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
        registry.add("briefdesk.oidc.name", () -> "Example ID");
        registry.add("briefdesk.oidc.roles-claim", () -> "groups");
        registry.add("briefdesk.oidc.roles", () -> "bd-editors=EDITOR,bd-admins=ADMIN");
    }

    @AfterAll
    static void stopTheProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    /** Briefdesk at 127.0.0.1: the provider redirects back only to loopback addresses. */
    private String briefdesk(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void erin_signs_in_through_the_provider_and_is_an_editor() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(briefdesk("/login"));
            page.getByText("Sign in with Example ID").click();
            page.locator("input[name='username']").fill(ERIN);
            page.locator("input[name='password']").fill(ERINS_PASSWORD);
            page.locator("button[type='submit']").click();
            assertThat(page.getByText("Welcome, Erin Example")).isVisible(PATIENTLY);

            UserSummary erin = account();
            assertThat(erin.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.READER);
            assertThat(erin.email()).isEqualTo(ERIN + "@example.org");
            assertThat(latest(AuditEvent.USER_CREATED).detail()).startsWith("at first single sign-on");
            assertThat(latest(AuditEvent.SIGN_IN).detail()).isEqualTo("through single sign-on");

            // Signed out and back: the provider still knows her, and Briefdesk the same account.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page.getByText("Sign in with Example ID")).isVisible(PATIENTLY);
            assertThat(latest(AuditEvent.SIGN_OUT).actor()).isEqualTo(ERIN);

            // Someone guesses her local password until her account is locked: the provider still signs her in.
            for (int i = 0; i < 5; i++) {
                fillSignIn(page, ERIN, "a-guess-" + i);
                assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            }
            assertThat(actingUser.as(TestUsers.ADMIN, () -> userService.signInLocks()))
                    .containsKey(ERIN);
            page.getByText("Sign in with Example ID").click();
            assertThat(page.getByText("Welcome, Erin Example")).isVisible(PATIENTLY);
            assertThat(account().id()).isEqualTo(erin.id());

            // Disabled by an administrator: the provider's word does not enable her again.
            actingUser.as(TestUsers.ADMIN, () -> userService.setEnabled(erin.id(), false));
            page.navigate(briefdesk("/login"));
            page.getByText("Sign in with Example ID").click();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByText("The user name or password is not right")).isVisible(PATIENTLY);
            assertThat(latest(AuditEvent.SIGN_IN_FAILED).detail())
                    .isEqualTo("single sign-on through Example ID refused: account disabled");
            assertThat(account().enabled()).isFalse();
        }
    }

    private UserSummary account() {
        return actingUser
                .as(
                        TestUsers.ADMIN,
                        () -> userService.list().stream()
                                .filter(user -> user.username().equals(ERIN))
                                .toList())
                .stream()
                .reduce((one, two) -> {
                    throw new AssertionError("two accounts named " + ERIN);
                })
                .orElseThrow();
    }

    private org.briefdesk.audit.AuditEntry latest(AuditEvent event) {
        return actingUser.as(
                TestUsers.ADMIN,
                () -> auditLog.search(new AuditFilter(ERIN, event, null, null), null, 1)
                        .entries()
                        .getFirst());
    }
}
