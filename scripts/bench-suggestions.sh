#!/usr/bin/env bash
# Suggestions benchmark: turning an edit into word-level suggestions and finding them again in the
# text, on generated briefings of 20 KB and 200 KB with 5 and 50 changed words (docs/benchmarks.md,
# "Suggestions"). No database. Run it from anywhere:
#
#   scripts/bench-suggestions.sh [JMH OPTIONS...]
#
# Results: JMH's output and target/bench-results/ (jmh-suggestions.txt, jmh-suggestions.json).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh

bench_jdk
# 2 forks, 5 warm-up and 5 measured iterations of 1 s, 1 thread, for the 8 combinations: about 3 minutes.
bench_run suggestions org.briefdesk.bench.SuggestionBenchmark "-f 2 -wi 5 -w 1s -i 5 -r 1s -t 1" -- "$@"
