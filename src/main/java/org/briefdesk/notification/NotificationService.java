package org.briefdesk.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.AfterCommit;
import org.briefdesk.live.Broadcast;
import org.briefdesk.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: other features post them, the bell lists them with the unread count, and
 * open tabs hear of new ones at once (after the posting transaction commits). The listeners are held
 * in this process; on a cluster, each notification is also sent to the other nodes ({@link
 * Broadcast}), whose open tabs of the recipient hear of it the same way.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int LIST_SIZE = 30;
    private static final String CHANNEL = "notifications";

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<String, List<NotificationListener>> listeners = new ConcurrentHashMap<>();
    private final Broadcast broadcast;
    private final ApplicationEventPublisher events;

    /** A notification on its way to the recipient's tabs on the other nodes. */
    record Relayed(String recipient, NotificationSummary summary) {}

    NotificationService(
            NotificationRepository notifications,
            CurrentUser currentUser,
            Clock clock,
            Broadcast broadcast,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.broadcast = broadcast;
        this.events = events;
        broadcast.receive(CHANNEL, Relayed.class, relayed -> deliver(relayed.recipient(), relayed.summary()));
    }

    /**
     * Notifies each recipient (the caller is never notified of their own action). Listeners hear of it
     * once the surrounding transaction has committed.
     */
    @Transactional
    public void post(Collection<String> recipients, NotificationKind kind, String message, String link) {
        post(recipients, kind, message, link, "");
    }

    /**
     * As {@link #post(Collection, NotificationKind, String, String)}, naming what the notification is
     * about (a briefing's title), for the subject of a notification mail. Each recipient's
     * notification is also published as a {@link NotificationPosted} event within the transaction.
     */
    @Transactional
    public void post(Collection<String> recipients, NotificationKind kind, String message, String link, String about) {
        String me = currentUser.requireUsername();
        for (String recipient : recipients.stream().distinct().toList()) {
            if (recipient.equals(me)) {
                continue;
            }
            Notification saved = notifications.save(new Notification(recipient, kind, message, link, clock.instant()));
            events.publishEvent(
                    new NotificationPosted(saved.id(), recipient, kind, message, link, about, saved.createdAt()));
            NotificationSummary summary = toSummary(saved);
            AfterCommit.run(() -> deliver(recipient, summary));
            broadcast.send(CHANNEL, new Relayed(recipient, summary));
        }
    }

    /** The caller's latest notifications, newest first. */
    public List<NotificationSummary> mine() {
        return notifications
                .findByRecipientOrderByCreatedAtDesc(currentUser.requireUsername(), PageRequest.of(0, LIST_SIZE))
                .stream()
                .map(NotificationService::toSummary)
                .toList();
    }

    /** How many of the caller's notifications are unread. */
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentUser.requireUsername());
    }

    /** Marks one of the caller's notifications as read. */
    @Transactional
    public void markRead(long notificationId) {
        Notification notification = notifications
                .findById(notificationId)
                .filter(n -> n.recipient().equals(currentUser.requireUsername()))
                .orElseThrow(() -> new ActionRefusedException("That notification is not yours."));
        notification.markRead(clock.instant());
    }

    /** Listens for the caller's new notifications; the returned handle stops listening. */
    public AutoCloseable listen(NotificationListener listener) {
        String me = currentUser.requireUsername();
        listeners.computeIfAbsent(me, user -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            List<NotificationListener> mine = listeners.get(me);
            if (mine != null) {
                mine.remove(listener);
            }
        };
    }

    private void deliver(String recipient, NotificationSummary summary) {
        for (NotificationListener listener : listeners.getOrDefault(recipient, List.of())) {
            try {
                listener.notified(summary);
            } catch (RuntimeException failure) {
                log.warn("A notification listener failed", failure);
            }
        }
    }

    private static NotificationSummary toSummary(Notification notification) {
        return new NotificationSummary(
                notification.id(),
                notification.kind(),
                notification.message(),
                notification.link(),
                notification.createdAt(),
                notification.isRead());
    }
}
