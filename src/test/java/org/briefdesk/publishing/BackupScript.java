package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs scripts/backup.sh or scripts/restore.sh as an administrator would, with the settings given. */
final class BackupScript {

    /** How the script ended and what it wrote to standard output and error. */
    record Result(int exit, String output) {}

    private BackupScript() {}

    /**
     * Runs {@code script} on {@code folder}. Only the settings given reach it: any database, data
     * directory or token settings of the environment the tests run in are left out.
     */
    static Result run(String script, Path folder, Map<String, String> settings) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script, folder.toString()).redirectErrorStream(true);
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("SPRING_DATASOURCE_")
                        || name.startsWith("BRIEFDESK_")
                        || name.equals("H2_JAR"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        return new Result(process.exitValue(), output);
    }
}
