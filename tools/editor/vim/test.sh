#!/usr/bin/env bash
# Tests the Vim files for .gox in a real headless Vim (Debian package "vim"; vim-tiny lacks syntax support):
# filetype detection, syntax groups, no error highlighting in any .gox file of samples/ and tests/, and
# indentation against gofmt-formatted fixtures. Needs node >= 20 (test runner only, no npm packages).
# Prints the runner's TAP summary (# pass N, # fail M); exits non-zero on failure, including when Vim is missing.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v "${VIM_BINARY:-vim}" >/dev/null; then
  echo "vim/test.sh: Vim is not installed (apt-get install vim)" >&2
  exit 1
fi
node --test --test-reporter=tap test/*.test.js
