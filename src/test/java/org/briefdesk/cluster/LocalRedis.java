package org.briefdesk.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.briefdesk.RequiredTool;

/**
 * A real Redis for the tests: Debian's {@code redis-server} on a free loopback port, without
 * persistence, stopped when the test ends (or the JVM does). Without {@code redis-server} the test is
 * skipped, except on CI ({@link RequiredTool}).
 */
final class LocalRedis implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalRedis start() throws IOException, InterruptedException {
        String command = RequiredTool.command("redis-server", "redis-server");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("briefdesk-redis", ".log");
        Process process = new ProcessBuilder(
                        command,
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LocalRedis redis = new LocalRedis(process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return redis;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        redis.close();
        throw new IllegalStateException("redis-server did not listen within 10 s; see " + log);
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
