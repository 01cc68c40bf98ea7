# Shared by the reliability scripts: start and stop traodoi from its packaged jar on loopback, find its PostgreSQL.
# Sourced, not run. Every wait is bounded.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
JAR=${JAR:-$(ls "$ROOT"/app/target/traodoi-app-*.jar 2>/dev/null | grep -v original | head -1 || true)}
WORK=${WORK:-$(mktemp -d /tmp/traodoi-reliability.XXXXXX)}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-ben-vung-kiem-tra-2026-qt}
DEMO_PASSWORD=${DEMO_PASSWORD:-ben-vung-kiem-tra-2026-mau}
LOAD="$JAVA $ROOT/bench/reliability/Load.java"

need_jar() {
  if [[ -z "$JAR" || ! -f "$JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -ntp -q -pl app -am package -DskipTests)
    JAR=$(ls "$ROOT"/app/target/traodoi-app-*.jar | grep -v original | head -1)
  fi
}

# start_app NAME PORT DATA_DIR [ENV=VALUE ...]: starts traodoi in the background, PID in $WORK/NAME.pid
start_app() {
  local name=$1 port=$2 data=$3; shift 3
  need_jar
  env TRAODOI_DATA_DIR="$data" SERVER_PORT="$port" TRAODOI_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      TRAODOI_DEMO_ENABLED=true TRAODOI_DEMO_PASSWORD="$DEMO_PASSWORD" "$@" \
      "$JAVA" -Xmx1g -jar "$JAR" >> "$WORK/$name.log" 2>&1 &
  echo $! > "$WORK/$name.pid"
}

# wait_up PORT [SECONDS]: until /actuator/health says UP; prints the seconds waited
wait_up() {
  local port=$1 limit=${2:-180} start
  start=$(date +%s.%N)
  for ((i = 0; i < limit * 10; i++)); do
    if curl -fs -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "$(date +%s.%N) - $start" | bc
      return 0
    fi
    sleep 0.1
  done
  echo "traodoi on port $port did not come up in $limit s" >&2
  return 1
}

kill9() { kill -9 "$(cat "$WORK/$1.pid")" 2>/dev/null || true; wait "$(cat "$WORK/$1.pid")" 2>/dev/null || true; }
stop_app() { kill "$(cat "$WORK/$1.pid")" 2>/dev/null || true; wait "$(cat "$WORK/$1.pid")" 2>/dev/null || true; }

# pg_port DATA_DIR: the embedded PostgreSQL's port, from its postmaster.pid
pg_port() { sed -n 4p "$1/pg/postmaster.pid"; }
postmaster_pid() { head -1 "$1/pg/postmaster.pid"; }

# stored_titles DATA_DIR PREFIX OUT: titles of the delegations that PostgreSQL holds
stored_titles() {
  psql -X -At -h localhost -p "$(pg_port "$1")" -U postgres -d traodoi \
      -c "SELECT title FROM delegations WHERE title LIKE '$2-%'" > "$3"
}

stop_postgres() { # stops an embedded PostgreSQL that a killed JVM left behind
  local pid; pid=$(postmaster_pid "$1" 2>/dev/null || true)
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
}

# cookie BASE USER PASSWORD: signs in with curl and prints the session cookie (NAME=VALUE)
cookie() {
  local jar; jar=$(mktemp)
  curl -s -c "$jar" -b "$jar" "$1/login" > "$jar.html"
  local csrf; csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$jar.html" | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$2&password=$3&_csrf=$csrf" "$1/login"
  awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -1
  rm -f "$jar" "$jar.html"
}

# sql DATA_DIR QUERY: one value from the embedded database
sql() { psql -X -At -h localhost -p "$(pg_port "$1")" -U postgres -d traodoi -c "$2"; }

# demo_paths BASE DATA_DIR: sets DELEGATION, WORKSHOP, ARTICLE paths of the demo data
demo_paths() {
  DELEGATION="/delegations/$(sql "$2" "SELECT id FROM delegations WHERE demo_key = 'seed-000'")"
  API_DELEGATION="/api/v1/delegations/${DELEGATION##*/}"
  WORKSHOP="/workshops/$(sql "$2" "SELECT min(id) FROM workshops")"
  ARTICLE=$(curl -s "$1/tin/ubnd-tp-hcm" | grep -o 'href="/tin/ubnd-tp-hcm/[a-z0-9-]*"' | grep -v '/muc\|tim-kiem' \
      | head -1 | sed 's/href="//;s/"//')
  SEARCH="/search?q=chinh+quyen+do+thi"
}

# wrk_line LABEL CONNECTIONS SECONDS URL [HEADER]: one line with req/s, p50, p99 and the non-2xx count
wrk_line() {
  local label=$1 c=$2 s=$3 url=$4 header=${5:-X-Nothing: 1} out
  out=$(wrk -t2 -c"$c" -d"${s}s" --timeout 30s -s "$ROOT/bench/percentiles.lua" -H "$header" "$url" 2>&1)
  printf '%-28s c=%-3s %10s req/s  p50 %-9s p99 %-9s non-2xx %s errors %s\n' "$label" "$c" \
    "$(grep -oP 'Requests/sec:\s*\K[0-9.]+' <<<"$out")" \
    "$(grep -oP 'p50=\K[0-9.]+ms' <<<"$out" || echo '?')" "$(grep -oP 'p99=\K[0-9.]+ms' <<<"$out" || echo '?')" \
    "$(grep -oP 'Non-2xx or 3xx responses:\s*\K[0-9]+' <<<"$out" || echo 0)" \
    "$(grep -oP 'Socket errors:.*' <<<"$out" || echo 0)"
}
