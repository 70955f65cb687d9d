package org.briefdesk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place that decides what a test does when something it needs from outside the JVM is
 * missing — Chromium, pandoc, HAProxy, Redis, the shared sample article. On a developer's machine the
 * test is skipped, with a note saying what to install. On CI it fails: a missing tool must never turn
 * into a green run. CI is any value of the {@code CI} environment variable except empty,
 * {@code false} and {@code 0} (CI services set {@code CI=true}, and {@code .ci/run} exports it itself).
 */
public final class RequiredTool {

    private RequiredTool() {}

    /** Whether this run is CI, where nothing may be skipped for want of a tool. */
    public static boolean onCi() {
        return isCi(System.getenv("CI"));
    }

    static boolean isCi(@Nullable String value) {
        if (value == null) {
            return false;
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        return !normalized.isEmpty() && !normalized.equals("false") && !normalized.equals("0");
    }

    /**
     * Goes on if {@code present}; otherwise fails on CI and skips elsewhere, with {@code missing} as
     * the message (say what is missing and how to get it).
     */
    public static void require(boolean present, String missing) {
        decide(present, onCi(), missing);
    }

    static void decide(boolean present, boolean ci, String missing) {
        if (present) {
            return;
        }
        if (ci) {
            throw new IllegalStateException("CI needs this: " + missing);
        }
        Assumptions.abort(missing);
    }

    /** A command on the {@code PATH} (or a path to one), installed from the Debian package named. */
    public static String command(String command, String debianPackage) {
        return command(command, debianPackage, "--version");
    }

    /** As {@link #command(String, String)}, for a tool that tells its version otherwise (haproxy -v). */
    public static String command(String command, String debianPackage, String versionOption) {
        require(
                runs(command, versionOption),
                command + " is missing: apt-get install " + debianPackage + " (the test runs '" + command + " "
                        + versionOption + "' to find it)");
        return command;
    }

    /** An executable file, such as Chromium at /usr/bin/chromium. */
    public static Path executable(Path path, String howToGet) {
        require(Files.isExecutable(path), path + " is missing or not executable: " + howToGet);
        return path;
    }

    /** A file beside the project, such as the shared sample article. */
    public static Path file(Path path, String what) {
        require(
                Files.isRegularFile(path),
                what + " is not at " + path.toAbsolutePath().normalize());
        return path;
    }

    private static boolean runs(String command, String versionOption) {
        if (!command.contains(File.separator) && !onPath(command)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(command, versionOption)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(File.pathSeparator))
                        .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
