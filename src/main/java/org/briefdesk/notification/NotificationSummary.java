package org.briefdesk.notification;

import java.time.Instant;

/** A notification as the bell lists it; {@code link} is the in-app path to open. */
public record NotificationSummary(
        long id, NotificationKind kind, String message, String link, Instant createdAt, boolean read) {}
