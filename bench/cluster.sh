#!/usr/bin/env bash
# Two traodoi nodes on one PostgreSQL behind nginx (round robin), all on loopback, for trying and measuring a
# cluster on one machine. docs/operations.md says how to run it for real.
#   bench/cluster.sh start    PostgreSQL on 15432, nodes on 18091 and 18092, nginx on http://127.0.0.1:18090
#   bench/cluster.sh stop
# Nodes share one data directory for uploaded files (on real machines: a shared file system) and the database;
# HTTP sessions are in the database, so any node serves any signed-in user.
# Needs: nginx (Debian package), a JDK 25, the packaged jar (built if missing), psql.
source "$(dirname "${BASH_SOURCE[0]}")/reliability/lib.sh"
CLUSTER=${CLUSTER:-/tmp/traodoi-cluster}
WORK=$CLUSTER
PG_PORT=15432 NGINX_PORT=18090 NODE_PORTS=(18091 18092)
PG_BIN=${PG_BIN:-$(dirname "$(ls -d /tmp/embedded-pg/PG-*/bin/pg_ctl 2>/dev/null | head -1)")}

# PostgreSQL refuses to run as root; as root it runs in a user namespace of its own, as the embedded one does
AS_USER=()
[[ $(id -u) == 0 ]] && AS_USER=(unshare -U)

start_postgres() {
  if [[ ! -x "$PG_BIN/pg_ctl" ]]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [[ -x "$PG_BIN/pg_ctl" ]] || { echo "no PostgreSQL binaries: run traodoi once (embedded) or apt-get install postgresql" >&2; exit 2; }
  if [[ ! -f "$CLUSTER/pg/PG_VERSION" ]]; then
    "${AS_USER[@]}" "$PG_BIN/initdb" -A trust -U postgres -E UTF8 --locale=C -D "$CLUSTER/pg" > "$CLUSTER/initdb.log"
  fi
  "${AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$CLUSTER/pg" -l "$CLUSTER/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=localhost -c max_connections=100" start > /dev/null
  psql -X -q -h localhost -p "$PG_PORT" -U postgres -d postgres -tc "SELECT 1 FROM pg_database WHERE datname='traodoi'" \
      | grep -q 1 || psql -X -q -h localhost -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE traodoi"
}

node_env=(TRAODOI_DB_URL="jdbc:postgresql://localhost:$PG_PORT/traodoi" TRAODOI_DB_USER=postgres TRAODOI_DB_PASSWORD=)

start_node() { # start_node 1|2
  local port=${NODE_PORTS[$(($1 - 1))]}
  start_app "node$1" "$port" "$CLUSTER/files" "${node_env[@]}"
  wait_up "$port" > /dev/null
}

start_nginx() {
  mkdir -p "$CLUSTER/nginx/logs"
  cat > "$CLUSTER/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $CLUSTER/nginx/nginx.pid;
error_log $CLUSTER/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $CLUSTER/nginx/logs/access.log;
  client_max_body_size 12m;
  upstream traodoi {
    server 127.0.0.1:${NODE_PORTS[0]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${NODE_PORTS[1]} max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://traodoi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
  nginx -p "$CLUSTER/nginx" -c "$CLUSTER/nginx/nginx.conf"
}

stop_cluster() {
  [[ -f "$CLUSTER/nginx/nginx.pid" ]] && kill "$(cat "$CLUSTER/nginx/nginx.pid")" 2>/dev/null || true
  for n in 1 2; do [[ -f "$CLUSTER/node$n.pid" ]] && stop_app "node$n"; done
  [[ -f "$CLUSTER/pg/postmaster.pid" ]] && "${AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$CLUSTER/pg" -m fast -w stop > /dev/null || true
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case ${1:-start} in
    start)
      mkdir -p "$CLUSTER/files"
      start_postgres
      start_node 1   # one after the other: the first migrates the schema and loads the demo data
      start_node 2
      start_nginx
      echo "traodoi cluster: http://127.0.0.1:$NGINX_PORT (nodes ${NODE_PORTS[*]}, PostgreSQL $PG_PORT, files in $CLUSTER)";;
    stop) stop_cluster; echo "stopped";;
    *) echo "usage: bench/cluster.sh start|stop" >&2; exit 2;;
  esac
fi
