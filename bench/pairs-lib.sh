# Shared by bench/jar-pairs.sh and bench/launcher-pairs.sh (sourced, not run): time one command as run by two builds,
# A and B, in alternating pairs (A B, B A, …) and summarise B over A. The caller sets `tool` (its name, for messages),
# `a`, `b`, `pairs`, `out` (a folder for the logs) and `cmd` (the command's arguments), and defines `launch_cmd WHO`,
# which sets the array `launched` to what runs build WHO (a jar or a tree); the command's arguments follow it.
#
# SHOW=REGEX prints, beside each run, the last line of its output that matches. RATE=REGEX (an extended regular
# expression with one group around a number, e.g. RATE='([0-9.]+) pages per CPU-second') also compares that number:
# per pair B's over A's and their median. Use it for a benchmark that runs for a fixed time (`bench extract`, `bench
# summarize`): their runs make different numbers of passes, so their process CPU totals count different amounts of
# work and only the benchmark's own rate compares like with like.

pairs_run() {  # label who run-number: prints "cpu wall rate" (a failed run ends the script: called in $(…) under set -e) and writes one line of the table to standard error
  local label=$1 who=$2 n=$3 data args=() load
  data=$(mktemp -d "$out/data.XXXXXX")
  rmdir "$data"  # commands that make a library want a folder that is not there yet or empty; none is simplest
  for arg in "${cmd[@]}"; do args+=("${arg//\{DATA\}/$data}"); done
  load=$(cut -d' ' -f1 /proc/loadavg)
  local launched=()
  launch_cmd "$who"
  if ! /usr/bin/time -o "$out/time-$n-$label" -f "%U %S %e" "${launched[@]}" "${args[@]}" > "$out/run-$n-$label.log" 2>&1; then
    echo "$tool: run $n ($label, $who) failed; its output: $out/run-$n-$label.log" >&2
    exit 1
  fi
  rm -rf "$data"
  local user sys wall cpu shown="" rate="-"
  read -r user sys wall < <(tail -1 "$out/time-$n-$label")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  [[ -n ${SHOW:-} ]] && shown=$(tr '\r' '\n' < "$out/run-$n-$label.log" | grep -E -- "$SHOW" | tail -1 || true)
  if [[ -n ${RATE:-} ]]; then
    # grep -o takes the leftmost-longest match, so the group holds the whole number (a leading ".*" in sed
    # would eat its first digits); the match alone is then reduced to its group.
    rate=$(tr '\r' '\n' < "$out/run-$n-$label.log" | grep -oE -- "$RATE" | tail -1 | sed -nE "s/^${RATE}\$/\\1/p")
    [[ $rate =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "$tool: run $n ($label) printed no rate matching RATE='$RATE'; its output: $out/run-$n-$label.log" >&2; exit 1; }
    [[ -z $shown ]] && shown="rate $rate"
  fi
  printf '%-4s %-2s load %-6s cpu %8s s  wall %8s s  %s\n' "$n" "$label" "$load" "$cpu" "$wall" "$shown" >&2
  echo "$cpu $wall $rate"
}

pairs_median() {  # what ("CPU" or "rate") and the ratios, one per argument: prints the sorted ratios, their median and how many are below 1
  local what=$1
  shift
  printf '%s\n' "$@" | sort -n | awk -v pairs="$#" -v what="$what" '
    { r[NR] = $1; if ($1 < 1) lower++ }
    END {
      m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
      printf "B/A %s per pair: ", what; for (i = 1; i <= NR; i++) printf "%s%s", r[i], (i < NR ? " " : "\n")
      printf "median B/A %s %.4f (%+.1f%%); B lower in %d of %d pairs\n", what, m, (m - 1) * 100, lower, pairs
    }'
}

pairs_main() {  # runs the pairs and prints the summary
  echo "A = $a" >&2
  echo "B = $b" >&2
  echo "command: ${cmd[*]}" >&2
  local i ra rb cpu_ratios=() rate_ratios=()
  for i in $(seq 1 "$pairs"); do
    if (( i % 2 == 1 )); then
      ra=$(pairs_run A "$a" "$i"); rb=$(pairs_run B "$b" "$i")
    else
      rb=$(pairs_run B "$b" "$i"); ra=$(pairs_run A "$a" "$i")
    fi
    read -r ca _ qa <<< "$ra"
    read -r cb _ qb <<< "$rb"
    cpu_ratios+=("$(awk -v x="$cb" -v y="$ca" 'BEGIN {printf "%.4f", x / y}')")
    [[ -n ${RATE:-} ]] && rate_ratios+=("$(awk -v x="$qb" -v y="$qa" 'BEGIN {printf "%.4f", x / y}')")
  done
  pairs_median CPU "${cpu_ratios[@]}"
  # a rate is higher when B is faster: "lower" then counts the pairs where B was slower
  [[ -n ${RATE:-} ]] && pairs_median rate "${rate_ratios[@]}"
  echo "logs: $out"
}
