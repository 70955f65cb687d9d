#!/usr/bin/env bash
# Markdown pipeline against plain flexmark, measured in turns (docs/benchmarks.md, "Markdown
# pipeline"): for a machine whose speed changes from second to second, where JMH's forks, run one
# after the other, each see a different machine. Plain flexmark and the pipeline run in two JVMs
# and take turns of 100 ms; each round gives one ratio. No database. Run it from anywhere:
#
#   scripts/bench-pipeline-paired.sh [SIZExCITATIONS...]      e.g. 20000x50 (default: all four cases)
#
# BENCH_ROUNDS, BENCH_WARMUP (rounds) and BENCH_SLICE (milliseconds) tune it; the defaults take
# about 2 minutes per case. Results: the output and target/bench-results/paired-pipeline.txt.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh

bench_jdk
export MAVEN_ARGS="-B -ntp"
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-results
log=target/bench-results/paired-pipeline.txt
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/bench-pipeline-paired.sh $*"
    echo "# $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs));" \
        "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' with local changes')"
} | tee "$log"
"$JAVA_HOME/bin/java" -Drounds="${BENCH_ROUNDS:-200}" -Dwarmup="${BENCH_WARMUP:-60}" -Dslice="${BENCH_SLICE:-100}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.briefdesk.bench.PairedPipelineRuns "$@" 2>&1 | tee -a "$log"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) finished; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
