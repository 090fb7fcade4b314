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
# so every build replays it from then on. Jazzer's regex road-block hooks are off: they hook every
# step of every regular expression, and thread dumps of the extractor's run were all in them.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/fuzz.sh page|sources|readers|api|all [SECONDS] [flags…]}
secs=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
if [[ $target == all ]]; then
  for t in page sources readers api; do "$0" "$t" "$secs" "$@"; done
  exit 0
fi
case $target in
  page)    module=precis-extract;   class=dev.precis.extract.PageFuzzTest;         inc='dev.precis.**:org.jsoup.**' ;;
  sources) module=precis-ingest;    class=dev.precis.ingest.SourcesFuzzTest;       inc='dev.precis.**:com.rometools.**:com.fasterxml.jackson.**:org.jdom2.**' ;;
  readers) module=precis-batch-job; class=dev.precis.batch.InputReaderFuzzTest;    inc='dev.precis.**:org.netpreserve.**:com.fasterxml.jackson.**' ;;
  api)     module=precis-server;    class=dev.precis.server.api.ApiBodyFuzzTest;   inc='dev.precis.**:com.fasterxml.jackson.**' ;;
  *) echo "unknown target '$target': page, sources, readers, api or all" >&2; exit 2 ;;
esac
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt -pl "$module" -am
# sibling modules come from their target/classes folders, as in the reactor
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/fuzz-classpath.txt")"
for m in precis-*/; do cp="${cp//$HOME\/.m2\/repository\/dev\/precis\/${m%/}\/0.1.0-SNAPSHOT\/${m%/}-0.1.0-SNAPSHOT.jar/${m%/}/target/classes}"; done
seeds=$(find "$module/src/test/resources" -type d -path "*/${class##*.}Inputs/fuzz")
corpus=$module/target/fuzz-corpus/$target
findings=$module/target/fuzz-findings/$target
mkdir -p "$corpus" "$findings"
echo "fuzzing $class for ${secs}s (corpus $corpus, findings $findings)" >&2
exec java -Xmx1g -Xss1m ${FUZZ_JAVA_OPTS:-} -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class="$class" --instrumentation_includes="$inc" --keep_going=100 \
  --disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
  -max_total_time="$secs" -timeout=${FUZZ_TIMEOUT:-90} -rss_limit_mb=3000 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$findings/" "$@" "$corpus" "$seeds"
