#!/usr/bin/env bash
# Foundation benchmarks: start-to-ready time, idle resident memory, and the latency of
# GET /api/v1/participants and of the participants page at ~500 requests/s (wrk, loopback).
# Usage: bench/foundation/run.sh [seconds per wrk run, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
port=18080
password=bench-admin-password
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f target/reassure.jar ] || mvn -q -B package -DskipTests

start=$(date +%s%N)
REASSURE_ADMIN_PASSWORD=$password java -jar target/reassure.jar serve --server.port=$port --reassure.data-dir="$work" >"$work/console.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.05; done
ready=$(date +%s%N)
echo "start to ready, first start (schema + data set load): $(( (ready - start) / 1000000 )) ms"
kill "$pid"; wait "$pid" 2>/dev/null || true

start=$(date +%s%N)
REASSURE_ADMIN_PASSWORD=$password java -jar target/reassure.jar serve --server.port=$port --reassure.data-dir="$work" >"$work/console.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.05; done
ready=$(date +%s%N)
echo "start to ready, warm data dir: $(( (ready - start) / 1000000 )) ms"
sleep 10
echo "idle resident memory after 10 s: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"

token=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://127.0.0.1:$port/api/v1/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
session="$work/cookies"
csrf=$(curl -sf -c "$session" "http://127.0.0.1:$port/login" | sed -nE 's/.*name="_csrf" type="hidden" value="([^"]+)".*/\1/p; s/.*name="_csrf" value="([^"]+)".*/\1/p' | head -n1)
curl -sf -b "$session" -c "$session" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/login"
cookie=$(awk '$6 == "JSESSIONID" {print $7}' "$session")

echo "warm-up"
wrk -t2 -c10 -d10s -s bench/foundation/paced.lua "http://127.0.0.1:$port/api/v1/participants" -- 18 "Authorization: Bearer $token" >/dev/null
echo "GET /api/v1/participants (API token), 10 connections paced at 18 ms, ${duration}s:"
wrk -t2 -c10 -d"${duration}s" -s bench/foundation/paced.lua "http://127.0.0.1:$port/api/v1/participants" -- 18 "Authorization: Bearer $token" | tail -n 5
echo "GET /participants (session), 10 connections paced at 18 ms, ${duration}s:"
wrk -t2 -c10 -d"${duration}s" -s bench/foundation/paced.lua "http://127.0.0.1:$port/participants" -- 18 "Cookie: JSESSIONID=$cookie" | tail -n 5
