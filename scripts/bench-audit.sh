#!/usr/bin/env bash
# Audit log benchmark: 1,000,000 generated audit entries in MariaDB and the latency of the audit
# view's query (AuditLog.search, a page of 50) on the first page and near the oldest end, with each
# filter the view offers, plus one OFFSET query at the same depth for comparison (docs/benchmarks.md,
# "Audit log with 1,000,000 entries"). Run it from anywhere:
#
#   scripts/bench-audit.sh [JMH OPTIONS...]
#
# It takes a JDK 25 under /usr/lib/jvm, starts the local MariaDB when it is not running (root
# without a password on 127.0.0.1:3306), creates the database briefdesk_audit_bench when missing
# (set BRIEFDESK_BENCH_DB for another name; nothing is ever dropped), compiles the test classes and
# runs the JMH benchmark org.briefdesk.bench.AuditLogBenchmark. The first run loads the entries
# (a few minutes on 2 cores); later runs find them. Set BRIEFDESK_BENCH_DB_URL (and _USERNAME,
# _PASSWORD) to use another MariaDB instead. Extra arguments go to JMH, e.g. `-p entries=100000`.
#
# Results: JMH's output and target/bench-results/ (jmh-audit.txt, jmh-audit.json, audit-plans.txt).
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
    bench_db=${BRIEFDESK_BENCH_DB:-briefdesk_audit_bench}
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
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/bench-audit.sh $*"
    echo "# $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores;" \
        "$(free -g | awk '/^Mem:/ {print $2 " GiB memory"}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# $(mariadb --host=127.0.0.1 --user=root -N -e 'SELECT VERSION()' 2>/dev/null || echo 'MariaDB version unknown')"
} | tee "$results/jmh-audit.txt"

# 1 fork, 2 warm-up iterations of 5 s, 3 measured iterations of 5 s, 1 thread (the benchmark's
# annotations), unless the arguments say otherwise: 8 benchmarks, about 4 minutes after loading.
jmh_args=()
for default in "-f 1" "-wi 2" "-w 5s" "-i 3" "-r 5s" "-t 1"; do
    option=${default%% *}
    given=false
    for argument in "$@"; do
        [[ "$argument" == "$option" ]] && given=true
    done
    $given || jmh_args+=($default)
done
echo "# JMH options: ${jmh_args[*]} $*" | tee -a "$results/jmh-audit.txt"
"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main 'org.briefdesk.bench.AuditLogBenchmark' \
    "${jmh_args[@]}" -foe true -rf json -rff "$results/jmh-audit.json" "$@" 2>&1 | tee -a "$results/jmh-audit.txt"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) finished; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/jmh-audit.txt"
