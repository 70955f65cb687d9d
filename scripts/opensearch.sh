#!/usr/bin/env bash
# OpenSearch 2.19 on this machine, without Docker, for the search backend of several nodes (README,
# "Search on OpenSearch"), the tests and the benchmarks. Run it from the project folder:
#
#   scripts/opensearch.sh start     fetches OpenSearch through Maven the first time, then starts it
#                                   on 127.0.0.1 and waits until it answers
#   scripts/opensearch.sh status    whether it runs, and its cluster health
#   scripts/opensearch.sh stop      stops it (the index stays in its folder)
#   scripts/opensearch.sh url       prints the address to give BRIEFDESK_SEARCH_URL
#   scripts/opensearch.sh fetch     only fetches and assembles it (CI does so before the tests)
#
# What it runs: the minimal distribution org.opensearch.distribution.integ-test-zip:opensearch from
# Maven Central plus the analysis-common module (stemming, ascii folding: the analysis Briefdesk
# uses), without the security plugin, so on loopback only. For production use the official image or
# packages with the security plugin (docker-compose.cluster.yml, README).
#
# Settings (environment): OPENSEARCH_PORT (9200), OPENSEARCH_DIR (the instance's configuration, index
# and logs; /var/tmp/briefdesk-opensearch/<port>), OPENSEARCH_HEAP (512m), OPENSEARCH_JAVA_HOME (a JDK
# 17 or 21; found under /usr/lib/jvm when unset). OpenSearch refuses to run as root: started by root,
# it runs as the system user briefdesk-search, created when missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

version=2.19.6
port=${OPENSEARCH_PORT:-9200}
base=/var/tmp/briefdesk-opensearch
dist=$base/opensearch-$version
instance=${OPENSEARCH_DIR:-$base/$port}
heap=${OPENSEARCH_HEAP:-512m}
run_as=briefdesk-search

usage() {
    sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

url() {
    echo "http://127.0.0.1:$port"
}

answers() {
    curl -fsS --max-time 2 "$(url)/_cluster/health" 2>/dev/null
}

pid() {
    local file="$instance/opensearch.pid"
    [[ -f $file ]] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

find_java() {
    if [[ -n "${OPENSEARCH_JAVA_HOME:-}" ]]; then
        echo "$OPENSEARCH_JAVA_HOME"
        return
    fi
    local candidate
    for candidate in /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/java-21-openjdk* /usr/lib/jvm/temurin-17* \
        /usr/lib/jvm/temurin-21*; do
        if [[ -x "$candidate/bin/java" ]]; then
            echo "$candidate"
            return
        fi
    done
    echo "OpenSearch $version needs a JDK 17 or 21: set OPENSEARCH_JAVA_HOME." >&2
    exit 2
}

# Downloads the distribution and the analysis module through Maven (Maven Central), once.
fetch() {
    [[ -x $dist/bin/opensearch && -f $dist/modules/analysis-common/plugin-descriptor.properties ]] && return
    echo "Fetching OpenSearch $version from Maven Central ..." >&2
    mkdir -p "$base"
    local downloads
    downloads=$(mktemp -d)
    ./mvnw -q -B -ntp dependency:copy -DoutputDirectory="$downloads" \
        -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$version:zip" >&2
    ./mvnw -q -B -ntp dependency:copy -DoutputDirectory="$downloads" \
        -Dartifact="org.opensearch.plugin:analysis-common:$version:jar" >&2
    rm -rf "$dist"
    (cd "$base" && unzip -q "$downloads/opensearch-$version.zip")
    mkdir -p "$dist/modules/analysis-common"
    cp "$downloads/analysis-common-$version.jar" "$dist/modules/analysis-common/"
    cat >"$dist/modules/analysis-common/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=$version
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$version
EOF
    rm -rf "$downloads"
}

start() {
    if answers >/dev/null; then
        echo "OpenSearch already answers on $(url)"
        return
    fi
    command -v unzip >/dev/null || { echo "unzip is missing: apt-get install unzip" >&2; exit 2; }
    fetch
    local java_home
    java_home=$(find_java)
    mkdir -p "$instance/config" "$instance/data" "$instance/logs"
    if [[ ! -f $instance/config/jvm.options ]]; then
        cp -r "$dist/config/." "$instance/config/"
        # The JVM options name logs/ and data/ relative to the distribution: the instance's instead.
        sed -i -e "s#logs/#$instance/logs/#g" -e "s#=data#=$instance/data#g" "$instance/config/jvm.options"
    fi
    local runner=()
    if [[ $(id -u) == 0 ]]; then
        id "$run_as" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$run_as"
        chown -R "$run_as" "$instance"
        runner=(runuser -u "$run_as" --)
    fi
    echo "Starting OpenSearch $version on $(url) (folder $instance) ..." >&2
    env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$instance/config" \
        OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" \
        "${runner[@]}" "$dist/bin/opensearch" -d -p "$instance/opensearch.pid" \
        -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$port" \
        -Etransport.port=$((port + 100)) -Epath.data="$instance/data" -Epath.logs="$instance/logs" \
        -Ecluster.name=briefdesk-search -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Eaction.auto_create_index=false \
        </dev/null >"$instance/logs/start.log" 2>&1 \
        || { cat "$instance/logs/start.log" >&2; exit 1; }
    for _ in $(seq 1 120); do
        if answers >/dev/null; then
            echo "OpenSearch answers on $(url)"
            return
        fi
        sleep 1
    done
    echo "OpenSearch did not answer within 120 seconds; see $instance/logs" >&2
    exit 1
}

stop() {
    local running
    if running=$(pid); then
        kill "$running"
        for _ in $(seq 1 60); do
            kill -0 "$running" 2>/dev/null || { echo "OpenSearch stopped"; return; }
            sleep 1
        done
        kill -9 "$running" 2>/dev/null || true
        echo "OpenSearch killed after 60 seconds"
    else
        echo "OpenSearch is not running (from $instance)"
    fi
}

status() {
    local health
    if health=$(answers); then
        echo "OpenSearch answers on $(url): $health"
    else
        echo "OpenSearch does not answer on $(url)"
        return 1
    fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
url) url ;;
fetch) fetch ;;
*) usage ;;
esac
