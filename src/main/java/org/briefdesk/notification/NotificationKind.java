package org.briefdesk.notification;

/** What a notification is about (PRODUCT section 4). */
public enum NotificationKind {
    REVIEW_REQUESTED("Review requested"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    RETRACTED("Retracted"),
    REPLY("Reply"),
    MENTION("Mentioned"),
    SUGGESTED("Suggestions");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** A short name for people: a settings label, the start of a mail's subject. */
    public String label() {
        return label;
    }
}
