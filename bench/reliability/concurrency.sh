#!/usr/bin/env bash
# 64 concurrent clients (wrk) on a delegation page, its API, a workshop page, the search and a public article:
# throughput, p50/p99 and every answer that is not 2xx (goal 0). Also run at 8 and 32 clients.
# usage: bench/reliability/concurrency.sh [SECONDS=20] [CLIENTS="8 32 64"]
# BASE=http://127.0.0.1:PORT DATA=... measures an already running traodoi instead of starting one.
source "$(dirname "$0")/lib.sh"
SECONDS_=${1:-20} CLIENTS=${2:-"8 32 64"}
if [[ -z "${BASE:-}" ]]; then
  PORT=18082 DATA="$WORK/data"; BASE="http://127.0.0.1:$PORT"
  start_app node "$PORT" "$DATA"; wait_up "$PORT" > /dev/null; STARTED=1
fi
demo_paths "$BASE" "$DATA"
HANOI=$(cookie "$BASE" demo.hanoi "$DEMO_PASSWORD")
HAIPHONG=$(cookie "$BASE" demo.haiphong "$DEMO_PASSWORD")
TOKEN=$($LOAD token "$BASE" demo.hanoi "$DEMO_PASSWORD")
for c in $CLIENTS; do
  wrk_line "delegation page" "$c" "$SECONDS_" "$BASE$DELEGATION" "Cookie: $HANOI"
  wrk_line "delegation API" "$c" "$SECONDS_" "$BASE$API_DELEGATION" "Authorization: Bearer $TOKEN"
  wrk_line "workshop page" "$c" "$SECONDS_" "$BASE$WORKSHOP" "Cookie: $HAIPHONG"
  wrk_line "search" "$c" "$SECONDS_" "$BASE$SEARCH" "Cookie: $HANOI"
  wrk_line "public article" "$c" "$SECONDS_" "$BASE$ARTICLE"
done
[[ -n "${STARTED:-}" ]] && stop_app node || true
