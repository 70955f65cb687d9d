package org.briefdesk.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import java.time.Duration;
import org.briefdesk.live.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Redis client every cluster part shares, from {@code briefdesk.cluster.redis-url}. */
@Configuration(proxyBeanMethods = false)
@OnCluster
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(@Value("${briefdesk.cluster.redis-url}") String url) {
        RedisURI uri = RedisURI.create(url);
        // A command that gets no answer within five seconds fails, so that no caller waits for a Redis
        // that went away; the connection reconnects by itself when it is back.
        uri.setTimeout(Duration.ofSeconds(5));
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build())
                .build());
        log.info(
                "Cluster mode: sharing live state through Redis at {}:{}{}",
                uri.getHost(),
                uri.getPort(),
                uri.isSsl() ? " (TLS)" : "");
        return client;
    }

    /** This node's name in what it shares: unique per start, so a restarted node is a new one. */
    @Bean
    NodeId nodeId() {
        return NodeId.random();
    }
}
