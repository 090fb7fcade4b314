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

launch_cmd() {  # tree: sets `launched` to the command that runs this tree's launcher
  launched=("$1/precis")
}

tool=launcher-pairs
cmd=("$@")
source "$(dirname "${BASH_SOURCE[0]}")/pairs-lib.sh"
pairs_main
