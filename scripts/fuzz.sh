#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a bounded number of runs
# or time, side by side (one per core):
#
#   scripts/fuzz.sh --runs 100000     # what `make test` runs
#   scripts/fuzz.sh --seconds 600     # what `make fuzz` runs
#
# Targets: fuzz-front-matter (an article, then what the commands build from
# it), fuzz-registry (factions.yaml), fuzz-vocabulary (vocabulary.yaml,
# then an article using its types) and fuzz-import (a Mapping Militants,
# ACLED or UCDP export file imported, the corpus read back; seeds from
# Tests/Fixtures/import/). Seeds: samples/ and
# Tests/Fixtures/fuzz/<target>/; with --seconds, inputs the fuzzer finds
# interesting accumulate in .build-fuzz/corpus/<target>/ (worth copying into
# the fixtures when they reach new code). A crash leaves its input in
# .build-fuzz/artifacts/ and fails the run; replay it with a plain build:
# `swift build --product fuzz-front-matter && .build/debug/fuzz-front-matter FILE`.
#
# Why not `-sanitize=fuzzer`: its libFuzzer brings a `main`, which clashes
# with the one SwiftPM gives every Swift executable. So the same
# instrumentation is asked for by name, libFuzzer is linked without its
# main, and the target calls LLVMFuzzerRunDriver (Sources/FuzzSupport).
set -euo pipefail
cd "$(dirname "$0")/.."

# A short run (--runs) starts from the seeds alone, so that it takes the
# same time every time; a long one (--seconds) grows a corpus kept between
# runs.
limit=(-runs=100000)
corpora=smoke-corpus
case "${1:-}" in
  --runs) limit=(-runs="$2") ;;
  --seconds) limit=(-max_total_time="$2"); corpora=corpus ;;
  "") ;;
  *) echo "usage: $0 [--runs N | --seconds S]" >&2; exit 64 ;;
esac

swiftc_path=$(readlink -f "$(command -v swiftc)")
fuzzer_library=$(ls "$(dirname "$swiftc_path")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-*.a 2>/dev/null | head -n 1)
if [ -z "$fuzzer_library" ]; then
  echo "fuzz.sh: libclang_rt.fuzzer_no_main not found beside $swiftc_path" >&2
  exit 2
fi

scratch=.build-fuzz
flags=(-c release --scratch-path "$scratch"
  -Xswiftc -sanitize=address
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
  -Xswiftc -DFACTIONGRAPH_FUZZING
  -Xlinker "$fuzzer_library" -Xlinker -lstdc++)
targets=(fuzz-front-matter fuzz-registry fuzz-vocabulary fuzz-import)
for target in "${targets[@]}"; do
  swift build "${flags[@]}" --product "$target" 2>&1 | grep -v "Cannot export local symbol" || true
  test -x "$scratch/release/$target" || { echo "fuzz.sh: $target did not build" >&2; exit 2; }
done

mkdir -p "$scratch/artifacts"
pids=()
for target in "${targets[@]}"; do
  seeds="$scratch/seeds/$target"
  corpus="$scratch/$corpora/$target"
  rm -rf "$seeds"
  if [ "$corpora" = smoke-corpus ]; then rm -rf "$corpus"; fi
  mkdir -p "$seeds" "$corpus"
  case "$target" in
    fuzz-front-matter) cp samples/*.md "$seeds/" ;;
    fuzz-registry) cp samples/factions.yaml "$seeds/" ;;
    fuzz-vocabulary) cp Tests/Fixtures/fuzz/vocabulary/seed-*.yaml "$seeds/" ;;
    # An import input's first byte names its format (ImportFuzzEntryPoint).
    fuzz-import)
      { printf m; cat Tests/Fixtures/import/mmp/Militant-Group-Relationships.csv; } > "$seeds/seed-mmp.csv"
      { printf a; head -n 40 Tests/Fixtures/import/acled/syria-2019.csv; } > "$seeds/seed-acled.csv"
      { printf u; head -n 40 Tests/Fixtures/import/ucdp/ged-sample.csv; } > "$seeds/seed-ucdp.csv" ;;
  esac
  if [ -d "Tests/Fixtures/fuzz/${target#fuzz-}" ]; then cp "Tests/Fixtures/fuzz/${target#fuzz-}/"* "$seeds/"; fi
  dictionary=Tests/Fixtures/fuzz/yaml.dict
  # An import writes a small corpus per input: in memory when there is
  # /dev/shm (half the time of a disk here).
  scratch_tmp=${TMPDIR:-/tmp}
  if [ "$target" = fuzz-import ]; then
    dictionary=Tests/Fixtures/fuzz/csv.dict
    if [ -d /dev/shm ] && [ -w /dev/shm ]; then scratch_tmp=/dev/shm; fi
  fi
  # No allocation stack traces: Swift allocates a lot, and recording each
  # one's stack took a tenth of the time.
  TMPDIR=$scratch_tmp ASAN_OPTIONS=malloc_context_size=0:detect_leaks=0 \
  "$scratch/release/$target" "$corpus" "$seeds" "${limit[@]}" \
    -dict="$dictionary" -detect_leaks=0 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target-" > "$scratch/$target.log" 2>&1 &
  pids+=($!)
done

status=0
for index in "${!targets[@]}"; do
  target=${targets[$index]}
  if wait "${pids[$index]}"; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$target.log")
    seconds=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$scratch/$target.log")
    echo "$target: $runs runs, $seconds per second, no crash"
  else
    echo "$target: FAILED (see $scratch/$target.log and $scratch/artifacts/)" >&2
    grep -E "ERROR|Test unit written|SUMMARY" "$scratch/$target.log" >&2 || tail -n 20 "$scratch/$target.log" >&2
    status=1
  fi
done
exit $status
