#!/usr/bin/env bash
# Issue #14's measurements between two nodes (docs/benchmarks.md, "Several nodes"): save on node A
# to the event on node B (median, p95 over SAVES=100 saves) and the time a silent node's people take
# to leave B's presence list (DEATHS=5). Two application contexts in one JVM on a MariaDB database
# (BRIEFDESK_BENCH_DB, default briefdesk_bench_cluster; created when missing, never dropped) and a
# redis-server started on a free loopback port. Run it from the project folder:
#
#   scripts/bench-cluster.sh
#
# Reading-page throughput through HAProxy with one and two nodes: scripts/bench-cluster-reading.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh
bench_jdk
bench_database briefdesk_bench_cluster
command -v redis-server >/dev/null || { echo "redis-server is missing (apt-get install redis-server)." >&2; exit 2; }

./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); commit $(git rev-parse --short HEAD)"
BRIEFDESK_TEST_DB_URL=$BRIEFDESK_BENCH_DB_URL \
BRIEFDESK_TEST_DB_USERNAME=$BRIEFDESK_BENCH_DB_USERNAME \
BRIEFDESK_TEST_DB_PASSWORD=$BRIEFDESK_BENCH_DB_PASSWORD \
    "$JAVA_HOME/bin/java" -Dsaves="${SAVES:-100}" -Ddeaths="${DEATHS:-5}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.briefdesk.cluster.CrossNodeBenchmark 2>&1 | grep -E '^(save on A|a silent node)'
