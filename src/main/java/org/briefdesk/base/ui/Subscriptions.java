package org.briefdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Ties a listener of a service (briefing events, notifications) to a component's life on screen:
 * subscribed while attached, so that the listener can push to the component's UI, and closed on
 * detach, so that a closed tab leaves nothing behind.
 */
public final class Subscriptions {

    /** Subscribes for the UI the component was attached to, and returns the handle that ends it. */
    @FunctionalInterface
    public interface Subscriber {
        AutoCloseable subscribe(UI ui);
    }

    private Subscriptions() {}

    public static void whileAttached(Component component, Subscriber subscriber) {
        AtomicReference<@Nullable AutoCloseable> handle = new AtomicReference<>();
        component.addAttachListener(event -> {
            UI ui = event.getUI();
            AutoCloseable subscription = subscriber.subscribe(ui);
            // A closed UI fires its own detach; the components in it may not get one of their own.
            var uiDetach = ui.addDetachListener(detach -> close(handle.getAndSet(null)));
            close(handle.getAndSet(() -> {
                uiDetach.remove();
                subscription.close();
            }));
        });
        component.addDetachListener(event -> close(handle.getAndSet(null)));
    }

    private static void close(@Nullable AutoCloseable subscription) {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception ignored) {
            // The subscriptions are in-memory lists; closing one cannot fail.
        }
    }
}
