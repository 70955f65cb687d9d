#!/usr/bin/env bash
# Measures how long Briefdesk takes to start. Run it from the project folder:
#
#   scripts/measure-startup.sh dev [RUNS]   ./mvnw spring-boot:run (H2 under ./data, demo profile);
#                                           the first run starts on an empty ./data, the others
#                                           find the database it created
#   scripts/measure-startup.sh jar [RUNS]   java -jar target/briefdesk-*.jar (build it first with
#                                           ./mvnw -Pproduction package), H2 in a new empty
#                                           BRIEFDESK_DATA_DIR each run
#
# RUNS defaults to 3. The JDK is the one JAVA_HOME names (or java on PATH). Each run waits for
# Spring Boot's "Started Application in N seconds (process running for M)" line and for
# /actuator/health/readiness to answer UP, prints that line with the wall-clock times from launching
# the command to each of the two, checks that GET /login answers, and stops the application.
# Ports: 8092 (dev) and 8093 (jar); set PORT to use another. Set LOG_DIR to keep each run's log.
set -euo pipefail
# Job control: each background job gets a process group of its own, whose id is $!.
set -m

mode=${1:-}
runs=${2:-3}
timeout_seconds=${TIMEOUT_SECONDS:-600}

case "$mode" in
    dev) port=${PORT:-8092} ;;
    jar) port=${PORT:-8093} ;;
    *)
        echo "usage: scripts/measure-startup.sh dev|jar [RUNS]" >&2
        exit 2
        ;;
esac

if [[ ! -x ./mvnw || ! -f pom.xml ]]; then
    echo "Run this from the Briefdesk project folder (the one with pom.xml and mvnw)." >&2
    exit 2
fi

java_cmd=java
if [[ -n "${JAVA_HOME:-}" ]]; then
    java_cmd="$JAVA_HOME/bin/java"
fi

if [[ "$mode" == dev && -d data && -n "$(ls -A data)" ]]; then
    echo "./data is not empty. The first run must start on an empty database: move ./data away first." >&2
    exit 2
fi

if [[ "$mode" == jar ]]; then
    jars=(target/briefdesk-*.jar)
    if [[ ! -f "${jars[0]}" ]]; then
        echo "No target/briefdesk-*.jar: build it with ./mvnw -Pproduction -DskipTests package." >&2
        exit 2
    fi
    jar=${jars[0]}
fi

work=$(mktemp -d)
app_pid=
stop_app() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        # The application runs in its own process group: stop Maven and the JVM it forked.
        kill -TERM -- "-$app_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL -- "-$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=
}
cleanup() {
    stop_app
    rm -rf "$work"
}
trap cleanup EXIT

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) mode=$mode runs=$runs port=$port"
echo "# $("$java_cmd" -version 2>&1 | head -n 1); $(nproc) cores; $(free -h | awk '/^Mem:/ {print $2}') memory"

for run in $(seq 1 "$runs"); do
    log="$work/run-$run.log"
    : >"$log"
    start=$(date +%s.%N)
    if [[ "$mode" == dev ]]; then
        ./mvnw -B spring-boot:run "-Dspring-boot.run.arguments=--server.port=$port" >"$log" 2>&1 &
    else
        data_dir="$work/data-$run"
        mkdir -p "$data_dir"
        BRIEFDESK_DATA_DIR="$data_dir" "$java_cmd" -jar "$jar" "--server.port=$port" >"$log" 2>&1 &
    fi
    app_pid=$!

    started=
    deadline=$((SECONDS + timeout_seconds))
    while [[ $SECONDS -lt $deadline ]]; do
        started=$(grep -o 'Started Application in .*' "$log" || true)
        [[ -n "$started" ]] && break
        if ! kill -0 "$app_pid" 2>/dev/null; then
            break
        fi
        sleep 0.2
    done
    end=$(date +%s.%N)

    if [[ -z "$started" ]]; then
        echo "run $run: did not start; the last lines of its log:" >&2
        tail -n 40 "$log" >&2
        [[ -n "${LOG_DIR:-}" ]] && mkdir -p "$LOG_DIR" && cp "$log" "$LOG_DIR/$mode-run-$run.log"
        exit 1
    fi
    # Spring Boot logs "Started" before the start-up runners (first administrator, demo users) have
    # run; readiness turns UP after them. Wait for it, so that no run is stopped half-way through.
    ready=
    while [[ $SECONDS -lt $deadline ]] && kill -0 "$app_pid" 2>/dev/null; do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then
            ready=$(date +%s.%N)
            break
        fi
        sleep 0.2
    done
    if [[ -z "$ready" ]]; then
        echo "run $run: started but never ready; the last lines of its log:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    to_started=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
    to_ready=$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')
    echo "run $run: $started; command to started: ${to_started} s; command to ready: ${to_ready} s; GET /login: $status"
    stop_app
    if [[ -n "${LOG_DIR:-}" ]]; then
        mkdir -p "$LOG_DIR"
        cp "$log" "$LOG_DIR/$mode-run-$run.log"
    fi
done
