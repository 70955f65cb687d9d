package org.briefdesk.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.briefdesk.RequiredTool;
import org.briefdesk.TestDatabase;

/**
 * Briefdesk as {@code scripts/cluster.sh} runs it, for a test: Redis, two application nodes (each a
 * JVM of its own on the test class path, with the {@code test} profile and the test database) and
 * HAProxy with the project's own {@code deploy/haproxy.cfg} in front, all on 127.0.0.1 and free
 * ports. A node can be killed as a crash would (SIGKILL). Everything stops on {@link #close}; the
 * nodes' logs stay under {@code target/local-cluster/} for a failed run.
 */
final class LocalCluster implements AutoCloseable {

    private static final Duration NODE_START = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path logs;
    private final Map<String, Process> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> nodePorts = new LinkedHashMap<>();
    private final List<Process> servers = new ArrayList<>();
    private final int port;

    private LocalCluster(Path logs, int port) {
        this.logs = logs;
        this.port = port;
    }

    /** HAProxy and Redis are Debian packages: skipped without them, except on CI ({@link RequiredTool}). */
    static void requireTools() {
        RequiredTool.command("haproxy", "haproxy", "-v");
        RequiredTool.command("redis-server", "redis-server");
    }

    /** Starts Redis, node1, node2 (one after the other) and HAProxy; fails if any is not up in time. */
    static LocalCluster start() throws IOException, InterruptedException {
        Path logs = Path.of("target", "local-cluster", UUID.randomUUID().toString());
        Files.createDirectories(logs);
        LocalCluster cluster = new LocalCluster(logs, freePort());
        try {
            String redisUrl = cluster.startRedis();
            cluster.startNode("node1", redisUrl);
            cluster.startNode("node2", redisUrl);
            cluster.startHaproxy();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException failure) {
            cluster.close();
            throw failure;
        }
    }

    /** The load balancer's address for a path, such as {@code /login}. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Kills the node as a crash would: no shutdown hooks, no goodbye to Redis or the browsers. */
    void kill(String node) throws InterruptedException {
        Process process = nodes.get(node);
        if (process == null) {
            throw new IllegalArgumentException("No node " + node);
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(node + " did not stop");
        }
    }

    private String startRedis() throws IOException, InterruptedException {
        int redisPort = freePort();
        String password = UUID.randomUUID().toString();
        Path config = logs.resolve("redis.conf");
        Files.writeString(
                config,
                "port " + redisPort + "\nbind 127.0.0.1\nrequirepass " + password + "\nsave \"\"\nappendonly no\n");
        servers.add(new ProcessBuilder("redis-server", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("redis.log").toFile())
                .start());
        awaitPort(redisPort, Duration.ofSeconds(10), "Redis");
        return "redis://:" + password + "@127.0.0.1:" + redisPort;
    }

    private void startNode(String name, String redisUrl) throws IOException, InterruptedException {
        int nodePort = freePort();
        TestDatabase.Connection db = TestDatabase.connection();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dserver.port=" + nodePort,
                "-Dserver.address=127.0.0.1",
                "-Dspring.profiles.active=test",
                "-Dspring.datasource.url=" + db.url(),
                "-Dspring.datasource.username=" + db.username(),
                "-Dspring.datasource.password=" + db.password(),
                "-Dbriefdesk.data-dir=" + logs.resolve(name).toAbsolutePath(),
                "-Dbriefdesk.cluster.redis-url=" + redisUrl,
                "-Dvaadin.devmode.devTools.enabled=false",
                "org.briefdesk.Application"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile())
                .start();
        nodes.put(name, process);
        nodePorts.put(name, nodePort);
        awaitReady(name, nodePort, process);
    }

    private void startHaproxy() throws IOException, InterruptedException {
        ProcessBuilder haproxy = new ProcessBuilder("haproxy", "-db", "-f", "deploy/haproxy.cfg")
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("haproxy.log").toFile());
        haproxy.environment().put("BRIEFDESK_LB_BIND", "127.0.0.1:" + port);
        haproxy.environment().put("BRIEFDESK_LB_STATS", "127.0.0.1:" + freePort());
        haproxy.environment().put("BRIEFDESK_NODE1", "127.0.0.1:" + nodePorts.get("node1"));
        haproxy.environment().put("BRIEFDESK_NODE2", "127.0.0.1:" + nodePorts.get("node2"));
        servers.add(haproxy.start());
        awaitPort(port, Duration.ofSeconds(10), "HAProxy");
    }

    private void awaitReady(String name, int nodePort, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(NODE_START);
        URI readiness = URI.create("http://127.0.0.1:" + nodePort + "/actuator/health/readiness");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + logs.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(readiness)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + NODE_START.toMinutes() + " minutes");
    }

    private static void awaitPort(int port, Duration within, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(what + " did not listen on port " + port + " within " + within);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        List<Process> all = new ArrayList<>(servers);
        all.addAll(nodes.values());
        for (Process process : all) {
            process.destroy();
        }
        for (Process process : all) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
