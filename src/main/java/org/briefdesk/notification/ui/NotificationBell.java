package org.briefdesk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.Location;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.briefdesk.base.ui.Subscriptions;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.notification.NotificationSummary;

/** The bell in the top bar: unread count, updated live, and the list of notifications. */
class NotificationBell extends Composite<Div> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Div list = new Div();
    private final Popover popover;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("bd-bell-count");
        list.addClassName("bd-notifications");
        popover = new Popover(list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                renderList();
            }
        });
        getContent().addClassName("bd-bell");
        getContent().add(bell, badge);
        refreshCount();
        Subscriptions.whileAttached(this, ui -> notifications.listen(notification -> ui.access(this::notified)));
    }

    /** A new notification: count it, and show it at once if the list is open. */
    private void notified() {
        refreshCount();
        if (popover.isOpened()) {
            renderList();
        }
    }

    private void refreshCount() {
        long unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
        bell.setTooltipText(bell.getAriaLabel().orElse("Notifications"));
    }

    private void renderList() {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph("No notifications yet.");
            empty.addClassName("bd-empty-state");
            list.add(empty);
            return;
        }
        for (NotificationSummary item : items) {
            list.add(createItem(item));
        }
    }

    private Component createItem(NotificationSummary item) {
        Span when = new Span(ViewerTime.format(WHEN, item.createdAt()));
        when.addClassName("bd-notification-when");
        Button open = new Button(item.message(), click -> {
            notifications.markRead(item.id());
            refreshCount();
            popover.close();
            // A link may carry a query ("briefings/7/edit?comment=3"), which navigate(String) drops.
            Location location = new Location(item.link());
            UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div row = new Div(open, when);
        row.addClassNames("bd-notification", item.read() ? "bd-read" : "bd-unread");
        return row;
    }
}
