#!/usr/bin/env bash
# Reading-page throughput through HAProxy with two nodes and with one (issue #14, "Measure"), and
# the CPU each request costs. Run it from the project folder:
#
#   scripts/bench-cluster-reading.sh
#
# It starts the cluster with scripts/cluster.sh (production jar, demo profile, MariaDB, Redis,
# HAProxy; the ports are the CLUSTER_* settings that script reads), finds the public demo
# briefing's page in /feed.atom, and runs wrk against the load balancer: first with both nodes,
# then after node2 is stopped. For each run it prints requests/s, latency percentiles, and the CPU
# time that node1, node2 and HAProxy spent per request (from /proc, user plus system), which says
# how much of the machine a request takes. It stops the cluster at the end (KEEP_CLUSTER=1 leaves
# it running).
#
# Settings (environment): THREADS=2 CONNECTIONS=32 DURATION=20s WARMUP=20s ROUNDS=2, and those of
# scripts/cluster.sh (SKIP_BUILD=1 uses the jar already in target/).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20s}
warmup=${WARMUP:-20s}
rounds=${ROUNDS:-2}
lb_port=${CLUSTER_PORT:-8080}
dir=${CLUSTER_DIR:-.cluster}
ticks=$(getconf CLK_TCK)

for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $tool)." >&2; exit 2; }
done

cleanup() {
    [[ "${KEEP_CLUSTER:-}" == 1 ]] || scripts/cluster.sh stop >/dev/null
}
trap cleanup EXIT
scripts/cluster.sh start

path=$(curl -sf "http://127.0.0.1:$lb_port/feed.atom" \
    | grep -o 'href="[^"]*/briefings/[^"/]*"' | head -n 1 | sed -e 's/^href="//' -e 's/"$//' -e 's#^https\?://[^/]*##')
[[ -n "$path" ]] || { echo "The feed lists no public briefing." >&2; exit 1; }
url="http://127.0.0.1:$lb_port$path"
bytes=$(curl -sf "$url" | wc -c)

echo
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) wrk -t$threads -c$connections -d$duration --latency, $rounds rounds, warm-up $warmup"
echo "# $(haproxy -v | head -n 1 | cut -d' ' -f1-3); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "# $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); $(free -h | awk '/^Mem:/ {print $2}') memory"
echo "# page: $path, $bytes bytes, through HAProxy on port $lb_port"

# CPU ticks (user + system) a process has used so far; 0 once it is gone.
cpu_ticks() {
    local pid
    pid=$(cat "$dir/$1.pid" 2>/dev/null) || { echo 0; return; }
    awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0
}

# One wrk run: prints "requests/s p50 p99 errors requests".
measure() {
    wrk -t"$threads" -c"$connections" -d"$1" --latency "$url" | awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /requests in/ { requests = $1 }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, errors, requests }'
}

run() {
    local label=$1 round before_n1 before_n2 before_lb rps p50 p99 errors requests
    measure "$warmup" >/dev/null
    for round in $(seq 1 "$rounds"); do
        before_n1=$(cpu_ticks node1)
        before_n2=$(cpu_ticks node2)
        before_lb=$(cpu_ticks haproxy)
        read -r rps p50 p99 errors requests < <(measure "$duration")
        awk -v label="$label" -v round="$round" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v errors="$errors" \
            -v requests="$requests" -v hz="$ticks" \
            -v n1="$(($(cpu_ticks node1) - before_n1))" -v n2="$(($(cpu_ticks node2) - before_n2))" \
            -v lb="$(($(cpu_ticks haproxy) - before_lb))" \
            'BEGIN {
                if (n2 < 0) n2 = 0
                printf "%-10s %5s %10s %8s %8s %7s %12.3f %12.3f %12.3f\n", label, round, rps, p50, p99, errors,
                    n1 * 1000 / hz / requests, n2 * 1000 / hz / requests, lb * 1000 / hz / requests
            }'
    done
}

printf '\n%-10s %5s %10s %8s %8s %7s %12s %12s %12s\n' nodes round "requests/s" "p50 ms" "p99 ms" errors \
    "node1 ms/req" "node2 ms/req" "lb ms/req"
run "two" 
scripts/cluster.sh stop-node node2 >/dev/null
# HAProxy's health check takes node2 out after two failed checks, two seconds apart.
sleep 6
run "one"
