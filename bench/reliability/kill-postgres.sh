#!/usr/bin/env bash
# kill -9 of the embedded PostgreSQL while writing: writes answered 201 missing afterwards (goal 0), and how long
# until traodoi is healthy again with no restart of the app (its watchdog starts PostgreSQL again).
# usage: bench/reliability/kill-postgres.sh [RUNS=3] [SECONDS_BEFORE_KILL=10]
source "$(dirname "$0")/lib.sh"
RUNS=${1:-3} BEFORE=${2:-10} PORT=18081 DATA="$WORK/data"
start_app node "$PORT" "$DATA"; wait_up "$PORT" > /dev/null
TOKEN=$($LOAD token "http://127.0.0.1:$PORT" demo.hanoi "$DEMO_PASSWORD")
for ((run = 1; run <= RUNS; run++)); do
  ACKED="$WORK/acked-pg-$run"; : > "$ACKED"
  $LOAD write "http://127.0.0.1:$PORT" "$TOKEN" $((BEFORE + 20)) 8 "$ACKED" "pg$run" > "$WORK/write-pg-$run.out" 2>&1 &
  WRITER=$!
  sleep "$BEFORE"
  old=$(postmaster_pid "$DATA")
  kill -9 "$old"
  killed=$(date +%s.%N)
  # health first has to notice; then wait until it is UP again
  for ((i = 0; i < 100; i++)); do
    curl -fs -m 2 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"' || break; sleep 0.1
  done
  wait_up "$PORT" 120 > /dev/null
  recovered=$(echo "$(date +%s.%N) - $killed" | bc)
  wait "$WRITER" || true
  stored_titles "$DATA" "pg$run" "$WORK/stored-pg-$run"
  echo "postgres kill run $run: $($LOAD lost "$ACKED" "$WORK/stored-pg-$run") healthy_again_after=${recovered}s" \
       "writer: $(grep -o 'requests=.*' "$WORK/write-pg-$run.out")"
done
stop_app node
