#!/usr/bin/env bash
# Load test of the delegation pages with wrk on loopback, against a running traodoi with generated data.
# usage: bench/run-wrk.sh <base-url> <username> <password> <delegation-id> [seconds]
# PATHS="/tasks /" bench/run-wrk.sh … measures those paths instead of the delegation pages.
set -euo pipefail
BASE=$1 USERNAME=$2 PASSWORD=$3 ID=$4 SECONDS_=${5:-20}
JAR=$(mktemp)
curl -s -c "$JAR" -b "$JAR" "$BASE/login" > "$JAR.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$JAR.html" | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=$USERNAME&password=$PASSWORD&_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
for path in ${PATHS:-"/delegations/outgoing /delegations/$ID /actuator/health"}; do
  echo "== $path"
  wrk -t2 -c8 -d"${SECONDS_}s" -s "$(dirname "$0")/percentiles.lua" -H "Cookie: SESSION=$SESSION" "$BASE$path" | grep -E "Requests/sec|p95|Non-2xx"
done
