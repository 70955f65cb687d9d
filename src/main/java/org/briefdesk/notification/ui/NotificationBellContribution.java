package org.briefdesk.notification.ui;

import org.briefdesk.base.ui.NavbarContribution;
import org.briefdesk.notification.NotificationService;

/** Puts the notification bell into the main layout's top bar. */
@org.springframework.stereotype.Component
class NotificationBellContribution implements NavbarContribution {

    private final NotificationService notifications;

    NotificationBellContribution(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications);
    }
}
