#!/usr/bin/env bash
# Word and PDF of an edition (docs/benchmarks.md, "Word and PDF"): the time to write each for
# generated briefings of 20 KB and 200 KB with 50 and 1,000 citations. No database. Run it from
# anywhere:
#
#   scripts/bench-documents.sh [JMH OPTIONS...]
#
# It takes a JDK 25 under /usr/lib/jvm, compiles the test classes and runs the JMH benchmark
# org.briefdesk.publishing.EditionDocumentsBenchmark with -prof gc (bytes allocated per document).
# Needs Debian's fonts-dejavu-core, as Briefdesk does for PDF.
#
# Results: JMH's output and target/bench-results/ (jmh-documents.txt, jmh-documents.json).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/jmh-bench.sh
source scripts/lib/jmh-bench.sh

bench_jdk
# 1 fork, 5 warm-up and 5 measured iterations of 2 s each, 1 thread, for each of the 8 combinations
# of document, size and citations: about 3 minutes on 2 cores.
bench_run documents org.briefdesk.publishing.EditionDocumentsBenchmark "-f 1 -wi 5 -w 2s -i 5 -r 2s -t 1 -prof gc" -- "$@"
