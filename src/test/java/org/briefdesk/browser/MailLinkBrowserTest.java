package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.Waits;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #18's "done when": alice submits a briefing to erin, erin gets an e-mail, and its link,
 * opened in a browser that is not signed in, leads through the sign-in to the review.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class MailLinkBrowserTest extends RealBrowserTest {

    private static final int HTTP_PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final GreenMail smtp =
            new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final String ERIN_ADDRESS = "erin@briefdesk.example";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("briefdesk.mail.from", () -> "briefdesk@briefdesk.test");
        registry.add("briefdesk.base-url", () -> "http://localhost:" + HTTP_PORT);
    }

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    ActingUser actingUser;

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void erin_follows_the_link_in_her_review_mail_signs_in_and_lands_on_the_review() throws Exception {
        DemoPeople.aliceAndErin(userService, actingUser);
        actingUser.as(
                TestUsers.ADMIN,
                () -> userService.list().stream()
                        .filter(user -> user.username().equals(DemoPeople.ERIN))
                        .findFirst()
                        .map(erin -> userService.changeEmail(erin.id(), ERIN_ADDRESS))
                        .orElseThrow());
        String title = "Mail link " + UUID.randomUUID().toString().substring(0, 8);
        long id = actingUser.as(DemoPeople.ALICE, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title));
            briefingService.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(title, null, "A paragraph to review.", Audience.INTERNAL, Set.of(), Set.of()),
                    null,
                    false);
            return created.id();
        });

        actingUser.as(DemoPeople.ALICE, () -> workflow.submit(id, DemoPeople.ERIN));

        String link = linkInMailAbout(title);
        assertThat(link).isEqualTo("http://localhost:" + HTTP_PORT + "/briefings/" + id + "/edit");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(link);
            fillSignIn(page, DemoPeople.ERIN, DemoPeople.PASSWORD);

            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")))
                    .isVisible(PATIENTLY);
            // Spring Security's request cache marks the page it sends one back to with "?continue".
            assertThat(page).hasURL(Pattern.compile(".*/briefings/" + id + "/edit(\\?continue)?$"));
        }
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
                .orElseThrow();
    }

    private static java.util.Optional<MimeMessage> mailAbout(String title) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return List.of(mail.getRecipients(Message.RecipientType.TO))
                                        .toString()
                                        .contains(ERIN_ADDRESS)
                                && mail.getSubject().contains(title);
                    } catch (jakarta.mail.MessagingException e) {
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
}
