#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an empty MariaDB database (README, "Backup and
# restore"), then checks that every published edition's export still hashes to the SHA-256 stored
# when it was published. Start Briefdesk on the database afterwards: it rebuilds the search index.
#
#   SPRING_DATASOURCE_URL=jdbc:mariadb://new-db:3306/briefdesk \
#   SPRING_DATASOURCE_USERNAME=briefdesk SPRING_DATASOURCE_PASSWORD=... \
#   scripts/restore.sh <folder>
set -euo pipefail

folder=${1:?"usage: scripts/restore.sh <backup folder>"}
url=${SPRING_DATASOURCE_URL:-}
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?;]+) ]]; then
    echo "restore.sh restores into MariaDB: set SPRING_DATASOURCE_URL to jdbc:mariadb://host:port/database." >&2
    exit 2
fi
host=${BASH_REMATCH[2]}
port=${BASH_REMATCH[4]:-3306}
database=${BASH_REMATCH[5]}
export MYSQL_PWD=${SPRING_DATASOURCE_PASSWORD:-}
client=(mariadb --host="$host" --port="$port" --user="${SPRING_DATASOURCE_USERNAME:-root}" --batch --skip-column-names)

(cd "$folder" && sha256sum --check --quiet SHA256SUMS) || {
    echo "The backup in $folder is damaged: its files do not match SHA256SUMS. Nothing was restored." >&2
    exit 1
}
"${client[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$("${client[@]}" -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
if [[ $tables != 0 ]]; then
    echo "The database $database is not empty ($tables tables). Restore into an empty one; nothing was changed." >&2
    exit 1
fi
"${client[@]}" "$database" < "$folder/database.sql"

editions=$("${client[@]}" "$database" -e "SELECT COUNT(*) FROM edition")
mismatched=$("${client[@]}" "$database" -e \
    "SELECT COUNT(*) FROM edition WHERE SHA2(CONVERT(portable_export USING utf8mb4), 256) <> export_sha256")
if [[ $mismatched != 0 ]]; then
    echo "Restored, but $mismatched of $editions editions no longer match their published SHA-256." >&2
    exit 1
fi
echo "Restored $database: $editions editions, each matching the SHA-256 it was published with."
echo "Start Briefdesk on it; it rebuilds the search index from the database."
