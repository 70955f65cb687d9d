#!/usr/bin/env bash
# Fuzzes the Jazzer targets for longer than the normal test run does (docs/security.md,
# "Fuzzing"). Run it from anywhere:
#
#   scripts/fuzz.sh [MINUTES] [TARGETS]
#
# MINUTES is the time for each target (default 10); TARGETS a failsafe pattern (default all of
# them: *FuzzTest), e.g. MarkdownFuzzTest or 'ImportFuzzTest,ZipEntriesFuzzTest'. The targets run
# one after the other, each in a JVM of its own, so all three take three times MINUTES plus about
# a minute to start. Unlike the short run in `./mvnw verify`, the fuzzer here also gets coverage
# from the libraries the targets drive (flexmark, the OWASP sanitizer, jsoup, SnakeYAML); set
# JAZZER_INSTRUMENT to change that.
#
# A finding fails the run and is saved, with the stack trace in the output, as a crash-* file
# under src/test/resources/org/briefdesk/.../<Target>Inputs/<method>/, where every later test run
# replays it. Give it a name that says what it is, fix the code, and add a plain test beside the
# code's other tests. The corpus the fuzzer grows stays in .cifuzz-corpus/ (not committed) and
# makes the next run start where this one stopped.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

minutes=${1:-10}
targets=${2:-*FuzzTest}
if ! [[ $minutes =~ ^[0-9]+$ ]] || [[ $minutes -eq 0 ]]; then
    echo "Usage: scripts/fuzz.sh [MINUTES] [TARGETS]   (MINUTES a whole number above 0)" >&2
    exit 2
fi

java_home=
for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
    if [[ -x "$candidate/bin/java" ]]; then
        java_home=$candidate
        break
    fi
done
if [[ -z "$java_home" ]]; then
    echo "Fuzzing needs a JDK 25 under /usr/lib/jvm; none found." >&2
    exit 1
fi
export JAVA_HOME=$java_home
export PATH="$JAVA_HOME/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Read by Jazzer in each forked test JVM; they override @FuzzTest(maxDuration) and the default
# instrumentation (our own classes only).
export JAZZER_MAX_DURATION="${minutes}m"
export JAZZER_INSTRUMENT=${JAZZER_INSTRUMENT:-org.briefdesk.**,com.vladsch.flexmark.**,org.owasp.html.**,org.jsoup.**,org.yaml.snakeyaml.**}

# Surefire runs nothing (-Dtest=NONE); failsafe runs the chosen targets with JAZZER_FUZZ=1.
./mvnw -B -ntp verify \
    -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test="$targets" -Djazzer.fuzz=1 \
    -Dspotless.check.skip=true
