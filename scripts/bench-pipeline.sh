#!/usr/bin/env bash
# Markdown pipeline benchmark: the whole pipeline (citations, render, sanitize, quotation checks)
# against a plain flexmark render of the same generated briefings, 20 KB and 200 KB with 50 and
# 1,000 citations (docs/benchmarks.md, "Markdown pipeline"). No database. Run it from anywhere:
#
#   scripts/bench-pipeline.sh [JMH OPTIONS...]
#
# It takes a JDK 25 under /usr/lib/jvm, compiles the test classes and runs the JMH benchmark
# org.briefdesk.bench.PipelineBenchmark. Extra arguments go to JMH, e.g. `-f 1 -wi 2 -i 3` for a
# quick try, or `-p size=200000 -p citations=1000` for one case.
#
# Results: JMH's output and target/bench-results/ (jmh-pipeline.txt, jmh-pipeline.json).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

java_home=
for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
    if [[ -x "$candidate/bin/java" ]]; then
        java_home=$candidate
        break
    fi
done
if [[ -z "$java_home" ]]; then
    echo "The benchmark needs a JDK 25 under /usr/lib/jvm; none found." >&2
    exit 1
fi
export JAVA_HOME=$java_home
export PATH="$JAVA_HOME/bin:$PATH"

export MAVEN_ARGS="-B -ntp"
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

results=target/bench-results
mkdir -p "$results"
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/bench-pipeline.sh $*"
    echo "# $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores;" \
        "$(free -g | awk '/^Mem:/ {print $2 " GiB memory"}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' with local changes')"
} | tee "$results/jmh-pipeline.txt"

# 2 forks, 4 warm-up and 5 measured iterations of 1 s each, 1 thread (the benchmark's annotations),
# for each of the 8 combinations of benchmark, size and citations: about 3 minutes on 2 cores.
echo "# JMH options: (annotations: -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1) $*" | tee -a "$results/jmh-pipeline.txt"
"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main 'org.briefdesk.bench.PipelineBenchmark' \
    -foe true -rf json -rff "$results/jmh-pipeline.json" "$@" 2>&1 | tee -a "$results/jmh-pipeline.txt"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) finished; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/jmh-pipeline.txt"
