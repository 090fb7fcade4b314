#!/usr/bin/env bash
# Two launchers timed against each other on a shared host, as bench/jar-pairs.sh times two jars: the same
# command run by tree A's `precis` and tree B's `precis` in alternating pairs (A B, B A, …), each run's process CPU
# (user + sys of the launcher and the JVM it starts) and wall time, and per pair B's CPU over A's. For launcher
# changes (its JVM flags, its start-up archive), which a `java -jar` run does not see.
#
#   bench/launcher-pairs.sh TREE_A TREE_B PAIRS -- PRECIS-ARGS…
#
# A tree is a folder holding a `precis` launcher and its `precis-cli/target/precis.jar` (and `examples/`, which the
# launcher trains its archive on); a tree without sources is never rebuilt by its launcher, so a copy of a built
# jar in a folder of its own keeps its timing apart from a checkout that changes. Each tree's start-up archive is
# made before the first timed run (one untimed `precis --version`). {DATA} in PRECIS-ARGS is a fresh folder per
# run (removed afterwards). OUT_DIR (default: a new folder under /tmp) keeps each run's output; SHOW=REGEX prints
# the last matching line of it beside each run.
# Example: bench/launcher-pairs.sh /tmp/m /tmp/c 4 -- ingest --quiet --analyzed OUT/json --data {DATA}
set -euo pipefail
usage="usage: bench/launcher-pairs.sh TREE_A TREE_B PAIRS -- PRECIS-ARGS…"
[[ $# -ge 5 && $4 == "--" ]] || { echo "$usage" >&2; exit 2; }
a=$1 b=$2 pairs=$3
shift 4
for tree in "$a" "$b"; do
  [[ -x $tree/precis && -f $tree/precis-cli/target/precis.jar ]] \
    || { echo "launcher-pairs: $tree: no precis launcher with precis-cli/target/precis.jar" >&2; exit 2; }
done
[[ $pairs =~ ^[1-9][0-9]*$ ]] || { echo "launcher-pairs: PAIRS must be a whole number of at least 1, not '$pairs'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "launcher-pairs: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }
out=${OUT_DIR:-$(mktemp -d /tmp/launcher-pairs.XXXXXX)}
mkdir -p "$out"
for tree in "$a" "$b"; do
  "$tree/precis" --version > /dev/null  # makes the tree's start-up archive, untimed
done

run() {  # label tree run-number: prints "cpu wall" and writes one line of the table to standard error
  local label=$1 tree=$2 n=$3 data args=() load
  data=$(mktemp -d "$out/data.XXXXXX")
  rmdir "$data"
  for arg in "${cmd[@]}"; do args+=("${arg//\{DATA\}/$data}"); done
  load=$(cut -d' ' -f1 /proc/loadavg)
  if ! /usr/bin/time -o "$out/time-$n-$label" -f "%U %S %e" "$tree/precis" "${args[@]}" > "$out/run-$n-$label.log" 2>&1; then
    echo "launcher-pairs: run $n ($label, $tree) failed; its output: $out/run-$n-$label.log" >&2
    exit 1
  fi
  rm -rf "$data"
  read -r user sys wall < <(tail -1 "$out/time-$n-$label")
  local cpu shown=""
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  [[ -n ${SHOW:-} ]] && shown=$(tr '\r' '\n' < "$out/run-$n-$label.log" | grep -E -- "$SHOW" | tail -1 || true)
  printf '%-4s %-2s load %-6s cpu %8s s  wall %8s s  %s\n' "$n" "$label" "$load" "$cpu" "$wall" "$shown" >&2
  echo "$cpu $wall"
}

cmd=("$@")
echo "A = $a" >&2
echo "B = $b" >&2
echo "command: precis ${cmd[*]}" >&2
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
