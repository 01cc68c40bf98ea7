#!/usr/bin/env bash
# The cluster soak: signed-in users read and write through nginx while node 1 is killed (kill -9) and later
# started again. Prints failed requests, sessions that survived and acknowledged writes lost (goal 0 for each).
# usage: bench/reliability/cluster-soak.sh [SECONDS=120] [CLIENTS=16]
source "$(dirname "$0")/../cluster.sh"
SECONDS_=${1:-120} CLIENTS=${2:-16} BASE="http://127.0.0.1:$NGINX_PORT"
stop_cluster 2>/dev/null || true
rm -rf "$CLUSTER"; mkdir -p "$CLUSTER/files"
start_postgres; start_node 1; start_node 2; start_nginx
TOKEN=$($LOAD token "$BASE" demo.hanoi "$DEMO_PASSWORD")
DELEGATION="/delegations/$(psql -X -At -h localhost -p "$PG_PORT" -U postgres -d traodoi \
    -c "SELECT id FROM delegations WHERE demo_key = 'seed-000'")"
ACKED="$CLUSTER/acked"; : > "$ACKED"
$LOAD mix "$BASE" demo.hanoi "$DEMO_PASSWORD" "$TOKEN" "$SECONDS_" "$CLIENTS" "$ACKED" cluster \
    "$DELEGATION" /workshops /delegations/outgoing "/search?q=chinh+quyen" > "$CLUSTER/mix.out" 2>&1 &
MIX=$!
sleep $((SECONDS_ / 3)); kill9 node1; echo "node 1 killed at $((SECONDS_ / 3)) s"
sleep $((SECONDS_ / 4)); start_node 1; echo "node 1 back (healthy) at about $((SECONDS_ / 3 + SECONDS_ / 4)) s + start time"
wait "$MIX" || true
psql -X -At -h localhost -p "$PG_PORT" -U postgres -d traodoi -c "SELECT title FROM delegations WHERE title LIKE 'cluster-%'" \
    > "$CLUSTER/stored"
echo "cluster soak: $(cat "$CLUSTER/mix.out")"
echo "cluster soak writes: $($LOAD lost "$ACKED" "$CLUSTER/stored")"
echo "nginx answers 5xx: $(awk '$9 ~ /^5/' "$CLUSTER/nginx/logs/access.log" | wc -l) of $(wc -l < "$CLUSTER/nginx/logs/access.log")"
stop_cluster
