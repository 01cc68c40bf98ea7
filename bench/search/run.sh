#!/usr/bin/env bash
# The search index at scale: the packaged app with demo data on an embedded PostgreSQL in a temporary folder, COUNT
# search documents generated from its reference data (bench/search/GenerateSearchDocuments.java) loaded beside the
# seeds' own, and the search before the index given comparable data (DELEGATIONS delegations with their stops,
# topics, members and sessions, bench/generate-delegations.sql). Then 20 fixed queries as an organization that sees a
# share of it (Hồ Chí Minh City's People's Committee): through the search service's statements, as ILIKE '%…%' scans
# over the same texts, and as the previous search, in one run (bench/search/MeasureSearch.java); and through
# /api/v1/search end to end. Usage: bench/search/run.sh [COUNT] (1000000 by default); DELEGATIONS=n (100000).
source "$(dirname "$0")/../reliability/lib.sh"
COUNT=${1:-1000000}
DELEGATIONS=${DELEGATIONS:-100000}
RUNS=${RUNS:-10}
SCAN_RUNS=${SCAN_RUNS:-3}
PORT=${PORT:-18096}
DATA=$WORK/data

need_jar
start_app search "$PORT" "$DATA"
trap 'stop_app search' EXIT
echo "started in $(wait_up "$PORT") s; load average $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
BASE=http://127.0.0.1:$PORT
PGPORT=$(pg_port "$DATA")
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -d traodoi)
ORG=$(sql "$DATA" "SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'")

# The reference data the documents are made of.
"${PSQL[@]}" -c "\copy (SELECT id, unit_set, full_name_vi, successor_id FROM administrative_units ORDER BY id) TO '$WORK/units.tsv'"
"${PSQL[@]}" -c "\copy (SELECT id, name, unit_id FROM organizations WHERE kind <> 'HE_THONG' ORDER BY id) TO '$WORK/organizations.tsv'"
start=$(date +%s.%N)
"$JAVA" "$ROOT/bench/search/GenerateSearchDocuments.java" "$WORK/documents.tsv" "$COUNT" "$WORK/units.tsv" \
    "$WORK/organizations.tsv"
echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s ($(du -h "$WORK/documents.tsv" | cut -f1))"

# Loaded without the secondary indexes, which are then built as the migration defines them.
"${PSQL[@]}" -At -c "SELECT indexdef || ';' FROM pg_indexes WHERE tablename = 'search_documents'
                     AND indexname <> 'search_documents_pkey'" > "$WORK/indexes.sql"
"${PSQL[@]}" -c "SELECT 'DROP INDEX ' || string_agg(indexname, ', ') FROM pg_indexes
                 WHERE tablename = 'search_documents' AND indexname <> 'search_documents_pkey'" -At | "${PSQL[@]}"
start=$(date +%s.%N)
"${PSQL[@]}" -c "\copy search_documents (kind, record_id, owner_id, audience, public_from, title, context, body, symbols,
    names, places, units_then, units_now, date_from, date_to, link, public_link) FROM '$WORK/documents.tsv'"
loaded=$(date +%s.%N)
"${PSQL[@]}" -f "$WORK/indexes.sql"
"${PSQL[@]}" -c "VACUUM ANALYZE search_documents"
echo "loaded in $(echo "$loaded - $start" | bc) s, indexed and analyzed in $(echo "$(date +%s.%N) - $loaded" | bc) s"
"${PSQL[@]}" -At -c "SELECT 'table ' || pg_size_pretty(pg_table_size('search_documents')) || ', indexes '
                     || pg_size_pretty(pg_indexes_size('search_documents'))"
"${PSQL[@]}" -At -c "SELECT indexrelid::regclass || ' ' || pg_size_pretty(pg_relation_size(indexrelid))
                     FROM pg_index WHERE indrelid = 'search_documents'::regclass ORDER BY 1"

# Comparable data for the search before the index: delegations organized by ORG or hosted by it, in its own tables.
start=$(date +%s.%N)
"${PSQL[@]}" -v n="$DELEGATIONS" -v org="$ORG" -f "$ROOT/bench/generate-delegations.sql" > /dev/null
echo "$DELEGATIONS delegations for the previous search generated in $(echo "$(date +%s.%N) - $start" | bc) s"

# The app's own classes and libraries, so that the bench runs the service's statements as they are.
APP=$WORK/app
mkdir -p "$APP" && (cd "$APP" && "$(dirname "$JAVA")/jar" xf "$JAR")
echo "load average before measuring $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$ROOT" && "$JAVA" -cp "$APP/BOOT-INF/classes:$APP/BOOT-INF/lib/*" bench/search/MeasureSearch.java \
    "jdbc:postgresql://localhost:$PGPORT/traodoi" "$ORG" "$RUNS" "$SCAN_RUNS")

# End to end through the API (the page's JSON), signed in as Hồ Chí Minh City's demo user: each query twice to warm,
# then five times.
COOKIE=$(cookie "$BASE" demo.ubnd.hcm "$DEMO_PASSWORD")
times=$WORK/api-times.txt
: > "$times"
while IFS= read -r q; do
  for i in 1 2 3 4 5 6 7; do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $COOKIE" -G --data-urlencode "q=$q" "$BASE/api/v1/search")
    (( i > 2 )) && echo "$t" >> "$times"
  done
done < "$ROOT/bench/search/queries.txt"
sort -n "$times" | awk '{a[NR] = $1} END {printf "API /api/v1/search end to end: p50 %.1f ms, p95 %.1f ms (%d requests)\n",
    a[int(NR * 0.5 + 0.5)] * 1000, a[int(NR * 0.95 + 0.5)] * 1000, NR}'
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
