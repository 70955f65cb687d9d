package org.briefdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.TestClock;
import org.briefdesk.Waits;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.comment.CommentService;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * E-mail notifications against a real SMTP server in this JVM (GreenMail on a free loopback port):
 * each kind reaches the right person, the digest, opting out, no address, and an SMTP server that is
 * dead while people save. Every test works with users of its own, and looks only at their mail.
 */
@IntegrationTest
class EmailNotificationsTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail smtp =
            new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final String BASE = "https://briefdesk.test";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("briefdesk.mail.from", () -> "Briefdesk <briefdesk@briefdesk.test>");
        registry.add("briefdesk.base-url", () -> BASE + "/");
        // The tests drive the sender themselves (besides the wake-up after each commit).
        registry.add("briefdesk.mail.poll-interval", () -> "1h");
        // Short, so that the test of a server that never answers ends soon.
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "3000");
    }

    @Autowired
    UserService userService;

    @Autowired
    ActingUser actingUser;

    @Autowired
    BriefingService briefings;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailPreferences preferences;

    @Autowired
    OutboxSender sender;

    @Autowired
    DigestCollector digests;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    TestClock clock;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    MailSettings settings;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    HealthIndicator mailOutboxHealthIndicator;

    @BeforeEach
    void smtpRuns() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    // ------------------------------------------------------------------ each kind

    @Test
    void each_kind_reaches_the_right_person_at_once_with_text_html_the_link_and_list_unsubscribe() throws Exception {
        String author = person(Role.AUTHOR, true);
        String editor = person(Role.EDITOR, true);
        everythingAtOnce(author);
        everythingAtOnce(editor);
        String title = "Keleva <script>alert(1)</script> talks";
        long id = draft(author, title);
        String review = BASE + "/briefings/" + id + "/edit";

        actingUser.as(author, () -> workflow.submit(id, editor));
        long thread = actingUser.as(
                author,
                () -> comments.startThread(id, null, "@" + editor + " please check the figures")
                        .id());
        actingUser.as(editor, () -> comments.reply(thread, "The figures hold."));
        actingUser.as(editor, () -> workflow.requestChanges(id, "Name the second source."));
        actingUser.as(author, () -> workflow.submit(id, editor));
        actingUser.as(editor, () -> workflow.approve(id));
        actingUser.as(editor, () -> workflow.publish(id));

        List<MimeMessage> toEditor = awaitMails(editor, 3);
        List<MimeMessage> toAuthor = awaitMails(author, 4);
        String quoted = "“" + title + "”";
        assertThat(subjects(toEditor))
                .containsExactly("Review requested: " + quoted, "Mentioned: " + quoted, "Review requested: " + quoted);
        assertThat(subjects(toAuthor))
                .containsExactly(
                        "Reply: " + quoted,
                        "Changes requested: " + quoted,
                        "Approved: " + quoted,
                        "Published: " + quoted);
        String comment = review + "?comment=" + thread;
        assertThat(links(toEditor)).containsExactly(review, comment, review);
        assertThat(links(toAuthor)).containsExactly(comment, review, review, review);
        for (MimeMessage mail : concat(toEditor, toAuthor)) {
            assertThat(mail.getFrom()[0].toString()).isEqualTo("Briefdesk <briefdesk@briefdesk.test>");
            assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + BASE + "/account>");
            assertThat(mail.getHeader("List-Unsubscribe-Post")).isNull();
            Parts parts = parts(mail);
            assertThat(parts.html()).doesNotContain("<script").contains("&lt;script&gt;");
            assertThat(parts.text()).contains(BASE + "/account");
        }
        assertThat(parts(toEditor.getFirst()).text()).contains("asks for a review of " + quoted);
        assertThat(parts(toAuthor.get(1)).text()).contains("Name the second source.");
    }

    // ------------------------------------------------------------------ digest, off, no address

    @Test
    void the_daily_digest_collects_a_users_digest_notifications_in_one_mail_and_sends_none_when_nothing_waits()
            throws Exception {
        String author = person(Role.AUTHOR, true);
        String editor = person(Role.EDITOR, true);
        long id = draft(author, "Calvera port calls");

        actingUser.as(author, () -> workflow.submit(id, editor));
        actingUser.as(editor, () -> workflow.approve(id));
        actingUser.as(editor, () -> workflow.publish(id));
        awaitMails(editor, 1);
        sender.sendDue();
        assertThat(mailsTo(author))
                .as("approved and published wait for the digest")
                .isEmpty();

        assertThat(digests.collect()).isPositive();
        List<MimeMessage> digest = awaitMails(author, 1);
        assertThat(digest.getFirst().getSubject()).isEqualTo("Briefdesk digest: 2 notifications");
        Parts parts = parts(digest.getFirst());
        assertThat(parts.text())
                .contains("approved “Calvera port calls”")
                .contains("published edition 1 of “Calvera port calls”")
                .contains(BASE + "/briefings/" + id + "/edit");
        assertThat(parts.html()).contains("approved “Calvera port calls”");
        assertThat(digest.getFirst().getHeader("List-Unsubscribe")).containsExactly("<" + BASE + "/account>");

        digests.collect();
        sender.sendDue();
        assertThat(mailsTo(author)).as("nothing new: no second digest").hasSize(1);
    }

    @Test
    void a_kind_turned_off_sends_nothing_but_the_bell_still_shows_it() throws Exception {
        String author = person(Role.AUTHOR, true);
        String editor = person(Role.EDITOR, true);
        actingUser.as(editor, () -> {
            preferences.chooseMine(Map.of(NotificationKind.REVIEW_REQUESTED, Delivery.OFF));
            return null;
        });
        long id = draft(author, "Turned off");

        actingUser.as(author, () -> workflow.submit(id, editor));

        sender.sendDue();
        assertThat(outbox.findByRecipientOrderByIdAsc(editor)).isEmpty();
        assertThat(mailsTo(editor)).isEmpty();
        assertThat(actingUser.as(editor, () -> notifications.mine()))
                .extracting(n -> n.kind())
                .containsExactly(NotificationKind.REVIEW_REQUESTED);
    }

    @Test
    void a_user_without_an_address_gets_no_mail_and_nothing_waits_for_them() throws Exception {
        String author = person(Role.AUTHOR, true);
        String editor = person(Role.EDITOR, false);
        long id = draft(author, "Nowhere to send");

        actingUser.as(author, () -> workflow.submit(id, editor));
        actingUser.as(editor, () -> workflow.approve(id));

        assertThat(outbox.findByRecipientOrderByIdAsc(editor)).isEmpty();
        assertThat(actingUser.as(editor, () -> notifications.mine())).hasSize(1);
    }

    // ------------------------------------------------------------------ SMTP down

    @Test
    void with_the_smtp_server_dead_a_save_succeeds_at_once_and_the_mail_goes_out_exactly_once_when_it_is_back()
            throws Exception {
        String author = person(Role.AUTHOR, true);
        String editor = person(Role.EDITOR, true);
        long id = draft(author, "Sent while the mail server hangs");
        smtp.stop();
        try (BlackHole dead = new BlackHole(SMTP_PORT)) {
            long started = System.nanoTime();
            actingUser.as(author, () -> workflow.submit(id, editor));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took)
                    .as("the save waits for no SMTP server (its timeout is 3 s)")
                    .isLessThan(Duration.ofMillis(2500));
            assertThat(outbox.findByRecipientOrderByIdAsc(editor))
                    .singleElement()
                    .satisfies(mail -> {
                        assertThat(mail.sentAt()).isNull();
                        assertThat(mail.address()).isEqualTo(editor + "@mail.test");
                    });
            // The sender, woken after the commit, tries on its own thread and times out there.
            Waits.until("the first attempt to fail", Duration.ofSeconds(30), () -> attempts(editor) == 1);
            assertThat(dead.connections()).isPositive();
        }
        assertThat(outbox.findByRecipientOrderByIdAsc(editor).getFirst().lastError())
                .isNotBlank();

        smtp.start();
        // As after a restart: a sender that never saw the mail finds it in the database.
        OutboxSender afterRestart = new OutboxSender(
                outbox, mailSender, settings, auditLog, new ConcurrentTaskScheduler(), transactionManager, clock);
        assertThat(afterRestart.sendDue()).as("not due again for a minute").isZero();
        clock.advance(Duration.ofMinutes(2));
        // Two nodes look at the same moment: one sends.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = nodes.submit(afterRestart::sendDue);
            Future<Integer> two = nodes.submit(sender::sendDue);
            assertThat(Waits.get(one) + Waits.get(two)).isEqualTo(1);
        } finally {
            nodes.shutdown();
        }
        List<MimeMessage> mails = awaitMails(editor, 1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Review requested: “Sent while the mail server hangs”");
        assertThat(afterRestart.sendDue() + sender.sendDue()).isZero();
        assertThat(mailsTo(editor)).as("exactly once").hasSize(1);
        assertThat(outbox.findByRecipientOrderByIdAsc(editor).getFirst().sentAt())
                .isNotNull();
    }

    @Test
    void a_mail_that_fails_every_attempt_is_given_up_counted_on_the_health_endpoint_and_audited() throws Exception {
        String author = person(Role.AUTHOR, true);
        String editor = person(Role.EDITOR, true);
        long id = draft(author, "Never delivered");
        long failedBefore = failedCount();
        smtp.stop();

        actingUser.as(author, () -> workflow.submit(id, editor));
        Waits.until("the first attempt to fail", Duration.ofSeconds(30), () -> attempts(editor) == 1);
        for (Duration wait : OutboxMail.RETRY_AFTER) {
            clock.advance(wait.plusSeconds(1));
            sender.sendDue();
        }

        OutboxMail mail = outbox.findByRecipientOrderByIdAsc(editor).getFirst();
        assertThat(mail.attempts()).isEqualTo(OutboxMail.RETRY_AFTER.size() + 1);
        assertThat(mail.failedAt()).isNotNull();
        assertThat(mail.sentAt()).isNull();
        assertThat(failedCount()).isEqualTo(failedBefore + 1);
        var entries = RunAs.admin(() -> auditLog.search(
                        new org.briefdesk.audit.AuditFilter(
                                null, org.briefdesk.audit.AuditEvent.MAIL_UNDELIVERED, null, null),
                        null,
                        50))
                .entries();
        assertThat(entries).anySatisfy(entry -> assertThat(entry.target()).isEqualTo("user:" + editor));

        clock.advance(Duration.ofDays(1));
        smtp.start();
        sender.sendDue();
        assertThat(mailsTo(editor)).as("a mail given up stays given up").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** A new user with the role and, if asked, the address {@code <name>@mail.test}. */
    private String person(Role role, boolean withAddress) {
        String username = "ml-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.admin(() -> userService.create(new UserDraft(
                username,
                "Mail " + username,
                "a-long-enough-password",
                Set.of(role),
                withAddress ? username + "@mail.test" : "")));
        return username;
    }

    private void everythingAtOnce(String username) {
        Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, Delivery.AT_ONCE);
        }
        actingUser.as(username, () -> {
            preferences.chooseMine(all);
            return null;
        });
    }

    private long draft(String author, String title) {
        return actingUser.as(author, () -> {
            BriefingDetails created = briefings.create(BriefingDraft.titled(title));
            return briefings
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            created.toDraft().withBody("A plain paragraph."),
                            null,
                            false)
                    .briefing()
                    .id();
        });
    }

    private int attempts(String recipient) {
        return outbox.findByRecipientOrderByIdAsc(recipient).getFirst().attempts();
    }

    private long failedCount() {
        return ((Number) mailOutboxHealthIndicator.health(true).getDetails().get("failed")).longValue();
    }

    private static List<MimeMessage> mailsTo(String username) {
        String address = username + "@mail.test";
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static List<MimeMessage> awaitMails(String username, int count) throws InterruptedException {
        Waits.until(
                count + " mail(s) to " + username,
                Duration.ofSeconds(30),
                () -> mailsTo(username).size() >= count);
        return mailsTo(username);
    }

    private static List<String> subjects(List<MimeMessage> mails) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** The one link of each mail that is not the account page, from its plain text. */
    private static List<String> links(List<MimeMessage> mails) throws Exception {
        List<String> links = new ArrayList<>();
        for (MimeMessage mail : mails) {
            Parts parts = parts(mail);
            String link = parts.text()
                    .lines()
                    .filter(line -> line.startsWith(BASE + "/briefings/"))
                    .findFirst()
                    .orElseThrow();
            assertThat(parts.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"");
            links.add(link);
        }
        return links;
    }

    private record Parts(String text, String html) {}

    /** The plain text and HTML of a multipart/alternative mail, checking that it is one. */
    private static Parts parts(MimeMessage mail) throws MessagingException, IOException {
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        return new Parts((String) alternative.getBodyPart(0).getContent(), (String)
                alternative.getBodyPart(1).getContent());
    }

    @SafeVarargs
    private static List<MimeMessage> concat(List<MimeMessage>... lists) {
        List<MimeMessage> all = new ArrayList<>();
        for (List<MimeMessage> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SMTP server that accepts connections and never says a word: the worst kind of dead. */
    private static final class BlackHole implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        BlackHole(int port) throws IOException {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            acceptor = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        int connections() {
            return held.size();
        }

        @Override
        public void close() throws Exception {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
            Waits.join(acceptor);
        }
    }
}
