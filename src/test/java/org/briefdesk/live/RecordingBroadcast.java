package org.briefdesk.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link Broadcast} for unit tests: keeps what was sent, and hands a message to the receivers as if
 * another node had sent it.
 */
public final class RecordingBroadcast implements Broadcast {

    /** One message sent. */
    public record Sent(String channel, Object message) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, List<Consumer<Object>>> receivers = new ConcurrentHashMap<>();

    @Override
    public void send(String channel, Object message) {
        sent.add(new Sent(channel, message));
    }

    @Override
    public <T> void receive(String channel, Class<T> type, Consumer<T> handler) {
        receivers
                .computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>())
                .add(message -> handler.accept(type.cast(message)));
    }

    public List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    /** Delivers the message as one from another node. */
    public void arrive(String channel, Object message) {
        receivers.getOrDefault(channel, List.of()).forEach(receiver -> receiver.accept(message));
    }
}
