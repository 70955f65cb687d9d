package org.briefdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of message the application shows in a toast. */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    public static Notification error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        return notification;
    }
}
