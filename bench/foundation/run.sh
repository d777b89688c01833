#!/usr/bin/env bash
# Foundation benchmarks: start-to-ready time, idle resident memory, and the latency of
# GET /api/v1/participants and of the participants page at ~500 requests/s (wrk, loopback).
# Usage: bench/foundation/run.sh [seconds per wrk run, default 30]
#        bench/foundation/run.sh --start-only [warm starts, default 5]   (start times only: first start, then
#                                                                         warm starts, with their median and spread)
# The platform runs as the README says: the unpacked jar with its class data sharing archive and the application
# context processed ahead of time. PLAIN_JAR=1 runs
# `java -jar target/reassure.jar` instead; PORT (default 18080) moves the HTTP port, and the CoT port with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
start_only=false
if [ "${1:-}" = --start-only ]; then
  start_only=true
  shift
fi
duration=${1:-$($start_only && echo 5 || echo 30)}
port=${PORT:-18080}
if ! $start_only && ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package) for the latency runs" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
password=bench-admin-password
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

if [ "${PLAIN_JAR:-}" = 1 ]; then
  [ -f target/reassure.jar ] || mvn -q -B package -DskipTests
  launch=(java -jar target/reassure.jar)
else
  [ -f target/reassure/reassure.jsa ] || mvn -q -B package -DskipTests
  launch=(java -XX:SharedArchiveFile=target/reassure/reassure.jsa -Dspring.aot.enabled=true -jar target/reassure/reassure.jar)
fi

# Starts the platform and prints the time from process start to the readiness probe answering 200
# ("ready"), and to GET /api/v1/participants answering 200 after it ("answering", first request), and the CPU
# time the process had used when ready (all threads: less sensitive than wall time to other load on the machine).
start_platform() {
  local start ready answering cpu
  start=$(date +%s%N)
  REASSURE_ADMIN_PASSWORD=$password "${launch[@]}" serve --server.port="$port" \
    --reassure.monitoring.cot.tcp-port=$((port + 7)) --reassure.data-dir="$work/data" >"$work/console.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.02; done
  ready=$(date +%s%N)
  cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$pid/stat")
  until curl -sf -o /dev/null -u "admin:$password" "http://127.0.0.1:$port/api/v1/participants"; do sleep 0.02; done
  answering=$(date +%s%N)
  echo "start to ready, $1: $(( (ready - start) / 1000000 )) ms (answering: $(( (answering - start) / 1000000 )) ms, CPU time at ready: $cpu ms), load average $(cut -d' ' -f1 /proc/loadavg)"
}

stop_platform() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}

if $start_only; then
  start_platform "first start (schema + data set load)"
  stop_platform
  for run in $(seq 1 "$duration"); do
    start_platform "warm data dir, run $run" >"$work/line"
    stop_platform
    tee -a "$work/warm.txt" <"$work/line"
  done
  for field in ready answering cpu; do
    sed -E 's/.*: ([0-9]+) ms \(answering: ([0-9]+) ms, CPU time at ready: ([0-9]+) ms.*/\1 \2 \3/' "$work/warm.txt" |
      awk -v f="$field" '{ print (f == "ready" ? $1 : f == "answering" ? $2 : $3) }' |
      sort -n | awk -v f="$field" -v runs="$duration" '{ v[NR] = $1 }
        END { printf "warm data dir, %d runs, %s: median %d ms (min %d, max %d)\n", runs, f, v[int((NR + 1) / 2)], v[1], v[NR] }'
  done
  exit 0
fi

start_platform "first start (schema + data set load)"
stop_platform
start_platform "warm data dir"
sleep 10
echo "idle resident memory after 10 s: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"

token=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://127.0.0.1:$port/api/v1/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
session="$work/cookies"
csrf=$(curl -sf -c "$session" "http://127.0.0.1:$port/login" | sed -nE 's/.*name="_csrf" type="hidden" value="([^"]+)".*/\1/p; s/.*name="_csrf" value="([^"]+)".*/\1/p' | head -n1)
curl -sf -b "$session" -c "$session" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/login"
cookie=$(awk '$6 == "JSESSIONID" {print $7}' "$session")

# Both paths are warmed up (JIT-compiled) before either is measured: the figures are steady-state latencies.
echo "warm-up"
wrk -t2 -c10 -d10s -s bench/foundation/paced.lua "http://127.0.0.1:$port/api/v1/participants" -- 18 "Authorization: Bearer $token" >/dev/null
wrk -t2 -c10 -d10s -s bench/foundation/paced.lua "http://127.0.0.1:$port/participants" -- 18 "Cookie: JSESSIONID=$cookie" >/dev/null
echo "GET /api/v1/participants (API token), 10 connections paced at 18 ms, ${duration}s:"
wrk -t2 -c10 -d"${duration}s" -s bench/foundation/paced.lua "http://127.0.0.1:$port/api/v1/participants" -- 18 "Authorization: Bearer $token" | tail -n 5
echo "GET /participants (session), 10 connections paced at 18 ms, ${duration}s:"
wrk -t2 -c10 -d"${duration}s" -s bench/foundation/paced.lua "http://127.0.0.1:$port/participants" -- 18 "Cookie: JSESSIONID=$cookie" | tail -n 5
