package org.briefdesk.briefing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open views that a briefing changed state, once the change has committed, so that dashboards
 * and editors update without a reload. In-process only; behind this small class a multi-node
 * implementation can replace it.
 */
@Component
public class BriefingEvents {

    /** Hears of a briefing whose state changed. */
    @FunctionalInterface
    public interface Listener {
        void changed(long briefingId);
    }

    private static final Logger log = LoggerFactory.getLogger(BriefingEvents.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Starts listening; the returned handle stops it (call it when the view detaches). */
    public AutoCloseable listen(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publishAfterCommit(long briefingId) {
        Runnable publish = () -> listeners.forEach(listener -> {
            try {
                listener.changed(briefingId);
            } catch (RuntimeException failure) {
                log.warn("A briefing listener failed", failure);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish.run();
                }
            });
        } else {
            publish.run();
        }
    }
}
