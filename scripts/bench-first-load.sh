#!/usr/bin/env bash
# First load over the wire (issue #18, "Measure"): the bytes and time of the login page and of the
# editor, each in a browser with an empty cache (Debian's Chromium through Playwright), against the
# production jar with the demo profile on H2 — once as it runs by default (compressed responses)
# and once with --server.compression.enabled=false, which is how it ran before. Run it from the
# project folder:
#
#   scripts/bench-first-load.sh
#
# SKIP_BUILD=1 uses the jar already in target/. Needs chromium (apt-get install chromium).
set -euo pipefail
set -m

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh
bench_jdk
export MAVEN_ARGS="-B -ntp"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    echo "# building the production jar ..."
    ./mvnw -q -Pproduction -DskipTests package
    # The production build compiles without the development tools; the measuring code needs the
    # test classes.
fi
jars=(target/briefdesk-*.jar)
jar=${jars[0]}
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

work=$(mktemp -d)
app_pid=
stop_app() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
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
trap 'stop_app; rm -rf "$work"' EXIT

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(chromium --version 2>/dev/null || echo chromium)"
echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' with local changes'); load $(cut -d' ' -f1-3 /proc/loadavg)"

for compression in true false; do
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    rm -rf "$work/data" && mkdir -p "$work/data"
    BRIEFDESK_DATA_DIR="$work/data" "$JAVA_HOME/bin/java" -jar "$jar" --spring.profiles.active=demo \
        "--server.port=$port" "--server.compression.enabled=$compression" >"$work/app.log" 2>&1 &
    app_pid=$!
    deadline=$((SECONDS + 300))
    until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
        if ! kill -0 "$app_pid" 2>/dev/null || [[ $SECONDS -ge $deadline ]]; then
            echo "Briefdesk did not become ready; the last lines of its log:" >&2
            tail -n 40 "$work/app.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo
    echo "## server.compression.enabled=$compression"
    "$JAVA_HOME/bin/java" -cp "$classpath" org.briefdesk.browser.FirstLoad "http://127.0.0.1:$port"
    stop_app
done
