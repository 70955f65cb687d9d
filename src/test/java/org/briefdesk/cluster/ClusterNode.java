package org.briefdesk.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefdesk.Application;
import org.briefdesk.TestDatabase;
import org.briefdesk.user.ActingUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A Briefdesk node in this JVM for the multi-node test and benchmark: an application context with
 * its own web server on a free port, the test profile, the test database and the given Redis.
 */
public final class ClusterNode {

    private ClusterNode() {}

    /** Starts a node; {@code settings} add to or override the defaults. */
    static ConfigurableApplicationContext start(String name, LocalRedis redis, Map<String, String> settings)
            throws IOException {
        Map<String, String> withRedis = new HashMap<>(settings);
        withRedis.putIfAbsent("briefdesk.cluster.redis-url", redis.url());
        return start(name, withRedis);
    }

    /** Starts a node without Redis unless {@code settings} name one. */
    public static ConfigurableApplicationContext start(String name, Map<String, String> settings) throws IOException {
        TestDatabase.Connection db = TestDatabase.connection();
        Map<String, String> properties = new HashMap<>(Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                "server.port", "0",
                "briefdesk.data-dir",
                        Files.createTempDirectory("briefdesk-node-" + name).toString(),
                "vaadin.devmode.devTools.enabled", "false"));
        properties.putAll(settings);
        // As command-line arguments, which win over application.properties and the test profile's.
        String[] args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args);
    }

    /**
     * Runs the action on the node as the user. Each context installs its own security-context strategy
     * in the global holder as it starts; a call into a node must use that node's (see
     * SecurityStrategyTestExecutionListener).
     */
    public static <T> T as(ConfigurableApplicationContext node, String username, Callable<T> action) {
        use(node);
        return node.getBean(ActingUser.class).as(username, action);
    }

    /** Points the global security-context holder at the node's strategy. */
    public static void use(ConfigurableApplicationContext node) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
    }
}
