package org.briefdesk.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.user.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * E-mail is on when an SMTP server is configured ({@code SPRING_MAIL_HOST}, for which Spring Boot
 * makes the {@link JavaMailSender}); then the From address and Briefdesk's base URL must be set too,
 * or the application refuses to start and says which is missing. Without a host none of these beans
 * exist: nothing is queued and notifications stay in the bell, as before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailConfiguration.MailHostSet.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /** Matches when {@code spring.mail.host} is set and not blank (an empty variable means no mail). */
    static class MailHostSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

    /**
     * The mail jobs' own thread: one per node, so a node sends one mail at a time and a hanging SMTP
     * server holds up nothing but mail. Not a TaskScheduler bean, so nothing else runs on it.
     */
    static final class MailThread implements DisposableBean {

        final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

        MailThread() {
            scheduler.setPoolSize(1);
            scheduler.setThreadNamePrefix("mail-");
            // A send under way may finish on shutdown; its claim would otherwise hold it for minutes.
            scheduler.setWaitForTasksToCompleteOnShutdown(true);
            scheduler.setAwaitTerminationSeconds(15);
            // ... but only that send: the next polls and wake-ups are dropped, not waited for.
            scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
            scheduler.initialize();
        }

        @Override
        public void destroy() {
            scheduler.shutdown();
        }
    }

    @Bean
    MailSettings mailSettings(
            @Value("${briefdesk.mail.from:}") String from,
            @Value("${briefdesk.base-url:}") String baseUrl,
            @Value("${briefdesk.mail.digest-time:07:00}") String digestTime,
            @Value("${briefdesk.mail.poll-interval:30s}") Duration pollInterval) {
        return MailSettings.of(from, baseUrl, digestTime, pollInterval);
    }

    @Bean
    MailThread mailThread() {
        return new MailThread();
    }

    @Bean
    MailComposer mailComposer(MailSettings settings) {
        return new MailComposer(settings);
    }

    @Bean
    OutboxSender outboxSender(
            OutboxMailRepository outbox,
            JavaMailSender mailSender,
            MailSettings settings,
            AuditLog auditLog,
            MailThread thread,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        return new OutboxSender(outbox, mailSender, settings, auditLog, thread.scheduler, transactionManager, clock);
    }

    @Bean
    DigestCollector digestCollector(
            DigestItemRepository items,
            OutboxMailRepository outbox,
            DeliveryChoices choices,
            EmailAddresses addresses,
            MailComposer composer,
            OutboxSender sender,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        return new DigestCollector(items, outbox, choices, addresses, composer, sender, transactionManager, clock);
    }

    @Bean
    NotificationMailer notificationMailer(
            DeliveryChoices choices,
            EmailAddresses addresses,
            OutboxMailRepository outbox,
            DigestItemRepository digestItems,
            MailComposer composer,
            OutboxSender sender,
            Clock clock) {
        return new NotificationMailer(choices, addresses, outbox, digestItems, composer, sender, clock);
    }

    /**
     * Once the application runs: the outbox is looked at every poll interval (mails due again after a
     * failure, mails queued by another node or before a restart), and the digest goes out daily.
     */
    @Bean
    ApplicationRunner mailSchedule(
            MailThread thread, OutboxSender sender, DigestCollector digests, MailSettings settings) {
        return args -> {
            Duration every = settings.pollInterval();
            thread.scheduler.scheduleWithFixedDelay(
                    () -> logFailure("sending mail", sender::sendDue),
                    Instant.now().plus(every),
                    every);
            LocalTime at = settings.digestTime();
            String cron = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *";
            thread.scheduler.schedule(
                    () -> logFailure("collecting the daily digest", digests::collect),
                    new CronTrigger(cron, ZoneOffset.UTC));
            log.info(
                    "E-mail notifications on: from {}, links to {}, daily digest at {} UTC",
                    settings.from(),
                    settings.baseUrl(),
                    at);
        };
    }

    /**
     * What the outbox holds, for administrators on the health endpoint. Always UP: a dead SMTP server
     * must not take a node out of the load balancer (Spring Boot's own mail check, which connects to
     * the server, is off in application.properties).
     */
    @Bean
    HealthIndicator mailOutboxHealthIndicator(OutboxMailRepository outbox, DigestItemRepository digestItems) {
        return () -> Health.up()
                .withDetail("waiting", outbox.countBySentAtIsNullAndFailedAtIsNull())
                .withDetail("failed", outbox.countByFailedAtIsNotNull())
                .withDetail("waitingForDigest", digestItems.countByCollectedAtIsNull())
                .build();
    }

    private static void logFailure(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException failure) {
            // The database away, most likely; the next run tries again.
            log.warn("Failed {}: {}", what, failure.toString());
        }
    }
}
