#!/usr/bin/env bash
# A consistent backup of Briefdesk's database while Briefdesk runs (README, "Backup and restore").
# The search index is not backed up: Briefdesk rebuilds it.
#
# MariaDB: one transaction's snapshot (mariadb-dump --single-transaction), so a save during the dump
# is either wholly in it or not at all.
#
#   SPRING_DATASOURCE_URL=jdbc:mariadb://db.example.org:3306/briefdesk \
#   SPRING_DATASOURCE_USERNAME=briefdesk SPRING_DATASOURCE_PASSWORD=... \
#   scripts/backup.sh [folder]
#
# The embedded H2 default (SPRING_DATASOURCE_URL unset or jdbc:h2:...): H2 locks its file while
# Briefdesk runs, so Briefdesk itself copies it (H2's BACKUP TO, one consistent state) and sends it to
# this script. Briefdesk must run with the same BRIEFDESK_BACKUP_TOKEN.
#
#   BRIEFDESK_BACKUP_TOKEN=... [BRIEFDESK_URL=http://127.0.0.1:8080] scripts/backup.sh [folder]
#
# Writes <folder>/database.sql (MariaDB) or <folder>/database.h2.zip (H2), and <folder>/SHA256SUMS
# (default folder: backup-<UTC time>). The backup holds the whole database: only its owner may read it.
set -euo pipefail
umask 077

folder=${1:-backup-$(date -u +%Y%m%dT%H%M%SZ)}
url=${SPRING_DATASOURCE_URL:-}

backup_h2() {
    local token=${BRIEFDESK_BACKUP_TOKEN:-}
    local base=${BRIEFDESK_URL:-http://127.0.0.1:8080}
    base=${base%/}
    if [[ -z $token ]]; then
        echo "Set BRIEFDESK_BACKUP_TOKEN to the token Briefdesk runs with: the embedded H2 database is backed up" >&2
        echo "by Briefdesk itself, which needs it (README, \"Backup and restore\"). For MariaDB set SPRING_DATASOURCE_URL." >&2
        exit 2
    fi
    mkdir -p "$folder"
    local partial="$folder/database.h2.zip.partial" status
    # The token goes to curl through its standard input (a config file), never on the command line
    # where ps shows it.
    local quoted=${token//\\/\\\\}
    quoted=${quoted//\"/\\\"}
    if ! status=$(printf 'header = "Authorization: Bearer %s"\n' "$quoted" | curl --silent --show-error \
        --connect-timeout 10 --config - --request POST --output "$partial" --write-out '%{http_code}' "$base/backup/database"); then
        rm -f "$partial"
        echo "Could not reach Briefdesk at $base, or the transfer broke off. Is it running? Set BRIEFDESK_URL to" >&2
        echo "where it listens. Nothing was backed up." >&2
        exit 1
    fi
    case $status in
        200) ;;
        401)
            rm -f "$partial"
            echo "Briefdesk at $base refused the token: BRIEFDESK_BACKUP_TOKEN is not the one it runs with. Nothing was backed up." >&2
            exit 1 ;;
        409 | 500 | 503)
            echo "Briefdesk at $base did not back up (HTTP $status): $(head -c 500 "$partial")" >&2
            rm -f "$partial"
            exit 1 ;;
        *)
            rm -f "$partial"
            echo "Briefdesk at $base has no backup endpoint (HTTP $status): start it with BRIEFDESK_BACKUP_TOKEN set." >&2
            exit 1 ;;
    esac
    if [[ $(head -c 2 "$partial") != PK ]]; then
        rm -f "$partial"
        echo "Briefdesk at $base answered with something that is not a zip file. Nothing was backed up." >&2
        exit 1
    fi
    mv "$partial" "$folder/database.h2.zip"
    (cd "$folder" && sha256sum database.h2.zip > SHA256SUMS)
    echo "Backed up the embedded H2 database of $base to $folder ($(du -h "$folder/database.h2.zip" | cut -f1))."
}

if [[ -z $url || $url == jdbc:h2:* ]]; then
    backup_h2
    exit 0
fi
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?;]+) ]]; then
    echo "backup.sh backs up MariaDB or the embedded H2 default: set SPRING_DATASOURCE_URL to Briefdesk's" >&2
    echo "jdbc:mariadb://host:port/database, or leave it unset for H2 (README, \"Backup and restore\")." >&2
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
