#!/usr/bin/env bash
# Throughput and p99 of the delegation page and the public article at 8, 32 and 64 clients, for two builds in one
# run (each on fresh demo data, one after the other on the same machine).
# usage: bench/reliability/compare.sh BEFORE_JAR AFTER_JAR [SECONDS=15]
source "$(dirname "$0")/lib.sh"
BEFORE=$1 AFTER=$2 SECONDS_=${3:-15}
for build in before after; do
  [[ $build == before ]] && JAR=$BEFORE || JAR=$AFTER
  PORT=18084 DATA="$WORK/data-$build" BASE="http://127.0.0.1:18084"
  # the earlier build accepts any 12 characters; the policy of this one takes these
  start_app "$build" "$PORT" "$DATA"; wait_up "$PORT" > /dev/null
  demo_paths "$BASE" "$DATA"
  HANOI=$(cookie "$BASE" demo.hanoi "$DEMO_PASSWORD")
  for c in 8 32 64; do
    wrk_line "$build delegation page" "$c" "$SECONDS_" "$BASE$DELEGATION" "Cookie: $HANOI"
    wrk_line "$build public article" "$c" "$SECONDS_" "$BASE$ARTICLE"
  done
  stop_app "$build"
done
