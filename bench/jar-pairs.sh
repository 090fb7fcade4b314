#!/usr/bin/env bash
# Two builds of Precis timed against each other on a shared host: the same command run by jar A and jar B in
# alternating pairs (A B, B A, A B, …, so a load that rises or falls through the session is spread over both), each
# run's process CPU (user + sys) and wall time, and per pair B's CPU over A's. CPU decides, not wall: on a shared
# host the wall time measures the neighbours. A difference of a few percent needs several pairs: one jar's runs of
# `bench extract --aeb` alone spread by ±8% on this 2-core machine, so read the median ratio and how many pairs agree.
#
#   bench/jar-pairs.sh A.jar B.jar PAIRS -- PRECIS-ARGS…
#
# In PRECIS-ARGS, {DATA} is replaced by a fresh empty folder for each run (removed afterwards), for commands that
# build a library. JAVA_OPTS (default: -Xmx3g --enable-native-access=ALL-UNNAMED) is passed to every run; the
# command's own output goes to OUT_DIR/run-N-A|B.log (OUT_DIR default: a new folder under /tmp); SHOW=REGEX also
# prints, beside each run, the last line of its output that matches (e.g. SHOW='per CPU' for the command's own rate).
# MAIN_CLASS=NAME runs that class from each jar (java -cp JAR NAME ARGS…) instead of the jar's `precis` command.
# Example: bench/jar-pairs.sh /tmp/main.jar precis-cli/target/precis.jar 4 -- bench extract --aeb ../shared/data/article-extraction-benchmark
set -euo pipefail
usage="usage: bench/jar-pairs.sh A.jar B.jar PAIRS -- PRECIS-ARGS…"
[[ $# -ge 5 && $4 == "--" ]] || { echo "$usage" >&2; exit 2; }
a=$1 b=$2 pairs=$3
shift 4
for jar in "$a" "$b"; do
  [[ -f $jar ]] || { echo "jar-pairs: $jar: no such jar" >&2; exit 2; }
done
[[ $pairs =~ ^[1-9][0-9]*$ ]] || { echo "jar-pairs: PAIRS must be a whole number of at least 1, not '$pairs'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "jar-pairs: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx3g --enable-native-access=ALL-UNNAMED}"
out=${OUT_DIR:-$(mktemp -d /tmp/jar-pairs.XXXXXX)}
mkdir -p "$out"

run() {  # label jar run-number: prints "cpu wall" (a failed run ends the script: run in $(…) under set -e) and writes one line of the table to standard error
  local label=$1 jar=$2 n=$3 data args=() load
  data=$(mktemp -d "$out/data.XXXXXX")
  rmdir "$data"  # commands that make a library want a folder that is not there yet or empty; none is simplest
  for arg in "${cmd[@]}"; do args+=("${arg//\{DATA\}/$data}"); done
  load=$(cut -d' ' -f1 /proc/loadavg)
  local launch=(-jar "$jar")
  [[ -n ${MAIN_CLASS:-} ]] && launch=(-cp "$jar" "$MAIN_CLASS")
  if ! /usr/bin/time -o "$out/time-$n-$label" -f "%U %S %e" java "${java_opts[@]}" "${launch[@]}" "${args[@]}" \
      > "$out/run-$n-$label.log" 2>&1; then
    echo "jar-pairs: run $n ($label, $jar) failed; its output: $out/run-$n-$label.log" >&2
    exit 1
  fi
  rm -rf "$data"
  read -r user sys wall < <(tail -1 "$out/time-$n-$label")
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  local shown=""
  [[ -n ${SHOW:-} ]] && shown=$(tr '\r' '\n' < "$out/run-$n-$label.log" | grep -E -- "$SHOW" | tail -1 || true)
  printf '%-4s %-2s load %-6s cpu %8s s  wall %8s s  %s\n' "$n" "$label" "$load" "$cpu" "$wall" "$shown" >&2
  echo "$cpu $wall"
}

cmd=("$@")
echo "A = $a" >&2
echo "B = $b" >&2
echo "command: ${cmd[*]}" >&2
ratios=()
for i in $(seq 1 "$pairs"); do
  if (( i % 2 == 1 )); then
    ra=$(run A "$a" "$i"); rb=$(run B "$b" "$i")
  else
    rb=$(run B "$b" "$i"); ra=$(run A "$a" "$i")
  fi
  ca=${ra%% *} cb=${rb%% *}
  ratios+=("$(awk -v x="$cb" -v y="$ca" 'BEGIN {printf "%.4f", x / y}')")
done
printf '%s\n' "${ratios[@]}" | sort -n | awk -v pairs="$pairs" '
  { r[NR] = $1; if ($1 < 1) lower++ }
  END {
    m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "B/A CPU per pair: "; for (i = 1; i <= NR; i++) printf "%s%s", r[i], (i < NR ? " " : "\n")
    printf "median B/A %.4f (%+.1f%%); B lower in %d of %d pairs\n", m, (m - 1) * 100, lower, pairs
  }'
echo "logs: $out"
