package org.briefdesk.backup;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the embedded H2 database into a zip file with H2's own {@code BACKUP TO}, which reads one
 * consistent state of the database (H2's MVStore) while Briefdesk goes on saving: no lock, no stop.
 */
class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final DataSource dataSource;
    private final Path folder;

    /**
     * @param folder where the zip is written before it is sent: the data directory, on the same disk
     *     as the database and readable by nobody but Briefdesk's user
     */
    DatabaseBackup(DataSource dataSource, Path folder) {
        this.dataSource = dataSource;
        this.folder = folder;
    }

    /** Whether the database is the embedded H2 one, which only Briefdesk itself can back up. */
    boolean isH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /**
     * Writes a backup of the whole database into a new zip file in the data directory and returns it;
     * the caller deletes it.
     */
    Path write() throws SQLException {
        Path zip = folder.toAbsolutePath().resolve(".backup-" + UUID.randomUUID() + ".zip");
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        } catch (SQLException | RuntimeException failed) {
            deleteQuietly(zip);
            throw failed;
        }
        return zip;
    }

    /**
     * Removes the zips that a backup interrupted by a crash left behind; they hold the whole
     * database.
     */
    void removeLeftovers() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".backup-*.zip")) {
            for (Path leftover : leftovers) {
                deleteQuietly(leftover);
            }
        } catch (IOException | DirectoryIteratorException unreadable) {
            log.warn("Could not look for old backup files in {}: {}", folder, unreadable.getMessage());
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("Could not delete the backup file {}; delete it by hand: {}", file, failed.getMessage());
        }
    }
}
