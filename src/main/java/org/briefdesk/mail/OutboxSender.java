package org.briefdesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails in the outbox that are due, on the mail scheduler's thread, never in a saving
 * one. Each mail is first claimed in a short transaction of its own (so that no other node sends it
 * too), then sent with no transaction open, then marked sent. A failed attempt makes it due again
 * after a growing wait ({@link OutboxMail#RETRY_AFTER}); after the last one it is given up, logged
 * and written to the audit log. A node that dies holding a claim leaves the mail to another node once
 * the claim runs out; if it died after the SMTP server took the mail but before marking it sent, that
 * mail goes out twice — the one case of "at least once" that an outbox cannot close.
 */
class OutboxSender {

    /** Longer than one send can take with the SMTP timeouts of application.properties. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxMailRepository outbox;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final AuditLog auditLog;
    private final TaskScheduler scheduler;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    OutboxSender(
            OutboxMailRepository outbox,
            JavaMailSender mailSender,
            MailSettings settings,
            AuditLog auditLog,
            TaskScheduler scheduler,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.settings = settings;
        this.auditLog = auditLog;
        this.scheduler = scheduler;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends what is due soon, on the scheduler's thread; returns at once. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        wakeQueued.set(false);
                        sendDue();
                    },
                    Instant.now());
        }
    }

    /**
     * Sends every mail that is due and not claimed by another node.
     *
     * @return how many went out
     */
    int sendDue() {
        int sent = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = transaction.execute(status -> outbox.findDue(now, PageRequest.of(0, BATCH)));
            for (long id : due) {
                String claim = UUID.randomUUID().toString();
                if (claim(id, claim) && send(id, claim)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean claim(long id, String claim) {
        Instant now = clock.instant();
        Integer claimed = transaction.execute(status -> outbox.claim(id, claim, now, now.plus(CLAIM)));
        return claimed != null && claimed == 1;
    }

    private boolean send(long id, String claim) {
        OutboxMail mail = transaction.execute(status -> outbox.findById(id).orElseThrow());
        try {
            mailSender.send(toMessage(mail));
        } catch (MessagingException | RuntimeException failure) {
            // MailException (refused, timed out, bad credentials) above all; anything else alike, so that
            // no mail is retried without being counted.
            attemptFailed(id, claim, failure);
            return false;
        }
        transaction.executeWithoutResult(status -> outbox.markSent(id, claim, clock.instant()));
        log.debug("Mail {} sent to {}", id, mail.recipient());
        return true;
    }

    private void attemptFailed(long id, String claim, Exception failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        transaction.executeWithoutResult(status -> {
            OutboxMail mail = outbox.findById(id).orElseThrow();
            if (!mail.claimedBy(claim)) {
                return;
            }
            if (mail.attemptFailed(error, clock.instant())) {
                log.warn("Gave up mail {} to {} after {} attempts: {}", id, mail.recipient(), mail.attempts(), error);
                auditLog.record(
                        AuditEvent.MAIL_UNDELIVERED,
                        null,
                        "user:" + mail.recipient(),
                        "mail " + id + " after " + mail.attempts() + " attempts: " + error);
            } else {
                log.info(
                        "Mail {} to {} not sent (attempt {}), trying again later: {}",
                        id,
                        mail.recipient(),
                        mail.attempts(),
                        error);
            }
        });
    }

    /** multipart/alternative: plain text first, HTML last (the part a mail reader prefers, if it can). */
    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        ComposedMail content = mail.content();
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(settings.from());
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.address(), true));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("List-Unsubscribe", "<" + settings.accountUrl() + ">");
        // RFC 3834: no vacation replies or other automatic answers to a notification.
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        return message;
    }
}
