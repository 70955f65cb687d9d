package org.briefdesk.live;

import java.util.function.Consumer;

/**
 * Tells the other nodes of a cluster what happened here, so that what each node keeps in memory —
 * open editors, bells, sessions, cached pages — hears of changes made on another node (issue #14;
 * docs/decisions/0010-several-nodes.md). A feature sends a small record on a channel it names and
 * receives the records other nodes send on it. On a single node there is nobody to tell, and
 * {@link SingleNodeBroadcast} drops everything; with {@code BRIEFDESK_CLUSTER_REDIS_URL} set,
 * Redis carries the messages.
 */
public interface Broadcast {

    /**
     * Sends {@code message} to the other nodes once the surrounding transaction has committed (at once
     * without one; never for a rollback). Delivery is at least once: a receiver may see a message
     * twice after a reconnect and must not mind. Never blocks the caller on the network and never
     * fails it: while the other nodes cannot be reached, messages wait in a bounded queue.
     */
    void send(String channel, Object message);

    /**
     * Hands the messages other nodes send on {@code channel} to {@code handler}, read as {@code type},
     * each once, on a thread of the broadcast's own (never this node's own messages: the sender has
     * acted on those already).
     */
    <T> void receive(String channel, Class<T> type, Consumer<T> handler);
}
