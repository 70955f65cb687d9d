#!/usr/bin/env bash
# Collaboration benchmark (issue #7 "Measure", docs/benchmarks.md "Collaboration"): the time from a
# save in one session to the new text arriving in another session's open editor in Chromium (median
# and 95th percentile over 100 saves), and server heap per open editor (50 editor pages). Run it
# from anywhere:
#
#   scripts/bench-collaboration.sh
#
# It needs a JDK 25 under /usr/lib/jvm, Chromium at /usr/bin/chromium (or BRIEFDESK_CHROMIUM), and
# the local MariaDB (root without a password on 127.0.0.1:3306); it creates the database
# briefdesk_bench_collab when missing (BRIEFDESK_BENCH_DB for another name; nothing is ever
# dropped). Results: the test output and target/bench-results/collaboration.md.
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
export JAVA_HOME=$java_home PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bench_db=${BRIEFDESK_BENCH_DB:-briefdesk_bench_collab}
if [[ ! "$bench_db" =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "BRIEFDESK_BENCH_DB may hold letters, digits and underscores only." >&2
    exit 2
fi
mariadb --host=127.0.0.1 --user=root \
    -e "CREATE DATABASE IF NOT EXISTS \`$bench_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export BRIEFDESK_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/$bench_db"
export BRIEFDESK_TEST_DB_USERNAME=root
export BRIEFDESK_TEST_DB_PASSWORD=''

mkdir -p target/bench-results
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/bench-collaboration.sh"
    echo "# $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores;" \
        "$(free -g | awk '/^Mem:/ {print $2 " GiB memory"}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee target/bench-results/collaboration-run.txt
# The bench package is excluded from the test run; naming the class runs it.
./mvnw -B -ntp test -Dtest=CollaborationBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | tee -a target/bench-results/collaboration-run.txt | grep -E "^(##|[0-9]+ saves|heap|per open|\[ERROR\]|Tests run)" || true
cat target/bench-results/collaboration.md
