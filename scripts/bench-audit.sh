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
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh

bench_jdk
bench_database briefdesk_audit_bench
# 1 fork, 2 warm-up iterations of 5 s, 3 measured iterations of 5 s, 1 thread (the benchmark's
# annotations), unless the arguments say otherwise: 8 benchmarks, about 4 minutes after loading.
bench_run audit org.briefdesk.bench.AuditLogBenchmark "-f 1 -wi 2 -w 5s -i 3 -r 5s -t 1" -- "$@"
