#!/usr/bin/env bash
# Mixed read/write soak: CLIENTS signed-in users read pages (delegation, workshop list, search, public article) and
# write one request in five through the API, for SECONDS; then every acknowledged write is looked for in PostgreSQL.
# usage: bench/reliability/soak.sh [SECONDS=300] [CLIENTS="8 32"]
source "$(dirname "$0")/lib.sh"
SECONDS_=${1:-300} CLIENTS=${2:-"8 32"} PORT=18083 DATA="$WORK/data" BASE="http://127.0.0.1:18083"
start_app node "$PORT" "$DATA"; wait_up "$PORT" > /dev/null
demo_paths "$BASE" "$DATA"
TOKEN=$($LOAD token "$BASE" demo.hanoi "$DEMO_PASSWORD")
for c in $CLIENTS; do
  ACKED="$WORK/acked-soak-$c"; : > "$ACKED"
  echo "soak: $($LOAD mix "$BASE" demo.hanoi "$DEMO_PASSWORD" "$TOKEN" "$SECONDS_" "$c" "$ACKED" "soak$c" \
      "$DELEGATION" /workshops "$SEARCH" "$ARTICLE" /delegations/outgoing)"
  stored_titles "$DATA" "soak$c" "$WORK/stored-soak-$c"
  echo "soak c=$c writes: $($LOAD lost "$ACKED" "$WORK/stored-soak-$c")"
done
echo "5xx in the log: $(grep -c ' 500 \|Internal Server Error' "$WORK/node.log" || true)"
stop_app node
