package org.briefdesk.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.briefdesk.user.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day (at {@link MailSettings#digestTime()}, UTC, on every node) turns each user's waiting
 * digest items into one mail in the outbox: everything since their last digest, none when nothing
 * waits. Each recipient's items are taken in one UPDATE, in a transaction per recipient, so that
 * when several nodes collect at the same moment every item lands in exactly one digest.
 */
class DigestCollector {

    private static final Logger log = LoggerFactory.getLogger(DigestCollector.class);

    private final DigestItemRepository items;
    private final OutboxMailRepository outbox;
    private final DeliveryChoices choices;
    private final EmailAddresses addresses;
    private final MailComposer composer;
    private final OutboxSender sender;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DigestCollector(
            DigestItemRepository items,
            OutboxMailRepository outbox,
            DeliveryChoices choices,
            EmailAddresses addresses,
            MailComposer composer,
            OutboxSender sender,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.items = items;
        this.outbox = outbox;
        this.choices = choices;
        this.addresses = addresses;
        this.composer = composer;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Queues a digest for every user with waiting items and wakes the sender.
     *
     * @return how many digests were queued
     */
    int collect() {
        List<String> recipients = transaction.execute(status -> items.findWaitingRecipients());
        int queued = 0;
        for (String recipient : recipients) {
            Boolean digest = transaction.execute(status -> collectFor(recipient));
            if (Boolean.TRUE.equals(digest)) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("Queued {} daily digest(s)", queued);
            sender.wake();
        }
        return queued;
    }

    /**
     * Takes the recipient's waiting items and queues them as one mail. Items of kinds the user has
     * turned off since, or of a user who has no address now, are taken but not sent.
     */
    private boolean collectFor(String recipient) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        if (items.collect(recipient, token, now) == 0) {
            return false;
        }
        var chosen = choices.of(recipient);
        List<MailComposer.Item> wanted = items.findByDigestTokenOrderByCreatedAtAscIdAsc(token).stream()
                .filter(item -> chosen.get(item.kind()) != Delivery.OFF)
                .map(DigestItem::toItem)
                .toList();
        return addresses
                .of(recipient)
                .filter(address -> !wanted.isEmpty())
                .map(address -> outbox.save(new OutboxMail(recipient, address, composer.digest(wanted), now)))
                .isPresent();
    }
}
