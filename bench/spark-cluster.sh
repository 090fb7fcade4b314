#!/usr/bin/env bash
# A real standalone Spark cluster on 127.0.0.1 from the Maven-resolved Spark jars (no Spark download):
# one master and W worker JVMs (default 2, one core each), then the Precis job submitted to it in client
# mode; the cluster stops when the job ends.
#
#   bench/spark-cluster.sh [--workers W] [--cores C] [--pin] [--worker-memory 2g] [--event-log DIR] [--conf K=V …] --input PATH … --output DIR [job options]
#
# --pin binds worker i, and the executor JVMs it starts (they inherit it), to C CPUs of their own (taskset;
# worker 1 the first C, worker 2 the next C, …), as if each worker were a machine of C cores: without it an
# executor's JIT and GC threads spread over every core of this machine, and one 1-core worker already
# keeps two cores busy. The master and the driver are not pinned.
# --conf K=V passes a Spark setting to the submission (e.g. spark.executor.extraJavaOptions=…, which replaces the
# executors' JIT flags of spark-env.sh: repeat them in it to keep them).
# --event-log DIR keeps Spark's event log (stage and task times, CPU time per task and executor) in DIR.
# Prints the job's own summary line and the wall time of the submission. Ports: master 7077 (UI off),
# workers pick free ports. Logs: precis-batch-job/target/spark-cluster/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/precis-batch-job/src/main/sh/spark-env.sh"
workers=2
cores=1
pin=0
memory=2g
port="${SPARK_MASTER_PORT:-7077}"
args=()
conf=()
while [ $# -gt 0 ]; do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --cores) cores="$2"; shift 2 ;;
    --pin) pin=1; shift ;;
    --worker-memory) memory="$2"; shift 2 ;;
    --conf) conf+=(--conf "$2"); shift 2 ;;
    --event-log) mkdir -p "$2"; conf+=(--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf "spark.eventLog.dir=file://$(cd "$2" && pwd)"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
run="$here/precis-batch-job/target/spark-cluster"
rm -rf "$run"
mkdir -p "$run/home/jars"
# The worker builds each executor's command from SPARK_HOME/jars: a Spark home made of links to the
# Maven-resolved jars (RELEASE marks it as a binary distribution's layout).
IFS=: read -r -a cpjars <<< "$spark_cp"
for j in "${cpjars[@]}"; do ln -s "$j" "$run/home/jars/"; done
touch "$run/home/RELEASE"
export SPARK_HOME="$run/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_NO_DAEMONIZE=1
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
# shellcheck disable=SC2086
java $spark_opens -Xmx512m -cp "$spark_cp" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port 0 > "$run/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "I have been elected leader" "$run/master.log" && break; sleep 0.5; done
grep -q "I have been elected leader" "$run/master.log" || { echo "spark-cluster: the master did not start (see $run/master.log)" >&2; exit 1; }
for i in $(seq 1 "$workers"); do
  mkdir -p "$run/work-$i"
  on=()
  if [ "$pin" = 1 ]; then
    first=$(( (i - 1) * cores ))
    last=$(( first + cores - 1 ))
    [ "$last" -lt "$(nproc)" ] || { echo "spark-cluster: --pin needs $workers × $cores CPUs, this machine has $(nproc)" >&2; exit 2; }
    on=(taskset -c "$first-$last")
  fi
  # shellcheck disable=SC2086
  ${on[@]+"${on[@]}"} java $spark_opens -Xmx512m -cp "$spark_cp" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port 0 --work-dir "$run/work-$i" \
    "spark://127.0.0.1:$port" > "$run/worker-$i.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 60); do
  [ "$(grep -l "Successfully registered with master" "$run"/worker-*.log 2>/dev/null | wc -l)" -ge "$workers" ] && break
  sleep 0.5
done
echo "spark-cluster: master spark://127.0.0.1:$port, $workers worker(s) × $cores core(s), $memory each$([ "$pin" = 1 ] && echo ', pinned')" >&2
start=$(date +%s.%N)
# shellcheck disable=SC2086
java $spark_opens $jit_opts -Xmx1g -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
  --master "spark://127.0.0.1:$port" --deploy-mode client --class dev.precis.batch.BatchJob \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  --conf spark.log.level=WARN --conf spark.executor.memory="$memory" --conf spark.executor.cores="$cores" \
  --conf spark.executor.extraJavaOptions="$jit_opts" \
  ${conf[@]+"${conf[@]}"} "$jar" "${args[@]}"
end=$(date +%s.%N)
echo "spark-cluster: job wall time $(echo "$end - $start" | bc) s with $workers worker(s)" >&2
