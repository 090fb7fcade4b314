#!/usr/bin/env bash
# Long fuzzing runs of the Jazzer targets with Jazzer's libFuzzer driver (a normal build only replays
# each target's seeds and kept crashes, in Jazzer's regression mode).
#
#   bench/fuzz.sh TARGET [SECONDS] [libFuzzer/Jazzer flags…]     TARGET: page | sources | readers | api | all
#
# Builds the module's test classpath offline, fuzzes the target for SECONDS (default 600; "all" gives
# each target SECONDS) with the seeds of src/test/resources/…/<Target>Inputs/fuzz/ and a working corpus
# in <module>/target/fuzz-corpus/, keeps going past findings (each is written to
# <module>/target/fuzz-findings/ and printed), and ends with libFuzzer's totals ("Done N runs in S
# second(s)", exec/s). A finding is fixed in the code and its input copied into the Inputs folder,
# so every build replays it from then on. Environment: FUZZ_TIMEOUT (seconds an input may take, 90 by
# default; use 900 on a busy machine, where instrumenting the classes during the first inputs takes
# minutes), FUZZ_INCLUDES (the packages instrumented for coverage), FUZZ_JAVA_OPTS. Jazzer's regex
# road-block hooks are off: they hook every step of every regular expression, and thread dumps of the
# extractor's run were all in them.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/fuzz.sh page|sources|readers|api|all [SECONDS] [flags…]}
secs=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
targets=$target
[[ $target == all ]] && targets="page sources readers api"

setup() {  # sets module, class, inc for target $1
  case $1 in
    page)    module=precis-extract;   class=dev.precis.extract.PageFuzzTest;         inc='dev.precis.**:org.jsoup.**' ;;
    sources) module=precis-ingest;    class=dev.precis.ingest.SourcesFuzzTest;       inc='dev.precis.**:com.rometools.**:com.fasterxml.jackson.**:org.jdom2.**' ;;
    readers) module=precis-batch-job; class=dev.precis.batch.InputReaderFuzzTest;    inc='dev.precis.**:org.netpreserve.**:com.fasterxml.jackson.**' ;;
    api)     module=precis-server;    class=dev.precis.server.api.ApiBodyFuzzTest;   inc='dev.precis.**:com.fasterxml.jackson.**' ;;
    *) echo "unknown target '$1': page, sources, readers, api or all" >&2; exit 2 ;;
  esac
}

# build first, then copy the classes the run needs to <module>/target/fuzz-run/, so a build during a
# long run (of this worktree) cannot pull class files from under the fuzzer
for t in $targets; do
  setup "$t"
  ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt -pl "$module" -am
  run=$module/target/fuzz-run
  rm -rf "$run" && mkdir -p "$run"
  cp -r "$module/target/test-classes" "$run/test-classes"
  cp="$run/test-classes"
  cp -r "$module/target/classes" "$run/$module" && cp="$cp:$run/$module"
  for e in $(tr ':' ' ' < "$module/target/fuzz-classpath.txt"); do
    if [[ $e == "$PWD"/*/target/classes ]]; then   # a sibling module of the reactor
      m=${e#"$PWD"/}; m=${m%%/*}
      cp -r "$e" "$run/$m" && cp="$cp:$run/$m"
    else
      cp="$cp:$e"
    fi
  done
  echo "$cp" > "$run/classpath"
done

for t in $targets; do
  setup "$t"
  seeds=$(find "$module/src/test/resources" -type d -path "*/${class##*.}Inputs/fuzz")
  corpus=$module/target/fuzz-corpus/$t
  findings=$module/target/fuzz-findings/$t
  mkdir -p "$corpus" "$findings"
  echo "fuzzing $class for ${secs}s (corpus $corpus, findings $findings)" >&2
  java -Xmx1g -Xss1m ${FUZZ_JAVA_OPTS:-} -cp "$(cat "$module/target/fuzz-run/classpath")" com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" --instrumentation_includes="${FUZZ_INCLUDES:-$inc}" --keep_going=100 \
    --disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
    -max_total_time="$secs" -timeout=${FUZZ_TIMEOUT:-90} -rss_limit_mb=3000 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$@" "$corpus" "$seeds" || echo "fuzzing $t ended with findings (exit $?)" >&2
done
