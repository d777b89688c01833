#!/usr/bin/env bash
# Guarantees benchmark: the ratification overview page (GET /guarantees/ratification) with
# 60 participants and 2,000 commitments, at about 200 requests/s (wrk on loopback, paced).
# Usage: bench/guarantees/run.sh [seconds of the measured run, default 30] [extra serve options, e.g. --spring.datasource.url=...]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
shift || true
port=18082
password=bench-admin-password
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f target/reassure.jar ] || mvn -q -B package -DskipTests
REASSURE_ADMIN_PASSWORD=$password java -jar target/reassure.jar serve --server.port=$port --reassure.data-dir="$work" "$@" >"$work/console.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.1; done

start=$(date +%s)
token=$(python3 bench/guarantees/generate.py "http://127.0.0.1:$port" "$password" 60 2000)
echo "data: 60 participants, 2,000 commitments generated through the API in $(( $(date +%s) - start )) s"
url="http://127.0.0.1:$port/guarantees/ratification"
curl -sf -H "Authorization: Bearer $token" "$url" | grep -c '<tr' | xargs echo "overview table rows:"

echo "warm-up"
wrk -t2 -c20 -d15s -s bench/foundation/paced.lua "$url" -- 95 "Authorization: Bearer $token" >/dev/null
echo "GET /guarantees/ratification (API token), 20 connections paced at 95 ms (~200 requests/s), ${duration}s:"
wrk -t2 -c20 -d"${duration}s" --latency -s bench/foundation/paced.lua "$url" -- 95 "Authorization: Bearer $token"
