#!/usr/bin/env bash
# Search across nodes (docs/benchmarks.md, "Search on OpenSearch"): the time from a source saved on
# node A to node B's search finding it, over SAVES saves (default 100), with two nodes in one JVM on
# an OpenSearch of their own (started and stopped by the benchmark through scripts/opensearch.sh).
# Database: briefdesk_bench_cluster on the local MariaDB (BRIEFDESK_BENCH_DB names another), created
# when missing, never dropped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh
bench_jdk
bench_database briefdesk_bench_cluster

./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); commit $(git rev-parse --short HEAD)"
BRIEFDESK_TEST_DB_URL=$BRIEFDESK_BENCH_DB_URL \
BRIEFDESK_TEST_DB_USERNAME=$BRIEFDESK_BENCH_DB_USERNAME \
BRIEFDESK_TEST_DB_PASSWORD=$BRIEFDESK_BENCH_DB_PASSWORD \
    "$JAVA_HOME/bin/java" -Dsaves="${SAVES:-100}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.briefdesk.index.SearchAcrossNodesBenchmark 2>&1 | grep -E '^commit on A'
