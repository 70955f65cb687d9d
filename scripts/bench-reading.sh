#!/usr/bin/env bash
# Measures the reading page of a published briefing under wrk, side by side with nginx serving the
# same bytes as a static file (issue #6, "Measure"). Run it from the project folder:
#
#   scripts/bench-reading.sh
#
# What it does:
#   1. builds the production jar (./mvnw -Pproduction -DskipTests package; SKIP_BUILD=1 uses the
#      jar already in target/);
#   2. starts it with the demo profile on a free port, H2 in a new folder under a temporary
#      directory, and waits for /actuator/health/readiness (the demo briefings exist by then);
#   3. finds the public demo briefing's address in /feed.atom and fetches its page once;
#   4. writes those bytes under the same path into a temporary nginx root and starts nginx (the
#      Debian package, as a plain process with its own configuration, pid file and error log under
#      the temporary directory; access log off) on another free port;
#   5. warms both up, then runs wrk with the same settings against each, ROUNDS times, alternating;
#   6. prints requests/s and the 50th, 90th and 99th latency percentiles of every run, and the ratio
#      of Briefdesk's throughput to nginx's; then stops both and removes the temporary directory.
#
# GZIP=1 measures the compressed page instead (issue #18): every request says "Accept-Encoding:
# gzip"; Briefdesk answers with the bytes it compressed once when it cached the edition, nginx with
# a .gz file of the same bytes (gzip_static). The script checks that both send the same bytes.
#
# Settings (environment): THREADS=2 CONNECTIONS=32 DURATION=20s WARMUP=20s ROUNDS=2 GZIP=0,
# JAVA_OPTS (extra JVM options), KEEP_LOGS=dir (copies the application and nginx logs there).
# The JDK is the one JAVA_HOME names (or, without JAVA_HOME, a JDK 25 under /usr/lib/jvm).
set -euo pipefail
# Job control: each background job gets a process group of its own, whose id is $!.
set -m

threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20s}
warmup=${WARMUP:-20s}
rounds=${ROUNDS:-2}
gzip=${GZIP:-0}
accept=()
if [[ "$gzip" == 1 ]]; then
    accept=(-H "Accept-Encoding: gzip")
fi
timeout_seconds=${TIMEOUT_SECONDS:-300}

if [[ ! -x ./mvnw || ! -f pom.xml ]]; then
    echo "Run this from the Briefdesk project folder (the one with pom.xml and mvnw)." >&2
    exit 2
fi
for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install $tool)." >&2; exit 2; }
done
nginx_cmd=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$nginx_cmd" ]] || { echo "nginx is missing (apt-get install nginx)." >&2; exit 2; }

if [[ -z "${JAVA_HOME:-}" ]]; then
    # The machine's default java may be older than the 21 the build needs: take the JDK 25 the
    # other benchmarks use.
    # shellcheck source=lib/jmh-bench.sh
    source "$(dirname "${BASH_SOURCE[0]}")/lib/jmh-bench.sh"
    bench_jdk
fi
java_cmd="$JAVA_HOME/bin/java"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    echo "# building the production jar ..."
    ./mvnw -q -B -ntp -Pproduction -DskipTests package
fi
jars=(target/briefdesk-*.jar)
if [[ ! -f "${jars[0]}" ]]; then
    echo "No target/briefdesk-*.jar: build it with ./mvnw -Pproduction -DskipTests package." >&2
    exit 2
fi
jar=${jars[0]}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

work=$(mktemp -d)
# nginx's workers may run as another user: they must be able to read the root.
chmod 755 "$work"
app_pid=
nginx_pid=
stop() {
    local pid=$1
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL -- "-$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}
cleanup() {
    stop "$nginx_pid"
    stop "$app_pid"
    if [[ -n "${KEEP_LOGS:-}" ]]; then
        mkdir -p "$KEEP_LOGS"
        cp "$work/app.log" "$work/nginx/error.log" "$KEEP_LOGS/" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

app_port=$(free_port)
nginx_port=$(free_port)
while [[ "$nginx_port" == "$app_port" ]]; do
    nginx_port=$(free_port)
done

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) wrk -t$threads -c$connections -d$duration --latency ${accept[*]}, $rounds rounds, warm-up $warmup"
echo "# $("$java_cmd" -version 2>&1 | head -n 1); $("$nginx_cmd" -v 2>&1); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "# $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); $(free -h | awk '/^Mem:/ {print $2}') memory"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"

mkdir -p "$work/data"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
BRIEFDESK_DATA_DIR="$work/data" "$java_cmd" ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo \
    "--server.port=$app_port" >"$work/app.log" 2>&1 &
app_pid=$!
deadline=$((SECONDS + timeout_seconds))
until curl -sf -o /dev/null "http://127.0.0.1:$app_port/actuator/health/readiness"; do
    if ! kill -0 "$app_pid" 2>/dev/null || [[ $SECONDS -ge $deadline ]]; then
        echo "Briefdesk did not become ready; the last lines of its log:" >&2
        tail -n 40 "$work/app.log" >&2
        exit 1
    fi
    sleep 0.5
done

# The feed lists the public editions; the demo has one public briefing.
path=$(curl -sf "http://127.0.0.1:$app_port/feed.atom" \
    | grep -o 'href="[^"]*/briefings/[^"/]*"' | head -n 1 | sed -e 's/^href="//' -e 's/"$//' -e 's#^https\?://[^/]*##')
if [[ -z "$path" ]]; then
    echo "The feed lists no public briefing: were the demo briefings created? See the log:" >&2
    tail -n 40 "$work/app.log" >&2
    exit 1
fi
app_url="http://127.0.0.1:$app_port$path"
mkdir -p "$work/www$(dirname "$path")" "$work/nginx/tmp"
status=$(curl -s -o "$work/www$path" -w '%{http_code}' "$app_url")
if [[ "$status" != 200 ]]; then
    echo "GET $path answered $status" >&2
    exit 1
fi
chmod -R a+rX "$work/www"
bytes=$(wc -c <"$work/www$path")
echo "# page: $path, $bytes bytes"
served="$work/www$path"
if [[ "$gzip" == 1 ]]; then
    served="$work/www$path.gz"
    encoding=$(curl -s -o "$served" -D - "${accept[@]}" "$app_url" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
    if [[ "$encoding" != gzip ]]; then
        echo "Briefdesk did not answer gzip to Accept-Encoding: gzip (Content-Encoding: '$encoding')." >&2
        exit 1
    fi
    chmod a+r "$served"
    echo "# compressed: $(wc -c <"$served") bytes (gzip), nginx: gzip_static of the same bytes"
fi

cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
daemon off;
events {
    worker_connections 1024;
}
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type text/html;
    gzip_static $([[ "$gzip" == 1 ]] && echo on || echo off);
    gzip_vary on;
    charset utf-8;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
EOF
"$nginx_cmd" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" \
    >"$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nginx_port$path"
for _ in $(seq 1 50); do
    curl -sf -o /dev/null "$nginx_url" && break
    sleep 0.2
done
if ! cmp -s <(curl -sf "${accept[@]}" "$nginx_url") "$served"; then
    echo "nginx does not serve the page's bytes; its error log:" >&2
    cat "$work/nginx/error.log" "$work/nginx/stdout.log" >&2 || true
    exit 1
fi
# Both must answer the same page: the same bytes, status 200.
if ! cmp -s <(curl -sf "${accept[@]}" "$app_url") "$served"; then
    echo "Briefdesk answered different bytes on the second request." >&2
    exit 1
fi

# One wrk run: prints "requests/s p50 p90 p99 errors" (latencies in ms; errors are non-2xx/3xx
# answers plus socket errors: connect, read, write, timeout).
measure() {
    local url=$1 length=$2 out
    out=$(wrk -t"$threads" -c"$connections" -d"$length" --latency "${accept[@]}" "$url")
    echo "$out" >>"$work/wrk.txt"
    echo "$out" | awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +90%/ { p90 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %.2f %.2f %d\n", rps, p50, p90, p99, errors }'
}

echo "# warm-up: $warmup each (not counted)"
measure "$app_url" "$warmup" >/dev/null
measure "$nginx_url" "$warmup" >/dev/null

printf '\n%-6s %-10s %12s %10s %10s %10s %8s\n' round server "requests/s" "p50 ms" "p90 ms" "p99 ms" errors
app_total=0
nginx_total=0
for round in $(seq 1 "$rounds"); do
    read -r rps p50 p90 p99 errors < <(measure "$app_url" "$duration")
    printf '%-6s %-10s %12s %10s %10s %10s %8s\n' "$round" briefdesk "$rps" "$p50" "$p90" "$p99" "$errors"
    app_total=$((app_total + rps))
    read -r rps p50 p90 p99 errors < <(measure "$nginx_url" "$duration")
    printf '%-6s %-10s %12s %10s %10s %10s %8s\n' "$round" nginx "$rps" "$p50" "$p90" "$p99" "$errors"
    nginx_total=$((nginx_total + rps))
done
awk -v a="$app_total" -v n="$nginx_total" \
    'BEGIN { printf "\nthroughput ratio briefdesk/nginx over all rounds: %.2f\n", a / n }'
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
if [[ -n "${KEEP_LOGS:-}" ]]; then
    mkdir -p "$KEEP_LOGS"
    cp "$work/wrk.txt" "$KEEP_LOGS/"
fi
