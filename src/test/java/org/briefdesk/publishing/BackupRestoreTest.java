package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RequiredTool;
import org.briefdesk.TestDatabase;
import org.briefdesk.briefing.Audience;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * scripts/backup.sh and scripts/restore.sh on MariaDB (issue #19): a backup taken while the
 * application runs restores into an empty database, where every edition is there with an export
 * that hashes to the SHA-256 stored when it was published, and a Briefdesk started on it finds the
 * same sources; a damaged backup or a database in use is refused without changing anything. The
 * embedded H2 default: {@link H2BackupRestoreTest}.
 */
@IntegrationTest
class BackupRestoreTest {

    private static final String TOKEN =
            "test-backup-token-" + PublishedFixture.nonce() + PublishedFixture.nonce() + PublishedFixture.nonce();

    @Autowired
    PublishedFixture fixture;

    @Autowired
    SourceService sources;

    @Autowired
    ActingUser actingUser;

    @TempDir
    Path folder;

    private final String restored =
            "briefdesk_restore_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void toolsAreThere() {
        RequiredTool.command("mariadb-dump", "mariadb-client", "--version");
    }

    @AfterEach
    void dropTheRestoredDatabase() throws Exception {
        try (Connection connection = connect(databaseUrl(null));
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }
    }

    @Test
    void a_backup_restores_into_an_empty_database_with_every_edition_as_published() throws Exception {
        PublishedFixture.Made made = fixture.published("Backed up " + PublishedFixture.nonce(), Audience.PUBLIC);
        // Both sources end with the same made-up word.
        String word = made.harbour().citationKey().substring("harbour-".length());
        List<String> foundBefore = actingUser.as(TestUsers.AUTHOR, () -> citationKeys(word));
        assertThat(foundBefore)
                .containsExactly(made.harbour().citationKey(), made.ministry().citationKey());
        Path backup = folder.resolve("nightly");

        Result backedUp = run("scripts/backup.sh", databaseUrl(current()), backup.toString());
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        assertThat(backup.resolve("database.sql")).isNotEmptyFile();

        Result restoredRun = run("scripts/restore.sh", databaseUrl(restored), backup.toString());
        assertThat(restoredRun.exit()).as(restoredRun.output()).isZero();
        assertThat(restoredRun.output()).contains("each matching the SHA-256 it was published with");
        assertThat(hashes(restored)).isNotEmpty().isEqualTo(hashes(current()));
        try (RestoredBriefdesk started = RestoredBriefdesk.start(Map.of(
                "spring.datasource.url", databaseUrl(restored),
                "spring.datasource.username", TestDatabase.connection().username(),
                "spring.datasource.password", TestDatabase.connection().password(),
                "briefdesk.backup.token", TOKEN))) {
            assertThat(started.citationKeysFound(word)).isEqualTo(foundBefore);

            // On MariaDB the backup endpoint points to mariadb-dump; backup.sh without a MariaDB URL says so.
            Path none = folder.resolve("none");
            BackupScript.Result h2Backup = BackupScript.run(
                    "scripts/backup.sh", none, Map.of("BRIEFDESK_URL", started.url(), "BRIEFDESK_BACKUP_TOKEN", TOKEN));
            assertThat(h2Backup.exit()).isEqualTo(1);
            assertThat(h2Backup.output()).contains("HTTP 409", "mariadb-dump");
            assertThat(none.resolve("database.h2.zip")).doesNotExist();
        }

        Result again = run("scripts/restore.sh", databaseUrl(restored), backup.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("is not empty");

        Files.writeString(
                backup.resolve("database.sql"),
                "-- changed\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Result damaged = run("scripts/restore.sh", databaseUrl(restored + "_x"), backup.toString());
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.output()).contains("damaged");
    }

    private List<String> citationKeys(String words) {
        return sources.search(SourceQuery.text(words), 0, 50).hits().stream()
                .map(SourceHit::citationKey)
                .sorted()
                .toList();
    }

    /** Each edition's stored SHA-256 by briefing and number. */
    private static Map<String, String> hashes(String database) throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection connection = connect(databaseUrl(database));
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT briefing_id, number, export_sha256 FROM edition ORDER BY briefing_id, number")) {
            while (rows.next()) {
                hashes.put(rows.getLong(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        }
        return hashes;
    }

    private record Result(int exit, String output) {}

    private Result run(String script, String url, String backup) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script, backup).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment()
                .put("SPRING_DATASOURCE_USERNAME", TestDatabase.connection().username());
        builder.environment()
                .put("SPRING_DATASOURCE_PASSWORD", TestDatabase.connection().password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** The tests' database name, from its JDBC URL. */
    private static String current() {
        String url = TestDatabase.connection().url();
        String path = url.replaceFirst("^jdbc:mariadb://[^/]+/", "");
        return path.replaceFirst("[?;].*$", "");
    }

    /** The URL of a database on the tests' server; without a name, of the server. */
    private static String databaseUrl(String database) {
        String server = TestDatabase.connection().url().replaceFirst("^(jdbc:mariadb://[^/]+)/.*$", "$1");
        return server + "/" + (database == null ? "" : database);
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(
                url,
                TestDatabase.connection().username(),
                TestDatabase.connection().password());
    }
}
