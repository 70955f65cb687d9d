package org.briefdesk.notification;

/** What a notification is about (PRODUCT section 4). */
public enum NotificationKind {
    REVIEW_REQUESTED,
    CHANGES_REQUESTED,
    APPROVED,
    PUBLISHED,
    RETRACTED,
    REPLY,
    MENTION,
    SUGGESTED
}
