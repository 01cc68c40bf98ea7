#!/usr/bin/env bash
# JMH: articles per second per core of the text library's extraction, beside a single regex pass (the baseline),
# in the same run; or DraftBenchmark: drafts split into sections per second beside normalizing their paragraphs.
# Usage: bench/run-jmh.sh [ExtractionBenchmark|DraftBenchmark] [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl text test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1); JAVA=${JAVA:-java}
"$JAVA" -cp "text/target/classes:text/target/test-classes:$(cat text/target/bench-classpath.txt)" \
    org.openjdk.jmh.Main "${1:-ExtractionBenchmark}" -f 1 -t 1 -wi 3 -w 2s -i 5 -r 3s "${@:2}"
