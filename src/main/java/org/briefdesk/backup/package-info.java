/**
 * The online backup of the embedded H2 database (issue #19; README, "Backup and restore"). H2 locks
 * its file while Briefdesk runs, so only Briefdesk itself can copy it: {@code scripts/backup.sh}
 * asks for the copy at {@code POST /backup/database} with the token of {@code
 * BRIEFDESK_BACKUP_TOKEN}. Without that token none of this exists. MariaDB is backed up with
 * {@code mariadb-dump} instead.
 */
@NullMarked
package org.briefdesk.backup;

import org.jspecify.annotations.NullMarked;
