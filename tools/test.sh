#!/usr/bin/env bash
# Builds and runs every goxx test: the normal build (runtime, front end, driver, end-to-end programs),
# then the runtime suite again under ThreadSanitizer and AddressSanitizer, then a 60 s fuzzing run of
# the front end (tests/fuzz). Runs tools/setup.sh first, so it
# works on its own on a fresh Debian 12 machine. Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup.sh
jobs=$(nproc)
status=0
run_suite() { # name, build dir, extra cmake args...
  local name=$1 dir=$2; shift 2
  echo "=== $name"
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 600) || status=1
}
run_suite "normal build" build
# The sanitizer builds use clang: gcc 12's libtsan takes ~30 ms to create a fiber (one per goroutine),
# clang 14's 0.2 ms. They also give the runtime a clang -Wall -Wextra build.
run_suite "runtime under ThreadSanitizer (clang)" build-tsan -DGOXX_SANITIZE=thread \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
run_suite "runtime under AddressSanitizer (clang)" build-asan -DGOXX_SANITIZE=address \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
# The front end under libFuzzer and AddressSanitizer for 60 s (clang; its own build dir, reused across runs).
echo "=== front-end fuzzing (60 s)"
GOXX_FUZZ_BUILD_DIR=build-fuzz GOXX_FUZZ_JOBS=$jobs tests/fuzz/run_fuzz.sh 60 || status=1
exit $status
