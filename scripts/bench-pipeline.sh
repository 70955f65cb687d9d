#!/usr/bin/env bash
# Markdown pipeline benchmark: the whole pipeline (citations, render, sanitize, quotation checks)
# against a plain flexmark render of the same generated briefings, 20 KB and 200 KB with 50 and
# 1,000 citations (docs/benchmarks.md, "Markdown pipeline"). No database. Run it from anywhere:
#
#   scripts/bench-pipeline.sh [JMH OPTIONS...]
#
# It takes a JDK 25 under /usr/lib/jvm, compiles the test classes and runs the JMH benchmark
# org.briefdesk.bench.PipelineBenchmark. Extra arguments go to JMH, e.g. `-f 1 -wi 2 -i 3` for a
# quick try, or `-p size=200000 -p citations=1000` for one case.
#
# Results: JMH's output and target/bench-results/ (jmh-pipeline.txt, jmh-pipeline.json).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh

bench_jdk
# 2 forks, 10 warm-up and 5 measured iterations of 1 s each, 1 thread (the benchmark's annotations),
# for each of the 8 combinations of benchmark, size and citations: about 4 minutes on 2 cores. The
# JIT needs the 10 warm-up seconds: with 4, the 200 KB pipeline was still getting faster when measured.
bench_run pipeline org.briefdesk.bench.PipelineBenchmark "-f 2 -wi 10 -w 1s -i 5 -r 1s -t 1" -- "$@"
