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
# RATE=REGEX (one group around a number) compares that number of each run too, per pair and as a median: for a
# benchmark that runs a fixed time (`bench extract`, `bench summarize`), whose process CPU counts unequal work
# (bench/pairs-lib.sh says more).
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

launch_cmd() {  # jar: sets `launched` to the command that runs this jar (the command's arguments follow it)
  launched=(java "${java_opts[@]}" -jar "$1")
  [[ -n ${MAIN_CLASS:-} ]] && launched=(java "${java_opts[@]}" -cp "$1" "$MAIN_CLASS")
  return 0
}

tool=jar-pairs
cmd=("$@")
source "$(dirname "${BASH_SOURCE[0]}")/pairs-lib.sh"
pairs_main
