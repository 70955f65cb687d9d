#!/usr/bin/env bash
# Briefdesk on two nodes behind HAProxy, on this machine, without Docker (README, "Running several
# nodes"). Run it from the project folder:
#
#   scripts/cluster.sh start            builds the production jar if there is none, then starts
#                                       Redis, OpenSearch (scripts/opensearch.sh), MariaDB's
#                                       database, node1, node2 and HAProxy
#   scripts/cluster.sh status           what runs, and whether each node is ready
#   scripts/cluster.sh stop             stops everything it started (the database stays)
#   scripts/cluster.sh stop-node NODE   stops node1 or node2 as a crash would (SIGKILL), to try
#                                       failover; HAProxy sends its users to the other node
#   scripts/cluster.sh start-node NODE  starts a stopped node again
#
# Everything listens on 127.0.0.1 only. The nodes run the demo profile (users alice, bob, erin, ...,
# password as on the login page) on one MariaDB database, BRIEFDESK_CLUSTER_DB (default
# briefdesk_cluster, created when missing and never dropped), on the local MariaDB service (root
# without a password, as on the development machines; MARIADB_USER / MARIADB_PASSWORD change it).
#
# Settings (environment): CLUSTER_PORT (the load balancer, 8080), CLUSTER_NODE1_PORT (8081),
# CLUSTER_NODE2_PORT (8082), CLUSTER_STATS_PORT (HAProxy's statistics page, 8404),
# CLUSTER_REDIS_PORT (6390), CLUSTER_SEARCH_PORT (OpenSearch, 9210; CLUSTER_SEARCH=none leaves each
# node its own embedded index, as on a single node), CLUSTER_DIR (logs, pids and the nodes' data
# folders; .cluster), SKIP_BUILD=1 (use target/briefdesk-*.jar as it is), JAVA_OPTS (extra JVM options for the nodes).
# The JDK is the one JAVA_HOME names or, without it, a JDK 25 under /usr/lib/jvm.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

lb_port=${CLUSTER_PORT:-8080}
stats_port=${CLUSTER_STATS_PORT:-8404}
redis_port=${CLUSTER_REDIS_PORT:-6390}
search_port=${CLUSTER_SEARCH_PORT:-9210}
search=${CLUSTER_SEARCH:-opensearch}
database=${BRIEFDESK_CLUSTER_DB:-briefdesk_cluster}
db_user=${MARIADB_USER:-root}
db_password=${MARIADB_PASSWORD:-}
dir=${CLUSTER_DIR:-.cluster}
declare -A node_port=([node1]=${CLUSTER_NODE1_PORT:-8081} [node2]=${CLUSTER_NODE2_PORT:-8082})

usage() {
    sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

pid_of() {
    local file="$dir/$1.pid"
    [[ -f $file ]] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

running() {
    pid_of "$1" >/dev/null
}

ready() {
    curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1
}

need() {
    command -v "$1" >/dev/null || { echo "$1 is missing: apt-get install $2" >&2; exit 2; }
}

find_java() {
    if [[ -z "${JAVA_HOME:-}" ]]; then
        local candidate
        for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
            if [[ -x "$candidate/bin/java" ]]; then
                export JAVA_HOME=$candidate
                break
            fi
        done
    fi
    [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] \
        || { echo "Set JAVA_HOME to a JDK 21 or newer." >&2; exit 2; }
}

the_jar() {
    local jars=(target/briefdesk-*.jar)
    if [[ "${SKIP_BUILD:-}" != 1 && ! -f "${jars[0]}" ]]; then
        echo "Building the production jar (./mvnw -Pproduction -DskipTests package) ..." >&2
        ./mvnw -q -B -ntp -Pproduction -DskipTests package
        jars=(target/briefdesk-*.jar)
    fi
    [[ -f "${jars[0]}" ]] || { echo "No target/briefdesk-*.jar; build it with ./mvnw -Pproduction package." >&2; exit 2; }
    echo "${jars[0]}"
}

mariadb_cmd() {
    MYSQL_PWD=$db_password mariadb --host=127.0.0.1 --user="$db_user" "$@"
}

start_database() {
    if ! MYSQL_PWD=$db_password mariadb-admin --host=127.0.0.1 --user="$db_user" ping >/dev/null 2>&1; then
        echo "Starting MariaDB"
        start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
        for _ in $(seq 1 60); do
            MYSQL_PWD=$db_password mariadb-admin --host=127.0.0.1 --user="$db_user" ping >/dev/null 2>&1 && break
            sleep 1
        done
    fi
    mariadb_cmd -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

start_redis() {
    running redis && return 0
    [[ -f "$dir/redis.password" ]] || (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$dir/redis.password")
    # The password goes in through a configuration file so that it never shows in the process list.
    (umask 077 && printf 'port %s\nbind 127.0.0.1\nrequirepass %s\nsave ""\nappendonly no\n' \
        "$redis_port" "$(cat "$dir/redis.password")" >"$dir/redis.conf")
    redis-server "$dir/redis.conf" >"$dir/redis.log" 2>&1 &
    echo $! >"$dir/redis.pid"
    for _ in $(seq 1 50); do
        REDISCLI_AUTH=$(cat "$dir/redis.password") redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && return 0
        sleep 0.2
    done
    echo "Redis did not start; see $dir/redis.log" >&2
    exit 1
}

search_url() {
    [[ $search == none ]] || echo "http://127.0.0.1:$search_port"
}

opensearch() {
    OPENSEARCH_PORT=$search_port scripts/opensearch.sh "$@"
}

start_node() {
    local node=$1 jar=$2 port=${node_port[$1]}
    running "$node" && { echo "$node runs already"; return 0; }
    mkdir -p "$dir/$node"
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=demo \
    SERVER_PORT=$port \
    SERVER_ADDRESS=127.0.0.1 \
    SERVER_FORWARD_HEADERS_STRATEGY=native \
    SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$database" \
    SPRING_DATASOURCE_USERNAME=$db_user \
    SPRING_DATASOURCE_PASSWORD=$db_password \
    BRIEFDESK_DATA_DIR="$dir/$node" \
    BRIEFDESK_CLUSTER_REDIS_URL="redis://:$(cat "$dir/redis.password")@127.0.0.1:$redis_port" \
    BRIEFDESK_SEARCH_URL="$(search_url)" \
        "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$jar" >"$dir/$node.log" 2>&1 &
    echo $! >"$dir/$node.pid"
    echo "Starting $node on 127.0.0.1:$port (log: $dir/$node.log)"
    for _ in $(seq 1 180); do
        ready "$port" && { echo "$node is ready"; return 0; }
        running "$node" || { echo "$node stopped while starting; see $dir/$node.log" >&2; exit 1; }
        sleep 1
    done
    echo "$node was not ready within three minutes; see $dir/$node.log" >&2
    exit 1
}

start_haproxy() {
    running haproxy && return 0
    BRIEFDESK_LB_BIND="127.0.0.1:$lb_port" \
    BRIEFDESK_LB_STATS="127.0.0.1:$stats_port" \
    BRIEFDESK_NODE1="127.0.0.1:${node_port[node1]}" \
    BRIEFDESK_NODE2="127.0.0.1:${node_port[node2]}" \
        haproxy -db -f deploy/haproxy.cfg >"$dir/haproxy.log" 2>&1 &
    echo $! >"$dir/haproxy.pid"
    for _ in $(seq 1 50); do
        curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$lb_port/actuator/health" 2>/dev/null && return 0
        sleep 0.2
    done
    echo "HAProxy did not answer on port $lb_port; see $dir/haproxy.log" >&2
    exit 1
}

stop_one() {
    local name=$1 signal=${2:-TERM} pid
    if pid=$(pid_of "$name"); then
        kill "-$signal" "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$pid" 2>/dev/null || true
        echo "Stopped $name"
    fi
    rm -f "$dir/$name.pid"
}

check_node_name() {
    [[ -n "${node_port[${1:-}]+set}" ]] || { echo "Name a node: node1 or node2." >&2; exit 2; }
}

status() {
    local name
    for name in redis node1 node2 haproxy; do
        if running "$name"; then
            case $name in
                node1|node2) ready "${node_port[$name]}" && state="ready" || state="running, not ready" ;;
                *) state="running" ;;
            esac
            printf '%-8s %s (pid %s)\n' "$name" "$state" "$(pid_of "$name")"
        else
            printf '%-8s stopped\n' "$name"
        fi
    done
    if [[ $search != none ]]; then
        opensearch status >/dev/null 2>&1 && state="running ($(search_url))" || state="stopped"
        printf '%-8s %s\n' "search" "$state"
    fi
    running haproxy && echo "Briefdesk: http://127.0.0.1:$lb_port  (nodes and their sessions: http://127.0.0.1:$stats_port)"
    return 0
}

command=${1:-}
case $command in
    start)
        need haproxy haproxy
        need redis-server redis-server
        need mariadb mariadb-client
        need curl curl
        find_java
        mkdir -p "$dir"
        jar=$(the_jar)
        start_database
        start_redis
        [[ $search == none ]] || opensearch start
        # The first node migrates an empty database and adds the demo content; the second follows.
        start_node node1 "$jar"
        start_node node2 "$jar"
        start_haproxy
        echo
        status
        echo "Logs: $dir/node1.log, $dir/node2.log, $dir/haproxy.log, $dir/redis.log"
        ;;
    stop)
        for name in haproxy node1 node2 redis; do stop_one "$name"; done
        [[ $search == none ]] || opensearch stop
        ;;
    status)
        status
        ;;
    stop-node)
        check_node_name "${2:-}"
        stop_one "$2" KILL
        ;;
    start-node)
        check_node_name "${2:-}"
        find_java
        start_node "$2" "$(the_jar)"
        ;;
    *)
        usage
        ;;
esac
