#!/usr/bin/env bash
# Sao lưu traodoi / Back up traodoi, while it runs.
#
#   ops/backup.sh [DATA_DIR] [OUT_DIR]
#       Physical backup of the embedded PostgreSQL (default DATA_DIR ./data, OUT_DIR ./backups/<time>):
#       PostgreSQL's low-level base backup (pg_backup_start / copy / pg_backup_stop), taken while traodoi runs,
#       plus the uploaded files of DATA_DIR. Needs psql (any version >= 12; Debian: postgresql-client) and tar.
#   ops/backup.sh --dump OUT_FILE
#       Logical backup (pg_dump -Fc) of the database named by TRAODOI_DB_URL / TRAODOI_DB_USER / TRAODOI_DB_PASSWORD,
#       for an external PostgreSQL; pg_dump must be of the server's major version or newer.
# Restore with ops/restore.sh. Bounded: a backup that takes longer than BACKUP_TIMEOUT seconds (default 3600) stops.
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

jdbc_parts() { # jdbc:postgresql://host:port/db -> host port db
  local rest=${1#jdbc:postgresql://}
  rest=${rest%%\?*}
  local hostport=${rest%%/*} db=${rest#*/}
  local host=${hostport%%:*} port=5432
  [[ $hostport == *:* ]] && port=${hostport##*:}
  printf '%s %s %s\n' "$host" "$port" "$db"
}

if [[ ${1:-} == --dump ]]; then
  out=${2:?"usage: ops/backup.sh --dump OUT_FILE"}
  : "${TRAODOI_DB_URL:?TRAODOI_DB_URL is not set}"
  read -r host port db < <(jdbc_parts "$TRAODOI_DB_URL")
  export PGPASSWORD=${TRAODOI_DB_PASSWORD:-}
  user=${TRAODOI_DB_USER:-$USER}
  server=$(psql -X -At -h "$host" -p "$port" -U "$user" -d "$db" -c 'SHOW server_version_num')
  client=$(pg_dump --version | grep -oE '[0-9]+' | head -1)
  if (( client < server / 10000 )); then
    say "pg_dump $client cannot dump PostgreSQL $((server / 10000)): install the client tools of the server's version."
    exit 2
  fi
  timeout "${BACKUP_TIMEOUT:-3600}" pg_dump -Fc -h "$host" -p "$port" -U "$user" -d "$db" -f "$out"
  say "Đã sao lưu / backed up: $out ($(du -h "$out" | cut -f1))"
  exit 0
fi

data=$(cd "${1:-./data}" && pwd)
out=${2:-./backups/$(date -u +%Y%m%dT%H%M%SZ)}
pg="$data/pg"
[[ -f "$pg/postmaster.pid" ]] || { say "traodoi is not running on $data (no $pg/postmaster.pid): stop-and-copy $data instead."; exit 2; }
port=$(sed -n 4p "$pg/postmaster.pid")
mkdir -p "$out"
out=$(cd "$out" && pwd)

# One session from start to stop (the non-exclusive low-level API); tar runs inside it through \!.
# pg_wal is copied after pg_backup_stop, so that it holds every WAL record from the start to the end of the backup.
timeout "${BACKUP_TIMEOUT:-3600}" psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d postgres <<SQL
SELECT pg_backup_start('traodoi ' || now(), true);
\! tar -C "$pg" --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./pg_wal --exclude=./epg-lock --exclude=./pg_replslot/* --exclude=./pg_stat_tmp/* -cf "$out/pg.tar" .
\pset format unaligned
\pset tuples_only on
\o $out/backup_label.raw
SELECT labelfile FROM pg_backup_stop(false);
\o
\! tar -C "$pg" -rf "$out/pg.tar" ./pg_wal
SQL
# psql ends its output with one newline more than the label has
printf '%s\n' "$(cat "$out/backup_label.raw")" > "$out/backup_label"
rm "$out/backup_label.raw"
tar -C "$out" -rf "$out/pg.tar" ./backup_label
rm "$out/backup_label"
gzip -1 "$out/pg.tar"

# Uploaded files (photos, drafts, evidence, news images): everything in DATA_DIR but the database and the lock.
tar -C "$data" --exclude=./pg --exclude=./traodoi.lock -czf "$out/files.tar.gz" .
say "Đã sao lưu / backed up: $out ($(du -sh "$out" | cut -f1))"
