package org.briefdesk.briefing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefdesk.base.AfterCommit;
import org.briefdesk.live.Broadcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link BriefingEvents}: a list of listeners to all briefings and, per briefing, a list of the
 * editors that have it open, in this JVM. A briefing's list goes away with its last listener, so the
 * registry holds only what is open now. Each event is also sent to the other nodes of a cluster
 * ({@link Broadcast}; nothing happens on a single node), whose listeners hear of it as of their own.
 */
@Component
public class InProcessBriefingEvents implements BriefingEvents {

    private static final Logger log = LoggerFactory.getLogger(InProcessBriefingEvents.class);

    static final String CHANNEL = "briefing-events";

    private final List<Listener> everything = new CopyOnWriteArrayList<>();
    private final Map<Long, List<Listener>> perBriefing = new ConcurrentHashMap<>();
    private final Broadcast broadcast;

    InProcessBriefingEvents(Broadcast broadcast) {
        this.broadcast = broadcast;
        broadcast.receive(CHANNEL, EventMessage.class, message -> deliver(message.toEvent()));
    }

    @Override
    public AutoCloseable listen(Listener listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    @Override
    public AutoCloseable listen(long briefingId, Listener listener) {
        perBriefing.compute(briefingId, (id, listeners) -> {
            List<Listener> list = listeners == null ? new CopyOnWriteArrayList<>() : listeners;
            list.add(listener);
            return list;
        });
        return () -> perBriefing.computeIfPresent(briefingId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    @Override
    public void publish(Event event) {
        broadcast.send(CHANNEL, EventMessage.of(event));
        AfterCommit.run(() -> deliver(event));
    }

    private void deliver(Event event) {
        List<Listener> ofBriefing = perBriefing.getOrDefault(event.briefingId(), List.of());
        for (List<Listener> listeners : List.of(ofBriefing, everything)) {
            for (Listener listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException failure) {
                    log.warn("A briefing listener failed on {}", event, failure);
                }
            }
        }
    }

    /** How many listeners are registered: zero once every view that listened has closed. */
    public int listenerCount() {
        return everything.size()
                + perBriefing.values().stream().mapToInt(List::size).sum();
    }
}
