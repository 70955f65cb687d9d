package org.briefdesk.notification;

import java.time.Instant;

/**
 * Published (as a Spring application event) for each recipient of a notification, inside the
 * transaction that posts it, so that a listener's own writes commit or roll back with it. A listener
 * must not do slow work here: it runs in the thread of the user's save. {@code about} is the title
 * of what the notification concerns (empty if nothing in particular); {@code link} the in-app path.
 */
public record NotificationPosted(
        long notificationId,
        String recipient,
        NotificationKind kind,
        String message,
        String link,
        String about,
        Instant createdAt) {}
