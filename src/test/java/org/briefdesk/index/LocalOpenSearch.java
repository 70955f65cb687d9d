package org.briefdesk.index;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefdesk.RequiredTool;
import org.jspecify.annotations.Nullable;

/**
 * A real OpenSearch for the tests, started by {@code scripts/opensearch.sh} (which fetches OpenSearch
 * 2.19 through Maven the first time) on a free loopback port with its own folder, and stopped (its
 * folder removed) when the JVM ends. Without what the script needs (a JDK 17 or 21, unzip, Maven Central) the test is
 * skipped, except on CI ({@link RequiredTool}).
 */
public final class LocalOpenSearch {

    private static @Nullable LocalOpenSearch shared;

    private final int port;
    private final Path folder;

    private LocalOpenSearch(int port, Path folder) {
        this.port = port;
        this.folder = folder;
    }

    /** One OpenSearch for every test of this JVM that only reads and writes through it. */
    public static synchronized LocalOpenSearch shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = startNew();
        }
        return shared;
    }

    /** An OpenSearch of the caller's own, for a test that stops and starts it. */
    public static LocalOpenSearch startNew() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path base = Path.of("/var/tmp/briefdesk-opensearch");
        Files.createDirectories(base);
        LocalOpenSearch search = new LocalOpenSearch(port, Files.createTempDirectory(base, "test-" + port + "-"));
        Runtime.getRuntime().addShutdownHook(new Thread(search::stopQuietly));
        search.start();
        return search;
    }

    /** The address for {@code briefdesk.search.url}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() throws IOException, InterruptedException {
        String output = run("start", 10);
        RequiredTool.require(
                output.contains("OpenSearch answers"),
                "OpenSearch could not be started by scripts/opensearch.sh (it needs a JDK 17 or 21, unzip and"
                        + " Maven Central):\n" + output);
    }

    public void stop() throws IOException, InterruptedException {
        run("stop", 2);
    }

    /** At the JVM's end: stops it and removes its folder (index and logs). */
    private void stopQuietly() {
        try {
            stop();
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // The JVM is ending; whatever is left stays in /var/tmp/briefdesk-opensearch.
        }
    }

    private String run(String command, int minutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile("briefdesk-opensearch-" + command, ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/opensearch.sh", command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of("OPENSEARCH_PORT", Integer.toString(port), "OPENSEARCH_DIR", folder.toString()));
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return Files.readString(log);
    }
}
