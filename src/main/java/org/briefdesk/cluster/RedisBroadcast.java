package org.briefdesk.cluster;

import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.briefdesk.base.AfterCommit;
import org.briefdesk.live.Broadcast;
import org.briefdesk.live.OnCluster;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Broadcast} through one Redis stream that every node appends to and reads. A stream, not
 * plain pub/sub: each node reads on from the last entry it saw, so a node that lost its connection
 * for a moment gets what it missed (at least once), where pub/sub would have dropped it. Each
 * message carries an id, and a node skips ids it has seen, and its own messages. The stream is
 * trimmed to about {@value #KEEP} entries.
 *
 * <p>Sending never touches the network on the caller's thread: messages go to a bounded queue that a
 * sender thread empties, retrying while Redis is away; past {@value #QUEUE} waiting messages the
 * oldest is dropped, with a warning (what they would have refreshed, a reload shows).
 */
@Component
@OnCluster
class RedisBroadcast implements Broadcast, SmartLifecycle {

    static final String STREAM = "briefdesk:broadcast";
    private static final Logger log = LoggerFactory.getLogger(RedisBroadcast.class);
    private static final int KEEP = 100_000;
    private static final int QUEUE = 10_000;
    private static final int SEEN = 10_000;

    private final RedisClient client;
    private final NodeId node;
    private final JsonMapper json;
    private final BlockingQueue<Map<String, String>> outbox = new ArrayBlockingQueue<>(QUEUE);
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > SEEN;
        }
    });
    private volatile boolean running;
    private @Nullable Thread sender;
    private @Nullable Thread reader;

    RedisBroadcast(RedisClient client, NodeId node, JsonMapper json) {
        this.client = client;
        this.node = node;
        this.json = json;
    }

    @Override
    public void send(String channel, Object message) {
        Map<String, String> entry = Map.of(
                "id", UUID.randomUUID().toString(),
                "node", node.value(),
                "channel", channel,
                "body", json.writeValueAsString(message));
        AfterCommit.run(() -> enqueue(entry));
    }

    @Override
    public <T> void receive(String channel, Class<T> type, Consumer<T> handler) {
        handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>())
                .add(body -> handler.accept(json.readValue(body, type)));
    }

    private void enqueue(Map<String, String> entry) {
        while (!outbox.offer(entry)) {
            if (outbox.poll() != null) {
                log.warn("Redis cannot be reached: a message to the other nodes was dropped");
            }
        }
    }

    @Override
    public void start() {
        running = true;
        String from = lastEntryNow();
        sender = Thread.ofPlatform().daemon().name("briefdesk-broadcast-send").start(this::sendLoop);
        reader = Thread.ofPlatform().daemon().name("briefdesk-broadcast-read").start(() -> readLoop(from));
    }

    /** Where reading starts: after the newest entry now, or, without Redis yet, with whatever comes. */
    private String lastEntryNow() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            List<StreamMessage<String, String>> last = connection
                    .sync()
                    .xrevrange(STREAM, io.lettuce.core.Range.create("-", "+"), io.lettuce.core.Limit.from(1));
            return last.isEmpty() ? "0-0" : last.getFirst().getId();
        } catch (RuntimeException unreachable) {
            log.warn("Redis cannot be reached at start-up; live updates from other nodes start once it can");
            return "$";
        }
    }

    private void sendLoop() {
        StatefulRedisConnection<String, String> connection = null;
        Map<String, String> pending = null;
        boolean failing = false;
        while (running) {
            try {
                if (pending == null) {
                    pending = outbox.poll(1, TimeUnit.SECONDS);
                    if (pending == null) {
                        continue;
                    }
                }
                if (connection == null) {
                    connection = client.connect();
                }
                connection.sync().xadd(STREAM, XAddArgs.Builder.maxlen(KEEP).approximateTrimming(), pending);
                pending = null;
                if (failing) {
                    log.info("Redis reached again: messages to the other nodes go out again");
                    failing = false;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unreachable) {
                if (!failing) {
                    log.warn("Redis cannot be reached; messages to the other nodes wait: {}", unreachable.toString());
                    failing = true;
                }
                connection = closeQuietly(connection);
                pause();
            }
        }
        closeQuietly(connection);
    }

    private void readLoop(String start) {
        String after = start;
        StatefulRedisConnection<String, String> connection = null;
        boolean failing = false;
        while (running) {
            try {
                if (connection == null) {
                    connection = client.connect();
                }
                List<StreamMessage<String, String>> messages = connection
                        .sync()
                        .xread(XReadArgs.Builder.block(1000).count(500), XReadArgs.StreamOffset.from(STREAM, after));
                for (StreamMessage<String, String> message : messages) {
                    after = message.getId();
                    deliver(message.getBody());
                }
                if ("$".equals(after) && !messages.isEmpty()) {
                    after = messages.getLast().getId();
                }
                failing = false;
            } catch (RuntimeException unreachable) {
                if (!running) {
                    break;
                }
                if (!failing) {
                    log.warn(
                            "Redis cannot be reached; waiting to hear from the other nodes again: {}",
                            unreachable.toString());
                    failing = true;
                }
                connection = closeQuietly(connection);
                pause();
            }
        }
        closeQuietly(connection);
    }

    private void deliver(Map<String, String> message) {
        String id = message.get("id");
        if (id == null || node.value().equals(message.get("node")) || seen.put(id, Boolean.TRUE) != null) {
            return;
        }
        for (Consumer<String> handler : handlers.getOrDefault(message.get("channel"), List.of())) {
            try {
                handler.accept(message.get("body"));
            } catch (RuntimeException failure) {
                log.warn("A message from another node on '{}' could not be handled", message.get("channel"), failure);
            }
        }
    }

    private static @Nullable StatefulRedisConnection<String, String> closeQuietly(
            @Nullable StatefulRedisConnection<String, String> connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException ignored) {
                // Gone already.
            }
        }
        return null;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : new Thread[] {sender, reader}) {
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.join(3000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
