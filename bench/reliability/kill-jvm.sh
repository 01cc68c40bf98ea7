#!/usr/bin/env bash
# kill -9 of the JVM while writing: how many writes answered 201 are missing after the restart (goal 0).
# usage: bench/reliability/kill-jvm.sh [RUNS=3] [SECONDS_BEFORE_KILL=15]
# Starts traodoi from app/target on port 18080 with its data in a temporary folder; loopback only.
source "$(dirname "$0")/lib.sh"
RUNS=${1:-3} BEFORE=${2:-15} PORT=18080 DATA="$WORK/data"
start_app node "$PORT" "$DATA"; wait_up "$PORT" > /dev/null
TOKEN=$($LOAD token "http://127.0.0.1:$PORT" demo.hanoi "$DEMO_PASSWORD")
for ((run = 1; run <= RUNS; run++)); do
  ACKED="$WORK/acked-jvm-$run"; : > "$ACKED"
  $LOAD write "http://127.0.0.1:$PORT" "$TOKEN" $((BEFORE + 10)) 8 "$ACKED" "jvm$run" > "$WORK/write-$run.out" 2>&1 &
  WRITER=$!
  sleep "$BEFORE"
  kill9 node                                     # the JVM dies mid-write; its PostgreSQL keeps running
  wait "$WRITER" || true
  started=$(date +%s.%N)
  start_app node "$PORT" "$DATA"                 # the new start stops the orphaned postmaster first
  up=$(wait_up "$PORT")
  stored_titles "$DATA" "jvm$run" "$WORK/stored-jvm-$run"
  echo "jvm kill run $run: $($LOAD lost "$ACKED" "$WORK/stored-jvm-$run") back_up_in=${up}s"
done
stop_app node
