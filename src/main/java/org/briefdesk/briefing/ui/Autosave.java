package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Runs the editor's autosave on its UI a while after the last keystroke; one timer for all editors. */
final class Autosave {

    /** Autosave this long after the last keystroke. */
    static final long DELAY_SECONDS = 5;

    /** While the database cannot be reached, autosave tries again this often. */
    static final long OUTAGE_RETRY_SECONDS = 20;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("briefdesk-autosave").factory());

    private final Runnable save;
    private @Nullable ScheduledFuture<?> pending;

    Autosave(Runnable save) {
        this.save = save;
    }

    /** Saves after the usual pause, instead of any save scheduled before. */
    void schedule() {
        schedule(DELAY_SECONDS);
    }

    void schedule(long delaySeconds) {
        cancel();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        pending = TIMER.schedule(() -> ui.access(save::run), delaySeconds, TimeUnit.SECONDS);
    }

    void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
