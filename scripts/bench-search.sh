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
# Results: JMH's output and target/bench-results/ (jmh-search.txt, jmh-search.json,
# search-setup.txt, search-latency.md). The index lives in target/bench-data/search-index.
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

if [[ -z "${BRIEFDESK_BENCH_DB_URL:-}" ]]; then
    if ! mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1; then
        echo "Starting MariaDB"
        start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
        for _ in $(seq 1 60); do
            mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1 && break
            sleep 1
        done
        if ! mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1; then
            echo "MariaDB did not answer within 60 seconds." >&2
            exit 1
        fi
    fi
    bench_db=${BRIEFDESK_BENCH_DB:-briefdesk_bench}
    if [[ ! "$bench_db" =~ ^[A-Za-z0-9_]+$ ]]; then
        echo "BRIEFDESK_BENCH_DB may hold letters, digits and underscores only." >&2
        exit 2
    fi
    mariadb --host=127.0.0.1 --user=root \
        -e "CREATE DATABASE IF NOT EXISTS \`$bench_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    export BRIEFDESK_BENCH_DB_URL="jdbc:mariadb://127.0.0.1:3306/$bench_db"
    export BRIEFDESK_BENCH_DB_USERNAME=root
    export BRIEFDESK_BENCH_DB_PASSWORD=''
fi
echo "Benchmark database: $BRIEFDESK_BENCH_DB_URL"

export MAVEN_ARGS="-B -ntp"
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

results=target/bench-results
mkdir -p "$results"
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/bench-search.sh $*"
    echo "# $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores;" \
        "$(free -g | awk '/^Mem:/ {print $2 " GiB memory"}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# $(mariadb --host=127.0.0.1 --user=root -N -e 'SELECT VERSION()' 2>/dev/null || echo 'MariaDB version unknown')"
} | tee "$results/jmh-search.txt"

# 1 fork, 3 warm-up iterations of 10 s, 5 measured iterations of 10 s, 1 thread (the same as the
# benchmark's annotations), unless the arguments say otherwise: about 3 minutes on 2 cores the first
# time (loading and indexing included), about 2.5 minutes afterwards.
jmh_args=()
for default in "-f 1" "-wi 3" "-w 10s" "-i 5" "-r 10s" "-t 1"; do
    option=${default%% *}
    given=false
    for argument in "$@"; do
        [[ "$argument" == "$option" ]] && given=true
    done
    $given || jmh_args+=($default)
done
echo "# JMH options: ${jmh_args[*]} $*" | tee -a "$results/jmh-search.txt"
"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main 'org.briefdesk.bench.SourceSearchBenchmark' \
    "${jmh_args[@]}" -foe true -rf json -rff "$results/jmh-search.json" "$@" 2>&1 | tee -a "$results/jmh-search.txt"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) finished; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/jmh-search.txt"
