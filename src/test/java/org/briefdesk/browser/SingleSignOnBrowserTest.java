package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.Waits;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestOpenIdProvider;

/**
 * Single sign-on (issue #18) in Chromium against a real OpenID provider (Spring Authorization Server)
 * running in this JVM: the first sign-in creates the account with the role the provider's groups
 * map to, a second keeps it (even after someone else's guesses locked it), a disabled account is
 * refused, and each step is in the audit log; and issue #18's "done when" with e-mail (GreenMail)
 * and a reader in another time zone.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnBrowserTest extends RealBrowserTest {

    private static final int HTTP_PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final GreenMail smtp =
            new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final ZoneId ALICES_ZONE = ZoneId.of("Pacific/Kiritimati");
    private static final String ERIN = "erin-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ERINS_PASSWORD = "erin-at-the-provider";
    private static TestOpenIdProvider provider;

    @Autowired
    UserService userService;

    @Autowired
    AuditLog auditLog;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    NotificationService notifications;

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
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("briefdesk.mail.from", () -> "briefdesk@briefdesk.test");
        registry.add("briefdesk.base-url", () -> "http://127.0.0.1:" + HTTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopTheProviderAndSmtp() {
        if (provider != null) {
            provider.close();
        }
        smtp.stop();
    }

    /** Briefdesk at 127.0.0.1: the provider redirects back only to loopback addresses. */
    private static String briefdesk(String path) {
        return "http://127.0.0.1:" + HTTP_PORT + path;
    }

    /** Last: it ends with erin's account disabled. */
    @Test
    @Order(2)
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

    /**
     * Issue #18's "done when": erin signs in through the provider and is an editor; alice submits a
     * briefing to her; erin's e-mail links to the review, which opens after signing in through the
     * provider; alice, on the other side of the world, sees erin's approval at her own time.
     */
    @Test
    @Order(1)
    void erin_reviews_from_her_mail_and_alice_sees_the_time_in_her_zone() throws Exception {
        DemoPeople.aliceAndErin(userService, actingUser);
        try (BrowserContext erinsBrowser = browser.newContext()) {
            Page page = erinsBrowser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(briefdesk("/login"));
            page.getByText("Sign in with Example ID").click();
            signInAtTheProvider(page);
            assertThat(page.getByText("Welcome, Erin Example")).isVisible(PATIENTLY);
        }
        assertThat(account().roles()).contains(Role.EDITOR);

        String title = "For erin " + UUID.randomUUID().toString().substring(0, 8);
        long id = actingUser.as(DemoPeople.ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title));
            briefingService.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(title, null, "A paragraph to review.", Audience.INTERNAL, Set.of(), Set.of()),
                    null,
                    false);
            workflow.submit(created.id(), ERIN);
            return created.id();
        });

        String link = linkInMailAbout(title);
        assertThat(link).isEqualTo(briefdesk("/briefings/" + id + "/edit"));
        try (BrowserContext erinsOtherBrowser = browser.newContext()) {
            Page page = erinsOtherBrowser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(link);
            page.getByText("Sign in with Example ID").click();
            signInAtTheProvider(page);
            Locator approve = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"));
            assertThat(approve).isVisible(PATIENTLY);
            approve.click();
            assertThat(page.getByText("Approved. The text is locked until reopened."))
                    .isVisible(PATIENTLY);
        }

        Instant approvedAt = actingUser.as(
                DemoPeople.ALICE,
                () -> notifications.mine().stream()
                        .filter(notification -> notification.kind() == NotificationKind.APPROVED
                                && notification.message().contains(title))
                        .findFirst()
                        .orElseThrow()
                        .createdAt());
        try (BrowserContext alicesBrowser =
                browser.newContext(new Browser.NewContextOptions().setTimezoneId(ALICES_ZONE.getId()))) {
            Page page = alicesBrowser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(briefdesk("/login"));
            fillSignIn(page, DemoPeople.ALICE, DemoPeople.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Notifications.*")))
                    .click();
            Locator item = page.locator(".bd-notification").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(item.locator(".bd-notification-when"))
                    .hasText(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                            .withZone(ALICES_ZONE)
                            .format(approvedAt));
        }
    }

    private static void signInAtTheProvider(Page page) {
        page.locator("input[name='username']").fill(ERIN);
        page.locator("input[name='password']").fill(ERINS_PASSWORD);
        page.locator("button[type='submit']").click();
    }

    /** The briefing link in the plain-text part of erin's mail about the title. */
    private static String linkInMailAbout(String title) throws Exception {
        Waits.until(
                "erin's mail about " + title,
                Duration.ofSeconds(30),
                () -> mailAbout(title).isPresent());
        MimeMessage mail = mailAbout(title).orElseThrow();
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        return text.lines()
                .filter(line -> line.contains("/briefings/"))
                .findFirst()
                .orElseThrow()
                .strip();
    }

    private static Optional<MimeMessage> mailAbout(String title) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return List.of(mail.getRecipients(Message.RecipientType.TO))
                                        .toString()
                                        .contains(ERIN + "@example.org")
                                && mail.getSubject().contains(title);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
