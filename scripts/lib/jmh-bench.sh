# Shared by the JMH benchmark scripts (scripts/bench-*.sh); source it, do not run it.
#
#   bench_jdk                       exports JAVA_HOME for a JDK 25 under /usr/lib/jvm
#   bench_database DEFAULT_NAME     unless BRIEFDESK_BENCH_DB_URL is set: starts the local MariaDB if
#                                   needed, creates the database (BRIEFDESK_BENCH_DB or DEFAULT_NAME)
#                                   when missing, never drops anything, and exports the
#                                   BRIEFDESK_BENCH_DB_* variables the benchmarks read
#   bench_run NAME CLASS DEFAULTS -- ARGS...
#                                   compiles the test classes and runs JMH on CLASS, writing
#                                   target/bench-results/jmh-NAME.txt and .json with a header naming
#                                   the JDK, the machine, its load and the commit. DEFAULTS are JMH
#                                   options ("-f 1 -wi 2") used unless ARGS give the same option.

bench_jdk() {
    local candidate
    for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
        if [[ -x "$candidate/bin/java" ]]; then
            export JAVA_HOME=$candidate
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "The benchmark needs a JDK 25 under /usr/lib/jvm; none found." >&2
    exit 1
}

bench_database() {
    if [[ -n "${BRIEFDESK_BENCH_DB_URL:-}" ]]; then
        echo "Benchmark database: $BRIEFDESK_BENCH_DB_URL"
        return 0
    fi
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
    local bench_db=${BRIEFDESK_BENCH_DB:-$1}
    if [[ ! "$bench_db" =~ ^[A-Za-z0-9_]+$ ]]; then
        echo "BRIEFDESK_BENCH_DB may hold letters, digits and underscores only." >&2
        exit 2
    fi
    mariadb --host=127.0.0.1 --user=root \
        -e "CREATE DATABASE IF NOT EXISTS \`$bench_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    export BRIEFDESK_BENCH_DB_URL="jdbc:mariadb://127.0.0.1:3306/$bench_db"
    export BRIEFDESK_BENCH_DB_USERNAME=root
    export BRIEFDESK_BENCH_DB_PASSWORD=''
    echo "Benchmark database: $BRIEFDESK_BENCH_DB_URL"
}

bench_run() {
    local name=$1 class=$2 defaults=$3
    shift 3
    [[ "${1:-}" == "--" ]] && shift
    export MAVEN_ARGS="-B -ntp"
    ./mvnw -q -DskipTests test-compile
    ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
    local classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
    local results=target/bench-results
    local log="$results/jmh-$name.txt"
    mkdir -p "$results"
    {
        echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/bench-$name.sh $*"
        echo "# $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs));" \
            "$(free -g | awk '/^Mem:/ {print $2 " GiB memory"}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
        echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' with local changes')"
        if [[ -n "${BRIEFDESK_BENCH_DB_URL:-}" ]]; then
            echo "# $(mariadb --host=127.0.0.1 --user=root -N -e 'SELECT VERSION()' 2>/dev/null || echo 'MariaDB version unknown')"
        fi
    } | tee "$log"
    local jmh_args=() default option given argument
    for default in $(echo "$defaults" | sed 's/ -/\n-/g' | tr ' ' '='); do
        option=${default%%=*}
        given=false
        for argument in "$@"; do
            [[ "$argument" == "$option" ]] && given=true
        done
        $given || jmh_args+=("$option" "${default#*=}")
    done
    echo "# JMH options: ${jmh_args[*]} $*" | tee -a "$log"
    "$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main "$class" \
        "${jmh_args[@]}" -foe true -rf json -rff "$results/jmh-$name.json" "$@" 2>&1 | tee -a "$log"
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) finished; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
}
