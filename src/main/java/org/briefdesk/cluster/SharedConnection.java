package org.briefdesk.cluster;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.briefdesk.live.OnCluster;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One connection to Redis for the short commands of presence and sign-in counts (Lettuce connections
 * are thread-safe and multiplex). Opened when first needed, so a node starts while Redis is away;
 * Lettuce reconnects it by itself afterwards.
 */
@Component
@OnCluster
class SharedConnection implements DisposableBean {

    private final RedisClient client;
    private @Nullable StatefulRedisConnection<String, String> connection;

    SharedConnection(RedisClient client) {
        this.client = client;
    }

    /** The commands; throws while Redis cannot be reached at all. */
    synchronized RedisCommands<String, String> redis() {
        if (connection == null) {
            connection = client.connect();
        }
        return connection.sync();
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
    }
}
