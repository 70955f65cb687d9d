package org.briefdesk.notification;

/** Told when the user it listens for gets a notification; registered by the bell of each open tab. */
@FunctionalInterface
public interface NotificationListener {

    void notified(NotificationSummary notification);
}
