#!/usr/bin/env bash
# Overload test of the reader: a library served by `precis serve` (default limits, or SERVE_OPTS), reader
# pages (/articles/{id}) at the held rate, at twice it, then at a third of it (recovery), from a second
# JVM with the open-loop load generator (`precis bench http`, precis-lab); the server's GC pauses during the
# 2x step (from its -Xlog:gc log); and last, past the connection limit, what a new client and /health get
# while CONNECTIONS (2,200) idle connections are held open (bench/connections.py).
#
#   bench/overload.sh LIBRARY [RATE] [DURATION]     # RATE: the sustainable rate (default 300 req/s)
#
# Make LIBRARY with: precis bench corpus --bbc ../shared/data/bbc-news-summary --articles 300 --output C.jsonl
#                    precis ingest --data LIBRARY C.jsonl
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lib=${1:?usage: bench/overload.sh LIBRARY [RATE] [DURATION]}
rate=${2:-300}
secs=${3:-30}
port=${PORT:-7391}
cp="$here/precis-cli/target/precis.jar:$here/precis-lab/target/precis-lab.jar"
[[ -n ${PRECIS_CP:-} ]] && cp=$PRECIS_CP
ids="1-${IDS:-300}"
gclog=/tmp/precis-overload-gc.log
java -Xmx512m -Xlog:gc:file=$gclog:uptime ${SERVER_JAVA_OPTS:-} -cp "$cp" dev.precis.cli.PrecisCli serve --data "$lib" --port "$port" ${SERVE_OPTS:-} \
  > /tmp/precis-overload-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
load() {  # rate duration warmup
  java -cp "$cp" dev.precis.cli.PrecisCli bench http --url "http://127.0.0.1:$port" --path '/articles/{id}' --ids "$ids" \
    --rate "$1" --duration "$2" --warmup "$3" --connections 600 --timeout-ms 10000 --pid "$server"
}
echo "== priming (not recorded)"; load $((rate / 3)) 20 0 >/dev/null; load "$rate" 20 0 >/dev/null
echo "== held rate: $rate req/s"; load "$rate" "$secs" 5
pauses() {  # GC pauses logged since line $1 of the GC log: count, p99 and max in ms
  tail -n +"$1" "$gclog" | grep Pause | grep -o '[0-9.]*ms$' | tr -d ms | sort -n \
    | awk '{a[NR]=$1} END {i=int(NR*0.99); if (i<NR*0.99) i++; if (NR) printf "  server GC pauses in this step: %d, p99 %.1f ms, max %.1f ms\n", NR, a[i], a[NR]}'
}
echo "== twice the rate: $((2 * rate)) req/s"; from=$(wc -l < "$gclog"); load $((2 * rate)) "$secs" 5; pauses $((from + 1))
echo "== recovery: $((rate / 3)) req/s"; load $((rate / 3)) "$secs" 0
echo "== connection limit: ${CONNECTIONS:-2200} idle connections held open"; python3 "$here/bench/connections.py" "$port" "${CONNECTIONS:-2200}"
