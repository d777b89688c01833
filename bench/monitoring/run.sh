#!/usr/bin/env bash
# Monitoring ingest benchmarks (2-core machine; note its load average, printed first).
#  1. In-process, embedded SQLite: CoT and JSON reports parsed, validated, geo-tagged, durably committed (group
#     commit) and fused, fed by 2 producer threads; in the same run the same CoT bytes appended and fsynced by a bare
#     loop in the batch sizes the pipeline committed (the ceiling) and the ratio; then report-to-incident-visible
#     latency at a paced 20,000 reports/s.
#  2. End to end through the Cursor-on-Target TCP listener of a running platform, with the load generator: as fast as
#     it goes, then paced at 20,000 reports/s.
# Usage: bench/monitoring/run.sh [reports per in-process run, default 1000000, each format after 1000000 of warm-up (-Dbench.warm-up)] [seconds per TCP run, default 30]
# Kafka mode (not run here; in-JVM broker, two fusion members): java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.reassure.monitoring.kafka.KafkaPipelineBenchmark 500000 2 5000 30 4
set -euo pipefail
cd "$(dirname "$0")/../.."
reports=${1:-1000000}
duration=${2:-30}
port=18080
cot_port=18087
password=bench-admin-password
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=

mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "load average: $(cat /proc/loadavg)"
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.reassure.monitoring.PipelineBenchmark "$reports" 2 20000 30 \
  2>&1 | grep -Ev '^\s*$|WARN|Reassure: first start|user:|password:|shown once'

# The generator replays a day of fighting in seconds: see LoadGenerator.java for why fusion gets an hour of lateness.
REASSURE_ADMIN_PASSWORD=$password java -jar target/reassure.jar serve --server.port=$port --reassure.monitoring.cot.tcp-port=$cot_port \
  --reassure.monitoring.cot.max-connections-per-address=64 --reassure.monitoring.fusion.allowed-lateness=1h \
  --reassure.data-dir="$work" >"$work/console.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.2; done
echo "TCP, as fast as the generator goes, ${duration}s:"
java bench/monitoring/LoadGenerator.java --url "http://127.0.0.1:$port" --cot-port $cot_port --admin-password $password \
  --transport tcp --rate 0 --duration "$duration" --history 48 | tail -n 2
echo "TCP, paced at 20,000 reports/s, ${duration}s:"
java bench/monitoring/LoadGenerator.java --url "http://127.0.0.1:$port" --cot-port $cot_port --admin-password $password \
  --transport tcp --rate 20000 --duration "$duration" --seed 2 --history 20 | tail -n 2
