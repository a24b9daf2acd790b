#!/usr/bin/env bash
# Compares the goxx runtime with Go 1.19 and Boost.Fiber on the eight workloads of bench/README.md.
#
# Builds bench-goxx and bench-boost (CMake, Release, in build-bench/) and bench-go (`go build`), then runs
# every workload RUNS times per implementation, interleaved (goxx, Go, Boost, goxx, Go, Boost, ...) so
# that drift in machine load hits all three alike, and prints one Markdown table of medians with the
# goxx/Go and goxx/Boost ratios and the goxx/Go target. Lower is better for every value (time, memory).
#
# Environment: RUNS (default 5), WORKLOADS (space-separated names to run, e.g. "spawn parked"; default
# all), IMPLS (e.g. "goxx go"; default "goxx go boost"), QUICK=1 (one run of each at reduced sizes: a smoke test, the numbers mean
# nothing), BUILD_DIR (default <repo>/build-bench), JOBS (default 2), TIMEOUT seconds per run (default
# 600), SKIP_BUILD=1 (reuse the binaries). Raw samples go to $BUILD_DIR/compare-samples.txt.
# Exits 1 if a run failed or computed a wrong result (each workload checks its own answer); timings never
# fail the script.
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$repo/build-bench}
jobs=${JOBS:-2}
timeout_s=${TIMEOUT:-600}
quick=${QUICK:-0}
runs=${RUNS:-5}
only=${WORKLOADS:-}
[[ $quick == 1 ]] && runs=1

# label | workload | N | N when QUICK=1 | Go 1.19 on the reference machine | target goxx/Go
rows=(
  "spawn+join 1M|spawn|1000000|20000|766 ns/goroutine|0.5"
  "ping-pong 2 workers|pingpong2|1000000|20000|336 ns|0.5"
  "ping-pong 1 worker|pingpong1|1000000|20000|345 ns|0.5"
  "channel throughput cap 128|chan|10000000|200000|48 ns/msg|0.8"
  "skynet 1M|skynet|1000000|10000|2189 ms|0.5"
  "prime sieve 3000|sieve|3000|300|576 ms|0.8"
  "parked goroutine 100k|parked|100000|10000|2.64 KB|1.6"
  "parked goroutine 1M|parked|1000000|20000|2.64 KB|1.6"
  "mutex 8 goroutines|mutex|10000000|200000|28 ns|0.8"
  "select 2 producers|select|5000000|100000|249 ns/msg|0.8"
)
# IMPLS (space-separated, default all three) limits which implementations run; the others read n/a.
read -r -a impls <<<"${IMPLS:-goxx go boost}"

# ---- build -------------------------------------------------------------------------------------------
# Each implementation is built on its own: one that fails to build (the goxx runtime while it is being
# written) reads n/a in the table instead of stopping the comparison. A binary counts only if its build
# succeeded now, so a stale one is never measured.
declare -A bin
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  echo "== building in $build" >&2
  cmake -S "$repo/bench" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 1
  for impl in goxx boost; do
    if cmake --build "$build" -j "$jobs" --target "bench-$impl" >&2; then
      bin[$impl]=$build/bin/bench-$impl
    else
      echo "== bench-$impl did not build; its column will read n/a" >&2
    fi
  done
  if (cd "$repo/bench/go" && GOFLAGS=-mod=mod go build -o "$build/bin/bench-go" .); then
    bin[go]=$build/bin/bench-go
  else
    echo "== bench-go did not build; its column will read n/a" >&2
  fi
else
  for impl in "${impls[@]}"; do
    [[ -x $build/bin/bench-$impl ]] && bin[$impl]=$build/bin/bench-$impl
  done
fi

# ---- report ------------------------------------------------------------------------------------------
median() {  # prints the median of its arguments, or nothing when there are none
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() {  # a / b with two decimals, or n/a
  [[ -n $1 && -n $2 ]] || { echo n/a; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f\n", a / b }'
}

# Prints the table from the samples collected so far ($1 says how many rounds that is).
report() {
  local rounds=$1 i impl label workload goref target vs_go vs_boost met
  echo
  [[ $quick == 1 ]] && echo "QUICK=1: reduced sizes, one run each; a smoke test, not a measurement."
  echo "Medians of $rounds on $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ). Lower is better."
  echo
  echo "| workload | unit | goxx | Go 1.19 | Boost.Fiber | goxx/Go | goxx/Boost | target goxx/Go | met | Go 1.19 on reference machine |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|---:|"
  for i in "${!rows[@]}"; do
    IFS='|' read -r label workload _ _ goref target <<<"${rows[$i]}"
    [[ -z $only || " $only " == *" $workload "* ]] || continue
    declare -A med=()
    for impl in "${impls[@]}"; do
      # shellcheck disable=SC2086
      med[$impl]=$(median ${values["$i,$impl"]:-})
    done
    vs_go=$(ratio "${med[goxx]:-}" "${med[go]:-}")
    vs_boost=$(ratio "${med[goxx]:-}" "${med[boost]:-}")
    met=n/a
    if [[ $vs_go != n/a ]]; then
      met=$(awk -v r="$vs_go" -v t="$target" 'BEGIN { print (r <= t) ? "yes" : "no" }')
    fi
    echo "| $label | ${units[$i]:-?} | ${med[goxx]:-n/a} | ${med[go]:-n/a} | ${med[boost]:-n/a} | $vs_go | $vs_boost | <= $target | $met | $goref |"
  done
  echo
  echo "Raw samples: $samples"
}

# ---- run ---------------------------------------------------------------------------------------------
samples=$build/compare-samples.txt
: >"$samples"
status=0
declare -A values  # "row,impl" -> space-separated samples
declare -A units   # row -> the unit the binaries print
done_rounds=0
# Interrupted (Ctrl-C, or TERM once the current run ends): print what was measured so far.
trap 'echo "== interrupted: partial results" >&2; report "$done_rounds complete round(s) and part of one more"; exit 130' INT TERM
for ((round = 1; round <= runs; round++)); do
  for i in "${!rows[@]}"; do
    IFS='|' read -r label workload n nquick _ _ <<<"${rows[$i]}"
    [[ -z $only || " $only " == *" $workload "* ]] || continue
    [[ $quick == 1 ]] && n=$nquick
    for impl in "${impls[@]}"; do
      [[ -n ${bin[$impl]:-} ]] || continue
      out=$(timeout "$timeout_s" "${bin[$impl]}" "$workload" "$n" 2>&1)
      rc=$?
      # The one line "WORKLOAD VALUE UNIT"; anything else is a failure.
      value=$(awk -v w="$workload" '$1 == w && NF == 3 { print $2 }' <<<"$out")
      unit=$(awk -v w="$workload" '$1 == w && NF == 3 { print $3 }' <<<"$out")
      if [[ $rc != 0 || -z $value ]]; then
        echo "== FAILED: $impl $workload $n (exit $rc): $out" >&2
        echo "$label $impl round$round FAILED rc=$rc" >>"$samples"
        status=1
        continue
      fi
      echo "$label $impl round$round $out" >>"$samples"
      echo "   round $round/$runs  $label  $impl  $value" >&2
      values["$i,$impl"]+="$value "
      units[$i]=$unit
    done
  done
  done_rounds=$round
done

report "$runs run(s)"
exit $status
