#!/usr/bin/env bash
# Search benchmark: 100,000 generated sources in MariaDB, the time to load them and to build the
# search index, and the latency of SourceService.search over a fixed query set (docs/benchmarks.md,
# "Source search with 100,000 sources"). Run it from anywhere:
#
#   scripts/bench-search.sh [JMH OPTIONS...]
#
# It takes a JDK 25 under /usr/lib/jvm (as .ci/run does), starts the local MariaDB when it is not
# running (root without a password on 127.0.0.1:3306, as on the CI machine), creates the database
# briefdesk_bench when missing (set BRIEFDESK_BENCH_DB for another name; nothing is ever dropped),
# compiles the test classes and runs the JMH benchmark org.briefdesk.bench.SourceSearchBenchmark.
# The first run loads the sources (under a minute); later runs find them and only rebuild the index.
# Set BRIEFDESK_BENCH_DB_URL (and _USERNAME, _PASSWORD) to use another MariaDB instead; the script
# then leaves MariaDB alone. Extra arguments go to JMH, e.g. `-p sources=10000 -wi 1 -i 1` for a
# quick try (a later full run loads the rest; a database holding more sources is searched whole).
#
# On OpenSearch instead of the embedded Lucene index: BENCH_SEARCH=opensearch starts OpenSearch with
# scripts/opensearch.sh on port 9220 (OPENSEARCH_HEAP, default 2g here) and stops it afterwards;
# the index then lives in OpenSearch, under the prefix bench-.
#
# Results: JMH's output and target/bench-results/ (jmh-search.txt, jmh-search.json,
# search-setup.txt, search-latency.md). The index lives in target/bench-data/search-index.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh

bench_jdk
bench_database briefdesk_bench
# 1 fork, 3 warm-up iterations of 10 s, 5 measured iterations of 10 s, 1 thread (the same as the
# benchmark's annotations), unless the arguments say otherwise: about 3 minutes on 2 cores the first
# time (loading and indexing included), about 2.5 minutes afterwards.
extra=()
if [[ "${BENCH_SEARCH:-lucene}" == opensearch ]]; then
    export OPENSEARCH_PORT=${OPENSEARCH_PORT:-9220} OPENSEARCH_HEAP=${OPENSEARCH_HEAP:-2g}
    scripts/opensearch.sh start
    trap 'scripts/opensearch.sh stop' EXIT
    extra=(-jvmArgsAppend "-Dbriefdesk.bench.search-url=$(scripts/opensearch.sh url)")
fi
bench_run search org.briefdesk.bench.SourceSearchBenchmark "-f 1 -wi 3 -w 10s -i 5 -r 10s -t 1" -- "${extra[@]}" "$@"
