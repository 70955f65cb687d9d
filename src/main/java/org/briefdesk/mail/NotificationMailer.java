package org.briefdesk.mail;

import java.time.Clock;
import org.briefdesk.base.AfterCommit;
import org.briefdesk.notification.NotificationPosted;
import org.briefdesk.user.EmailAddresses;
import org.springframework.context.event.EventListener;

/**
 * Turns each posted notification into what its recipient chose: a mail queued in the outbox, an item
 * for their daily digest, or nothing (no address, or e-mail off for that kind). It runs inside the
 * transaction that posts the notification, so the mail is queued if and only if the action is
 * saved, and it only writes rows: the sender is woken once that transaction has committed and sends
 * on its own thread, so a slow or dead SMTP server never slows or fails a save.
 */
class NotificationMailer {

    private final DeliveryChoices choices;
    private final EmailAddresses addresses;
    private final OutboxMailRepository outbox;
    private final DigestItemRepository digestItems;
    private final MailComposer composer;
    private final OutboxSender sender;
    private final Clock clock;

    NotificationMailer(
            DeliveryChoices choices,
            EmailAddresses addresses,
            OutboxMailRepository outbox,
            DigestItemRepository digestItems,
            MailComposer composer,
            OutboxSender sender,
            Clock clock) {
        this.choices = choices;
        this.addresses = addresses;
        this.outbox = outbox;
        this.digestItems = digestItems;
        this.composer = composer;
        this.sender = sender;
        this.clock = clock;
    }

    @EventListener
    void posted(NotificationPosted notification) {
        Delivery delivery = choices.of(notification.recipient(), notification.kind());
        if (delivery == Delivery.OFF) {
            return;
        }
        addresses.of(notification.recipient()).ifPresent(address -> {
            if (delivery == Delivery.AT_ONCE) {
                ComposedMail mail = composer.single(
                        notification.kind(), notification.message(), notification.link(), notification.about());
                outbox.save(new OutboxMail(notification.recipient(), address, mail, clock.instant()));
                AfterCommit.run(sender::wake);
            } else {
                digestItems.save(new DigestItem(
                        notification.recipient(),
                        notification.kind(),
                        notification.message(),
                        notification.link(),
                        notification.createdAt()));
            }
        });
    }
}
