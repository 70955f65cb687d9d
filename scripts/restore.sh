#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh onto a fresh installation (README, "Backup and
# restore"), then checks that every published edition's export still hashes to the SHA-256 stored
# when it was published. Start Briefdesk on the database afterwards: it rebuilds the search index.
#
# MariaDB, into an empty database (created if missing):
#
#   SPRING_DATASOURCE_URL=jdbc:mariadb://new-db:3306/briefdesk \
#   SPRING_DATASOURCE_USERNAME=briefdesk SPRING_DATASOURCE_PASSWORD=... \
#   scripts/restore.sh <folder>
#
# The embedded H2 default (SPRING_DATASOURCE_URL unset), into a data directory that holds no database
# yet, with Briefdesk stopped. H2's own tools come from Briefdesk's jar (BRIEFDESK_JAR, default
# /opt/briefdesk/briefdesk.jar as in the container image), or from an H2 jar of the same version
# (H2_JAR):
#
#   BRIEFDESK_DATA_DIR=/var/lib/briefdesk BRIEFDESK_JAR=/opt/briefdesk/briefdesk.jar \
#   scripts/restore.sh <folder>
set -euo pipefail
umask 077

folder=${1:?"usage: scripts/restore.sh <backup folder>"}
url=${SPRING_DATASOURCE_URL:-}

check_sums() {
    (cd "$folder" && sha256sum --check --quiet SHA256SUMS) || {
        echo "The backup in $folder is damaged: its files do not match SHA256SUMS. Nothing was restored." >&2
        exit 1
    }
}

# Runs one of H2's tools (org.h2.tools.*) from H2_JAR, or from inside Briefdesk's jar through Spring
# Boot's launcher, which reads the jars nested in it.
h2_tool() {
    local main=$1
    shift
    if [[ -n ${H2_JAR:-} ]]; then
        java -cp "$H2_JAR" "$main" "$@"
    else
        java -Dloader.main="$main" -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
    fi
}

restore_h2() {
    local data_dir=${BRIEFDESK_DATA_DIR:-./data}
    local zip="$folder/database.h2.zip"
    if [[ ! -f $zip ]]; then
        if [[ -f $folder/database.sql ]]; then
            echo "$folder holds a MariaDB backup: set SPRING_DATASOURCE_URL to the MariaDB database to restore into." >&2
        else
            echo "$folder holds no backup made by scripts/backup.sh (no database.h2.zip). Nothing was restored." >&2
        fi
        exit 2
    fi
    if ! command -v java > /dev/null; then
        echo "restore.sh needs java (the one Briefdesk runs on) for H2's tools. Nothing was restored." >&2
        exit 2
    fi
    if [[ -z ${H2_JAR:-} ]]; then
        jar=${BRIEFDESK_JAR:-/opt/briefdesk/briefdesk.jar}
        if [[ ! -f $jar ]]; then
            echo "Set BRIEFDESK_JAR to Briefdesk's jar ($jar is not there): restore.sh uses the H2 inside it." >&2
            exit 2
        fi
    elif [[ ! -f $H2_JAR ]]; then
        echo "H2_JAR names no file: $H2_JAR. Nothing was restored." >&2
        exit 2
    fi
    check_sums
    if [[ -e $data_dir/briefdesk.mv.db ]]; then
        echo "$data_dir holds a database already (briefdesk.mv.db). Restore into the data directory of a fresh" >&2
        echo "installation, with Briefdesk stopped; nothing was changed." >&2
        exit 1
    fi
    mkdir -p "$data_dir"
    local output
    if ! output=$(h2_tool org.h2.tools.Restore -file "$zip" -dir "$data_dir" 2>&1) \
        || [[ ! -f $data_dir/briefdesk.mv.db ]]; then
        rm -f "$data_dir/briefdesk.mv.db"
        echo "The backup could not be unpacked into $data_dir: $(grep -m1 -o 'Exception: .*' <<< "$output" || true)" >&2
        echo "Nothing was restored." >&2
        exit 1
    fi
    # An index left from another database would answer for this one: Briefdesk builds a new one.
    rm -rf "$data_dir/search-index"

    local jdbc="jdbc:h2:file:$(cd "$data_dir" && pwd)/briefdesk;MODE=MariaDB;DATABASE_TO_LOWER=TRUE"
    jdbc+=";CASE_INSENSITIVE_IDENTIFIERS=TRUE;IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
    # The embedded database's account is sa with no password unless Briefdesk was given others.
    if ! output=$(h2_tool org.h2.tools.Shell -url "$jdbc" -user "${SPRING_DATASOURCE_USERNAME:-sa}" \
        -password "${SPRING_DATASOURCE_PASSWORD:-}" -sql \
        "SELECT COUNT(*) || ' ' || COALESCE(SUM(CASE WHEN LOWER(RAWTOHEX(HASH('SHA-256', portable_export)))
             = LOWER(export_sha256) THEN 0 ELSE 1 END), 0) FROM edition" 2>&1); then
        echo "Restored into $data_dir, but its editions could not be checked: $(grep -m1 -o 'Exception: .*' <<< "$output" || true)" >&2
        exit 1
    fi
    local counts editions mismatched
    counts=$(grep -m1 -E '^[0-9]+ [0-9]+$' <<< "$output" || true)
    editions=${counts% *}
    mismatched=${counts#* }
    if [[ -z $counts ]]; then
        echo "Restored into $data_dir, but its editions could not be checked: H2 answered $output" >&2
        exit 1
    fi
    if [[ $mismatched != 0 ]]; then
        echo "Restored, but $mismatched of $editions editions no longer match their published SHA-256." >&2
        exit 1
    fi
    echo "Restored the embedded H2 database into $data_dir: $editions editions, each matching the SHA-256 it was published with."
    echo "Start Briefdesk with BRIEFDESK_DATA_DIR=$data_dir; it rebuilds the search index from the database."
}

if [[ -z $url ]]; then
    restore_h2
    exit 0
fi
if [[ $url == jdbc:h2:* ]]; then
    echo "restore.sh restores the embedded H2 default into BRIEFDESK_DATA_DIR: leave SPRING_DATASOURCE_URL unset." >&2
    exit 2
fi
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?;]+) ]]; then
    echo "restore.sh restores into MariaDB: set SPRING_DATASOURCE_URL to jdbc:mariadb://host:port/database," >&2
    echo "or leave it unset to restore the embedded H2 default into BRIEFDESK_DATA_DIR." >&2
    exit 2
fi
host=${BASH_REMATCH[2]}
port=${BASH_REMATCH[4]:-3306}
database=${BASH_REMATCH[5]}
export MYSQL_PWD=${SPRING_DATASOURCE_PASSWORD:-}
client=(mariadb --host="$host" --port="$port" --user="${SPRING_DATASOURCE_USERNAME:-root}" --batch --skip-column-names)

check_sums
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
