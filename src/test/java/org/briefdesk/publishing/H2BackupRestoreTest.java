package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.briefdesk.RequiredTool;
import org.briefdesk.briefing.Audience;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The online backup of the embedded H2 default (issue #19): scripts/backup.sh fetches a copy of the
 * database from the running Briefdesk with the backup token, scripts/restore.sh unpacks it into a
 * fresh data directory, where every edition's export hashes to the SHA-256 it was published with,
 * and a Briefdesk started there finds the same sources. Without the token there is no endpoint; a
 * wrong token gets nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class H2BackupRestoreTest {

    private static final Path DATA_DIR = temporaryFolder("briefdesk-h2-backup");
    private static final String TOKEN =
            "test-backup-token-" + PublishedFixture.nonce() + PublishedFixture.nonce() + PublishedFixture.nonce();
    private static final String H2_OPTIONS = ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @BeforeAll
    static void toolsAreThere() {
        RequiredTool.command("curl", "curl");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws java.io.IOException {
        // As a backup interrupted by a crash leaves it: removed at the start.
        Files.writeString(DATA_DIR.resolve(".backup-" + PublishedFixture.nonce() + ".zip"), "left over");
        registry.add("briefdesk.data-dir", DATA_DIR::toString);
        registry.add("briefdesk.backup.token", () -> TOKEN);
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    SourceService sources;

    @Autowired
    ActingUser actingUser;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @Test
    void a_backup_taken_while_briefdesk_runs_restores_into_a_fresh_data_directory_with_every_edition_as_published()
            throws Exception {
        PublishedFixture.Made made = fixture.published("Backed up on H2 " + PublishedFixture.nonce(), Audience.PUBLIC);
        String word = made.harbour().citationKey().substring("harbour-".length());
        List<String> foundBefore = actingUser.as(TestUsers.AUTHOR, () -> citationKeys(word));
        assertThat(foundBefore)
                .contains(made.harbour().citationKey(), made.ministry().citationKey());
        String page = read("http://127.0.0.1:" + port + "/briefings/" + made.slug());
        assertThat(page).contains(made.title());
        int audited = backupsAudited();
        Map<String, String> published;
        try (Connection connection = dataSource.getConnection()) {
            published = hashes(connection);
        }
        Path backup = folder.resolve("nightly");

        BackupScript.Result backedUp = BackupScript.run("scripts/backup.sh", backup, backupSettings(TOKEN));
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        assertThat(backup.resolve("database.h2.zip")).isNotEmptyFile();
        assertThat(Files.readString(backup.resolve("SHA256SUMS"))).contains("database.h2.zip");
        assertThat(DATA_DIR).as("no backup file left").isDirectoryNotContaining("glob:**/.backup-*.zip");
        assertThat(backupsAudited()).isEqualTo(audited + 1);

        Path restoredDir = folder.resolve("fresh-installation");
        BackupScript.Result restored = BackupScript.run("scripts/restore.sh", backup, restoreSettings(restoredDir));
        assertThat(restored.exit()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("each matching the SHA-256 it was published with");
        String restoredUrl = "jdbc:h2:file:" + restoredDir.toAbsolutePath().resolve("briefdesk") + H2_OPTIONS;
        try (Connection connection = DriverManager.getConnection(restoredUrl + ";IFEXISTS=TRUE", "sa", "")) {
            assertThat(hashes(connection)).isNotEmpty().isEqualTo(published);
            assertThat(exportsNotMatchingTheirHash(connection)).isZero();
        }

        BackupScript.Result again = BackupScript.run("scripts/restore.sh", backup, restoreSettings(restoredDir));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("holds a database already");

        try (RestoredBriefdesk started = RestoredBriefdesk.start(
                Map.of("briefdesk.data-dir", restoredDir.toString(), "spring.datasource.url", restoredUrl))) {
            assertThat(started.citationKeysFound(word)).isEqualTo(foundBefore);
            // The new machine serves the published page byte for byte as the old one did.
            assertThat(read(started.url() + "/briefings/" + made.slug())).isEqualTo(page);

            // Started without BRIEFDESK_BACKUP_TOKEN, as by default: there is no backup endpoint.
            assertThat(post(started.url(), "Bearer " + TOKEN).statusCode()).isNotEqualTo(200);
            Path none = folder.resolve("none");
            BackupScript.Result refused = BackupScript.run(
                    "scripts/backup.sh", none, Map.of("BRIEFDESK_URL", started.url(), "BRIEFDESK_BACKUP_TOKEN", TOKEN));
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.output()).contains("has no backup endpoint");
            assertThat(none.resolve("database.h2.zip")).doesNotExist();
        }
    }

    @Test
    void a_wrong_or_missing_token_gets_401_and_nothing_else() throws Exception {
        int audited = backupsAudited();
        String url = "http://127.0.0.1:" + port;
        HttpResponse<String> wrong = post(url, "Bearer " + TOKEN.substring(1) + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEmpty();
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(post(url, null).statusCode()).isEqualTo(401);
        assertThat(post(url, TOKEN).statusCode()).as("not as a bearer token").isEqualTo(401);

        Path backup = folder.resolve("nightly");
        BackupScript.Result refused = BackupScript.run("scripts/backup.sh", backup, backupSettings("not-the-token"));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("refused the token");
        assertThat(backup).isEmptyDirectory();

        BackupScript.Result noToken = BackupScript.run("scripts/backup.sh", backup, Map.of("BRIEFDESK_URL", url));
        assertThat(noToken.exit()).isEqualTo(2);
        assertThat(noToken.output()).contains("Set BRIEFDESK_BACKUP_TOKEN");
        assertThat(backup).isEmptyDirectory();
        assertThat(backupsAudited()).isEqualTo(audited);
    }

    private Map<String, String> backupSettings(String token) {
        return Map.of("BRIEFDESK_URL", "http://127.0.0.1:" + port, "BRIEFDESK_BACKUP_TOKEN", token);
    }

    private static Map<String, String> restoreSettings(Path dataDir) throws Exception {
        Path h2 = Path.of(org.h2.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return Map.of("BRIEFDESK_DATA_DIR", dataDir.toString(), "H2_JAR", h2.toString());
    }

    private List<String> citationKeys(String words) {
        return sources.search(SourceQuery.text(words), 0, 50).hits().stream()
                .map(SourceHit::citationKey)
                .sorted()
                .toList();
    }

    private static String read(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            return response.body();
        }
    }

    private static HttpResponse<String> post(String url, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url + "/backup/database")).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private int backupsAudited() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT actor FROM audit_entry WHERE kind = 'DATABASE_BACKUP' AND target = 'database'")) {
            int count = 0;
            while (rows.next()) {
                assertThat(rows.getString(1)).isEqualTo("backup script");
                count++;
            }
            return count;
        }
    }

    /** Each edition's stored SHA-256 by briefing and number. */
    private static Map<String, String> hashes(Connection connection) throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT briefing_id, number, export_sha256 FROM edition ORDER BY briefing_id, number")) {
            while (rows.next()) {
                hashes.put(rows.getLong(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        }
        return hashes;
    }

    /** Checked here in Java, apart from restore.sh's own check in SQL. */
    private static int exportsNotMatchingTheirHash(Connection connection) throws Exception {
        int mismatched = 0;
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT portable_export, export_sha256 FROM edition")) {
            while (rows.next()) {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(rows.getString(1).getBytes(StandardCharsets.UTF_8));
                if (!HexFormat.of().formatHex(digest).equalsIgnoreCase(rows.getString(2))) {
                    mismatched++;
                }
            }
        }
        return mismatched;
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
