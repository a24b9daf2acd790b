#!/usr/bin/env bash
# Fuzzes the front end (parse + check of one .gox file) with libFuzzer for SECONDS seconds.
#   tests/fuzz/run_fuzz.sh [SECONDS]       (default 60; the issue's acceptance run is 600)
# Configures and builds only the fuzz target in a clang build directory (GOXX_FUZZ_BUILD_DIR, default
# build-fuzz; reused across runs, so the corpus grown by one run seeds the next), then runs it on the
# seeds: every .gox of samples/, tests/run/, tests/errors/ and tests/parse/valid/.
# Exits non-zero on any finding (crash, hang over 10 s, ASan report, leak, RSS over 2 GB); the input
# that caused it is saved as $BUILD_DIR/fuzz/artifacts/crash-*, timeout-*, leak-* or oom-*.
# Reproduce one with: $BUILD_DIR/bin/goxx_frontend_fuzzer ARTIFACT
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
dir=${GOXX_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${GOXX_FUZZ_JOBS:-2}

cmake -S . -B "$dir" -G Ninja -DGOXX_FUZZ=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$dir" -j "$jobs" --target goxx_frontend_fuzzer

work=$dir/fuzz
rm -rf "$work/seeds"
mkdir -p "$work/seeds" "$work/corpus" "$work/artifacts"
for seed_dir in samples tests/run tests/errors tests/parse/valid; do
  for f in "$seed_dir"/*.gox; do cp "$f" "$work/seeds/${seed_dir//\//_}_$(basename "$f")"; done
done

# The first corpus directory receives the inputs that found new coverage; the seeds stay read-only.
# -max_len: the seeds are under 2.5 KB; 4 KB leaves room to grow without making each run slow.
"$dir/bin/goxx_frontend_fuzzer" "$work/corpus" "$work/seeds" \
  -dict=tests/fuzz/gox.dict -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1
