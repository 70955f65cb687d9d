#!/usr/bin/env bash
# A consistent backup of Briefdesk's MariaDB database while Briefdesk runs (README, "Backup and
# restore"): one transaction's snapshot (mariadb-dump --single-transaction), so a save during the
# dump is either wholly in it or not at all. The search index is not backed up: Briefdesk rebuilds it.
#
#   SPRING_DATASOURCE_URL=jdbc:mariadb://db.example.org:3306/briefdesk \
#   SPRING_DATASOURCE_USERNAME=briefdesk SPRING_DATASOURCE_PASSWORD=... \
#   scripts/backup.sh [folder]
#
# Writes <folder>/database.sql and <folder>/SHA256SUMS (default folder: backup-<UTC time>).
set -euo pipefail

folder=${1:-backup-$(date -u +%Y%m%dT%H%M%SZ)}
url=${SPRING_DATASOURCE_URL:-}
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?;]+) ]]; then
    echo "backup.sh backs up MariaDB: set SPRING_DATASOURCE_URL to Briefdesk's jdbc:mariadb://host:port/database." >&2
    echo "The embedded H2 default: stop Briefdesk and copy its data directory (README, \"Backup and restore\")." >&2
    exit 2
fi
host=${BASH_REMATCH[2]}
port=${BASH_REMATCH[4]:-3306}
database=${BASH_REMATCH[5]}

mkdir -p "$folder"
# The password through the environment, never on the command line (where ps shows it).
MYSQL_PWD=${SPRING_DATASOURCE_PASSWORD:-} mariadb-dump \
    --host="$host" --port="$port" --user="${SPRING_DATASOURCE_USERNAME:-root}" \
    --single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 \
    "$database" > "$folder/database.sql.partial"
mv "$folder/database.sql.partial" "$folder/database.sql"
(cd "$folder" && sha256sum database.sql > SHA256SUMS)
echo "Backed up $database to $folder ($(du -h "$folder/database.sql" | cut -f1))."
