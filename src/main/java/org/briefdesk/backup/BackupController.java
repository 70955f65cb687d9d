package org.briefdesk.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code POST /backup/database} with {@code Authorization: Bearer <BRIEFDESK_BACKUP_TOKEN>}: the
 * embedded H2 database as a zip made by H2's {@code BACKUP TO}, for {@code scripts/backup.sh}. A
 * missing or wrong token gets 401 and nothing else; on MariaDB the answer is 409 and a pointer to
 * {@code mariadb-dump}. Exists only when the token is set; {@link BackupConfiguration} lets the
 * request past the session-based security.
 */
@Controller
@ConditionalOnExpression(BackupSettings.ENABLED)
class BackupController {

    static final String PATH = "/backup/database";
    static final String ACTOR = "backup script";

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final BackupSettings settings;
    private final DatabaseBackup backup;
    private final AuditLog audit;
    /** One backup at a time: each one copies the whole database. */
    private final Semaphore running = new Semaphore(1);

    BackupController(BackupSettings settings, DatabaseBackup backup, AuditLog audit) {
        this.settings = settings;
        this.backup = backup;
        this.audit = audit;
    }

    @PostMapping(PATH)
    void backUp(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!settings.admits(authorization)) {
            log.warn("Refused a database backup to {}: wrong or missing token.", request.getRemoteAddr());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        try {
            if (!backup.isH2()) {
                plain(
                        response,
                        HttpStatus.CONFLICT,
                        "Briefdesk runs on MariaDB here: back it up with mariadb-dump through scripts/backup.sh,"
                                + " with SPRING_DATASOURCE_URL set (README, \"Backup and restore\").");
                return;
            }
        } catch (SQLException unreachable) {
            log.error("Database backup: the database did not answer", unreachable);
            plain(response, HttpStatus.SERVICE_UNAVAILABLE, "The database did not answer. Nothing was backed up.");
            return;
        }
        if (!running.tryAcquire()) {
            plain(response, HttpStatus.CONFLICT, "Another backup is being taken. Try again when it has finished.");
            return;
        }
        try {
            send(response);
        } finally {
            running.release();
        }
    }

    private void send(HttpServletResponse response) throws IOException {
        Path zip;
        try {
            zip = backup.write();
        } catch (SQLException | RuntimeException failed) {
            log.error("Database backup failed", failed);
            plain(
                    response,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "The backup could not be written; Briefdesk's log says why. Nothing was backed up.");
            return;
        }
        try {
            long size = Files.size(zip);
            response.setContentType("application/zip");
            response.setContentLengthLong(size);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"database.h2.zip\"");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(zip, out);
            }
            audit.record(AuditEvent.DATABASE_BACKUP, ACTOR, "database", "H2, " + size + " bytes");
        } finally {
            DatabaseBackup.deleteQuietly(zip);
        }
    }

    private static void plain(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().println(message);
    }
}
