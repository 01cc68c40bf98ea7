#!/usr/bin/env bash
# Phục hồi traodoi / Restore traodoi.
#
#   ops/restore.sh BACKUP_DIR [DATA_DIR]
#       Restores a backup made by ops/backup.sh into DATA_DIR (default ./data) while traodoi is STOPPED.
#       The current DATA_DIR/pg and files are moved aside to DATA_DIR.before-restore-<time>, never deleted.
#       At its next start PostgreSQL replays the backup's WAL and traodoi runs on the restored data.
#   ops/restore.sh --dump DUMP_FILE
#       Restores a pg_dump file into the (empty or traodoi) database named by TRAODOI_DB_URL / _USER / _PASSWORD.
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

if [[ ${1:-} == --dump ]]; then
  dump=${2:?"usage: ops/restore.sh --dump DUMP_FILE"}
  : "${TRAODOI_DB_URL:?TRAODOI_DB_URL is not set}"
  rest=${TRAODOI_DB_URL#jdbc:postgresql://}; rest=${rest%%\?*}
  hostport=${rest%%/*}; db=${rest#*/}; host=${hostport%%:*}; port=5432
  [[ $hostport == *:* ]] && port=${hostport##*:}
  export PGPASSWORD=${TRAODOI_DB_PASSWORD:-}
  pg_restore --clean --if-exists --no-owner -h "$host" -p "$port" -U "${TRAODOI_DB_USER:-$USER}" -d "$db" "$dump"
  say "Đã phục hồi / restored $dump"
  exit 0
fi

backup=$(cd "${1:?usage: ops/restore.sh BACKUP_DIR [DATA_DIR]}" && pwd)
data=${2:-./data}
[[ -f "$backup/pg.tar.gz" ]] || { say "$backup has no pg.tar.gz: not a traodoi backup"; exit 2; }
mkdir -p "$data"
data=$(cd "$data" && pwd)
# traodoi holds DATA_DIR/traodoi.lock while it runs
if [[ -f "$data/traodoi.lock" ]] && ! flock -n "$data/traodoi.lock" true; then
  say "traodoi is running on $data: stop it first."
  exit 2
fi
if [[ -f "$data/pg/postmaster.pid" ]] && kill -0 "$(head -1 "$data/pg/postmaster.pid")" 2>/dev/null; then
  say "PostgreSQL is still running on $data/pg: stop it first."
  exit 2
fi
aside="$data.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
if [[ -n "$(ls -A "$data")" ]]; then
  mv "$data" "$aside"
  mkdir -p "$data"
  say "Dữ liệu cũ / previous data kept in $aside"
fi
mkdir -p "$data/pg"
tar -C "$data/pg" -xzf "$backup/pg.tar.gz"
mkdir -p "$data/pg/pg_replslot" "$data/pg/pg_stat_tmp"
chmod 700 "$data/pg"
[[ -f "$backup/files.tar.gz" ]] && tar -C "$data" -xzf "$backup/files.tar.gz"
say "Đã phục hồi / restored $backup into $data: start traodoi."
