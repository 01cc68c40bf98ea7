#!/usr/bin/env bash
# The public article page under wrk, for one packaged jar, on a fresh data directory with the demo data (issue 17):
# seed 000's article on Hồ Chí Minh City's portal, after a warm-up, at -c8 and -c64. Run it for two jars one after the
# other to compare them side by side (before/after), on the same machine.
# usage: bench/public-article.sh <jar> <label> [port]
set -u
JAR=$1 LABEL=$2 PORT=${3:-18111}
DIR=$(mktemp -d -t "traodoi-bench-$LABEL-XXXX")
TRAODOI_DATA_DIR=$DIR/data SERVER_PORT=$PORT TRAODOI_ADMIN_PASSWORD='Mat khau quan tri 2026' TRAODOI_DEMO_ENABLED=true \
  TRAODOI_DEMO_PASSWORD='Mat khau mau 2026 de thu' java -jar "$JAR" > "$DIR/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w "%{http_code}" "http://localhost:$PORT/tin/ubnd-tp-hcm" 2>/dev/null | grep -q 200 && break
  sleep 1
done
ARTICLE=$(curl -s "http://localhost:$PORT/tin/ubnd-tp-hcm" | grep -o 'href="/tin/ubnd-tp-hcm/[^"]*"' \
  | grep -v '/muc/\|rss\|sitemap' | head -1 | sed 's/href="//; s/"$//')
echo "$LABEL: $ARTICLE"
wrk -t2 -c8 -d8s "http://localhost:$PORT$ARTICLE" > /dev/null 2>&1
for c in 8 64; do
  echo "== $LABEL -c$c"
  wrk -t2 -c"$c" -d10s --latency "http://localhost:$PORT$ARTICLE" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done
kill "$PID"
wait "$PID" 2>/dev/null
rm -rf "$DIR"
