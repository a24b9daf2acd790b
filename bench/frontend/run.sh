#!/usr/bin/env bash
# Times the front end cold: `goxx check` on generated 50 000- and 2 000-line programs (bench/frontend/gen.py),
# each run a fresh process, best and median of RUNS (default 5); and `go vet` on the same text as Go.
#   bench/frontend/run.sh [GOXX]        (GOXX defaults to build/bin/goxx)
# Prints one Markdown table row per program and tool, plus CPU time (user+sys), which is less disturbed
# than wall time when other work shares the machine. Not a test: it asserts nothing.
# go vet: its dependencies' export data stay in Go's build cache (goxx likewise has its stubs built in);
# a comment with a fresh number is appended before each run so that vet's result cache never answers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
goxx=$(realpath "${1:-$here/../../build/bin/goxx}")
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "wall cpu" in seconds for one run of the command.
time_once() {
  /usr/bin/time -o "$work/time" -f "%e %U %S" "$@" >/dev/null 2>&1
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}

# Reads "wall cpu" lines; prints the best and median wall time and the best CPU time.
summarize() {
  local samples walls
  samples=$(cat)
  walls=$(cut -d' ' -f1 <<<"$samples" | sort -n)
  printf "%s | %s | %s" "$(head -1 <<<"$walls")" "$(sed -n "$(( ($(wc -l <<<"$walls") + 1) / 2 ))p" <<<"$walls")" \
    "$(cut -d' ' -f2 <<<"$samples" | sort -n | head -1)"
}

echo "| program | tool | best wall (s) | median wall (s) | best CPU (s) |"
echo "|---|---|---|---|---|"
for lines in 50000 2000; do
  python3 "$here/gen.py" "$lines" "$work/bench$lines.gox"
  actual=$(wc -l <"$work/bench$lines.gox")
  "$goxx" check "$work/bench$lines.gox" || { echo "goxx check reported errors on the generated program" >&2; exit 1; }
  row=$(for _ in $(seq "$runs"); do time_once "$goxx" check "$work/bench$lines.gox"; done | summarize)
  echo "| $actual lines | goxx check | $row |"
  if command -v go >/dev/null; then
    mod=$work/go$lines
    mkdir -p "$mod"
    printf 'module bench\n\ngo 1.19\n' >"$mod/go.mod"
    cp "$work/bench$lines.gox" "$mod/main.go"
    (cd "$mod" && go vet . >/dev/null) # warms the cache of fmt, sync, ... and checks that it is valid Go
    row=$(for i in $(seq "$runs"); do
      echo "// run $i $RANDOM$RANDOM" >>"$mod/main.go"
      (cd "$mod" && time_once go vet .)
    done | summarize)
    echo "| $actual lines | go vet ($(go env GOVERSION)) | $row |"
  fi
done
