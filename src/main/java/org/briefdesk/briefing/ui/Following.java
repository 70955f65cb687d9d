package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingPresence;
import org.jspecify.annotations.Nullable;

/**
 * An editor's link to the briefing it shows: the briefing's events reach the editor on its UI's
 * thread, and the editor counts as present while its browser is alive. Closing the link ends both.
 */
final class Following {

    private Following() {}

    /**
     * Follows briefing {@code id} for the editor in {@code ui}: every event goes to {@code onEvent}
     * through {@code UI.access} (it may come from any thread), and {@code onUiDetach} runs when the UI
     * itself goes away.
     */
    static AutoCloseable follow(
            UI ui,
            long id,
            BriefingEvents events,
            BriefingPresence presence,
            Consumer<BriefingEvents.Event> onEvent,
            Runnable onUiDetach) {
        var session = ui.getSession().getSession();
        String sessionId = session == null ? "" : session.getId();
        long staleMillis = staleAfterMillis(ui);
        AutoCloseable listening = events.listen(id, event -> {
            try {
                ui.access(() -> onEvent.accept(event));
            } catch (UIDetachedException closed) {
                // The tab closed while the event was on its way; its detach ends this listener.
            }
        });
        AutoCloseable present;
        try {
            // A browser gone silent stops listening too: its UI lingers until the session expires,
            // but the briefing's listeners hold only live editors.
            present = presence.enter(
                    id,
                    sessionId,
                    () -> !ui.isClosing()
                            && System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp() < staleMillis,
                    () -> close(listening));
        } catch (RuntimeException failure) {
            close(listening);
            throw failure;
        }
        // A closed UI (unload beacon, expiry) detaches the UI itself; not every container then
        // detaches each view as well, so the UI's detach ends the editor's part too.
        var uiDetach = ui.addDetachListener(detach -> onUiDetach.run());
        return () -> {
            uiDetach.remove();
            close(present);
            close(listening);
        };
    }

    /**
     * A browser that is gone without unloading the page (closed lid, killed process, lost network)
     * sends no more heartbeats: after two missed ones and a little slack it no longer counts as
     * present. (A tab closed normally sends Vaadin's unload beacon and detaches at once.)
     */
    private static long staleAfterMillis(UI ui) {
        int heartbeatSeconds = ui.getSession().getConfiguration().getHeartbeatInterval();
        return heartbeatSeconds <= 0 ? Long.MAX_VALUE : (2L * heartbeatSeconds + 3) * 1000;
    }

    static void close(@Nullable AutoCloseable handle) {
        if (handle == null) {
            return;
        }
        try {
            handle.close();
        } catch (Exception ignored) {
            // In-memory registrations: closing one cannot fail.
        }
    }
}
