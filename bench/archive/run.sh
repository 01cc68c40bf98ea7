#!/usr/bin/env bash
# The archive import of COUNT synthetic articles (bench/archive/GenerateArchive.java) on the packaged app, embedded
# PostgreSQL in a temporary folder, demo data on: the upload's answer time, the wall time until every article is read,
# articles per second, and the JVM's resident memory and heap (after a full GC) before the upload and after the
# reading. Usage: bench/archive/run.sh [COUNT] (10000 by default); WORKERS=n sets TRAODOI_ARCHIVE_WORKERS.
source "$(dirname "$0")/../reliability/lib.sh"
COUNT=${1:-10000}
PORT=${PORT:-18095}
WORKERS=${WORKERS:-2}
DATA=$WORK/data
ZIP=$WORK/kho-$COUNT.zip
JCMD=$(dirname "$JAVA")/jcmd

"$JAVA" "$ROOT/bench/archive/GenerateArchive.java" "$ZIP" "$COUNT"
start_app archive "$PORT" "$DATA" TRAODOI_ARCHIVE_WORKERS="$WORKERS"
trap 'stop_app archive' EXIT
echo "started in $(wait_up "$PORT") s"
BASE=http://127.0.0.1:$PORT
PID=$(cat "$WORK/archive.pid")

# A personal API token of an organizer (demo.snv.hcm), made on "Tài khoản của tôi" as a user would.
COOKIE=$(cookie "$BASE" demo.snv.hcm "$DEMO_PASSWORD")
CSRF=$(curl -s -H "Cookie: $COOKIE" "$BASE/account" | grep -o 'name="_csrf" content="[^"]*"' | head -1 \
    | sed 's/.*content="//;s/"//')
TOKEN=$(curl -s -H "Cookie: $COOKIE" -H "X-CSRF-TOKEN: $CSRF" --data-urlencode "name=bench-archive" \
    "$BASE/account/tokens" | grep -o 'id="token-secret">td_[A-Za-z0-9_-]*' | sed 's/.*>//')
[[ -n "$TOKEN" ]] || { echo "no API token" >&2; exit 1; }

memory() { # resident set and heap used after a full GC, in MB
  "$JCMD" "$PID" GC.run > /dev/null
  local heap; heap=$("$JCMD" "$PID" GC.heap_info | grep -oP 'used \K[0-9]+(?=K)' | head -1)
  echo "RSS $(( $(ps -o rss= -p "$PID") / 1024 )) MB, heap used $(( heap / 1024 )) MB"
}
echo "before: $(memory); load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows this)"

start=$(date +%s.%N)
answer=$(curl -s -H "Authorization: Bearer $TOKEN" -F "file=@$ZIP;type=application/zip" "$BASE/api/v1/archives")
answered=$(date +%s.%N)
ID=$(grep -oP '"id":\K[0-9]+' <<<"$answer" | head -1)
[[ -n "$ID" ]] || { echo "upload refused: $answer" >&2; exit 1; }
echo "upload answered (202, $COUNT entries stored) in $(echo "$answered - $start" | bc) s"

peak=0
while :; do
  progress=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/archives/$ID")
  rss=$(( $(ps -o rss= -p "$PID") / 1024 )); (( rss > peak )) && peak=$rss
  grep -q '"status":"DONE"' <<<"$progress" && break
  sleep 0.5
done
done_at=$(date +%s.%N)
wall=$(echo "$done_at - $start" | bc)
echo "all read in $wall s: $(echo "scale=1; $COUNT / $wall" | bc) articles/s (workers: $WORKERS, cores: $(nproc))"
echo "counts: $(grep -oP '"counts":\{[^}]*\}' <<<"$progress")"
echo "peak RSS while reading: $peak MB"
echo "after: $(memory)"

# The review queue of that many entries: a page of 25 with the records each may duplicate, at the start, deep in the
# queue (keyset paging), filtered, across archives; and a page of the API. Each is asked twice, the second is shown
# (the first compiles the page's template).
first=$(sql "$DATA" "SELECT min(id) FROM archive_items WHERE archive_id = $ID")
deep=$((first + COUNT * 9 / 10))
for path in "/import/archives/$ID" "/import/archives/$ID?state=PROPOSED&after=$deep" \
    "/import/archives/$ID?state=PROPOSED&kind=STUDY" "/import/archives/review" "/import/archives/$ID/progress"; do
  curl -s -o /dev/null -H "Cookie: $COOKIE" -H 'HX-Request: true' "$BASE$path"
  printf 'page %-60s %s s\n' "$path" "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Cookie: $COOKIE" \
      -H 'HX-Request: true' "$BASE$path")"
done
printf 'api  %-60s %s s\n' "/api/v1/archives/$ID/items?state=PROPOSED&after=$deep" "$(curl -s -o /dev/null \
    -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/v1/archives/$ID/items?state=PROPOSED&after=$deep&limit=50")"
