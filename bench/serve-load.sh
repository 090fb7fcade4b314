#!/usr/bin/env bash
# Load test of the reader's REST API (issue 6): a library of 10,000 articles, `precis serve` in one JVM,
# `precis bench http` in a second JVM sending GET /api/articles/{id}/summary?sentences=3 at a fixed rate
# (open loop, latency from each request's scheduled time), with the server's resident memory watched.
#
#   bench/serve-load.sh                  # corpus + ingest (first time only), serve, 10 s warm-up, 30 s at 500 req/s
#   RATE=800 DURATION=60 bench/serve-load.sh
#   PATH_UNDER_TEST=/health bench/serve-load.sh   # the generator's own floor, on a trivial endpoint
#
# Settings (environment): BBC (BBC News Summary folder), WORK (corpus and library, reused between runs),
# ARTICLES, RATE, DURATION, WARMUP, CONNECTIONS, PORT, TOKEN (sent as a bearer token and given to serve),
# PRIME (seconds of unrecorded load at a fifth and then at half the rate before the measured run, so the
# server's JIT has compiled the request path; default 30 each, 0 to skip), NICE (run server and client at this nice level,
# e.g. -10 on a machine shared with other jobs; default 0), SERVER_JAVA_OPTS (default -Xmx512m),
# CLIENT_JAVA_OPTS, FORMAT (text|json), REBUILD=1 (new corpus and library).
set -euo pipefail
cd "$(dirname "$0")/.."

BBC=${BBC:-../shared/data/bbc-news-summary}
WORK=${WORK:-/tmp/precis-load}
ARTICLES=${ARTICLES:-10000}
RATE=${RATE:-500}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-7070}
TOKEN=${TOKEN:-}
FORMAT=${FORMAT:-text}
PATH_UNDER_TEST=${PATH_UNDER_TEST:-'/api/articles/{id}/summary?sentences=3'}
PRIME=${PRIME:-30}
NICE=${NICE:-0}
# a bounded heap: the JVM's default (a quarter of RAM) lets the heap, and so the resident set, grow past
# 1 GB; the served 10,000-article library keeps about 320 MB live, so 384 MB thrashes and 512 MB fits
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx512m}
# the load generator shares the machine with the server: keep it small
CLIENT_JAVA_OPTS=${CLIENT_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:TieredStopAtLevel=1}
JAR=precis-cli/target/precis.jar
# the load generator and the synthetic corpus (bench http, bench corpus) are development tools in precis-lab,
# beside the product jar, never in it: `java -jar precis.jar bench http` refuses them
LAB=precis-lab/target/precis-lab.jar
CP="$JAR:$LAB"

log() { echo "serve-load: $*" >&2; }

if [[ ! -f $JAR || ! -f $LAB ]]; then
    log "building $JAR and $LAB"
    ./mvnw -q -B package -DskipTests -pl precis-cli,precis-lab -am
fi
if [[ ${REBUILD:-0} == 1 ]]; then
    rm -rf "$WORK"
fi
mkdir -p "$WORK"

# 1. the synthetic library: BBC originals + same-category recombinations, JSONL files under ingest's size limit
if [[ ! -f $WORK/corpus.done ]]; then
    rm -rf "$WORK/corpus" && mkdir -p "$WORK/corpus"
    java -cp "$CP" dev.precis.cli.PrecisCli bench corpus --bbc "$BBC" --articles "$ARTICLES" --per-file 2500 --output "$WORK/corpus/corpus.jsonl"
    touch "$WORK/corpus.done"
fi

# 2. ingest into a fresh library (minutes: full analysis, summaries, index, stories)
if [[ ! -f $WORK/library.done ]]; then
    rm -rf "$WORK/lib"
    log "ingesting $ARTICLES articles into $WORK/lib"
    java -jar "$JAR" ingest "$WORK/corpus" --source load --data "$WORK/lib" --quiet | tee "$WORK/ingest.txt"
    touch "$WORK/library.done"
fi
SIZE=$(sed -n 's/^library: \([0-9]*\) articles$/\1/p' "$WORK/ingest.txt" | tail -1)
if [[ -z $SIZE || $SIZE -lt 1 ]]; then
    log "cannot tell the library's size from $WORK/ingest.txt"; exit 1
fi
IDS=${IDS:-1-$SIZE}

# 3. the server, alone in its JVM, on loopback
SERVE_ARGS=(serve --data "$WORK/lib" --port "$PORT")
[[ -n $TOKEN ]] && SERVE_ARGS+=(--token "$TOKEN")
# shellcheck disable=SC2086
nice -n "$NICE" java $SERVER_JAVA_OPTS -jar "$JAR" "${SERVE_ARGS[@]}" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
stop_server() {
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
}
trap stop_server EXIT

for i in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        log "the server exited; its log:"; tail -20 "$WORK/server.log" >&2; exit 1
    fi
    [[ $i == 600 ]] && { log "no /health after 300 s"; exit 1; }
    sleep 0.5
done
log "server pid $SERVER_PID up after $((i / 2)) s on port $PORT with $SIZE articles; RSS before load: $(awk '/VmRSS/{print $2" "$3}' /proc/$SERVER_PID/status)"

# 4. the load, from a second JVM
bench() { # RATE DURATION WARMUP FORMAT
    local args=(bench http --url "http://127.0.0.1:$PORT" --path "$PATH_UNDER_TEST" --ids "$IDS" --rate "$1"
                --duration "$2" --warmup "$3" --connections "$CONNECTIONS" --pid "$SERVER_PID" --format "$4")
    [[ -n $TOKEN ]] && args+=(--token "$TOKEN")
    [[ $PATH_UNDER_TEST == /api/articles/*summary* ]] && args+=(--expect '"sentences"')
    log "java $CLIENT_JAVA_OPTS -cp $CP dev.precis.cli.PrecisCli ${args[*]}"
    # shellcheck disable=SC2086
    nice -n "$NICE" java $CLIENT_JAVA_OPTS -cp "$CP" dev.precis.cli.PrecisCli "${args[@]}"
}
if [[ $PRIME -gt 0 ]]; then
    for r in $(( RATE / 5 > 0 ? RATE / 5 : 1 )) $(( RATE / 2 > 0 ? RATE / 2 : 1 )); do
        log "priming the server (JIT): $PRIME s at $r req/s, not recorded"
        bench "$r" "$PRIME" 0 text | sed -n 's/^  \(sent\|latency\)/  prime: \1/p' >&2
    done
fi
bench "$RATE" "$DURATION" "$WARMUP" "$FORMAT"
