#!/usr/bin/env bash
# Installs, from Debian's packages, whatever goxx needs that this machine lacks. Idempotent: a machine
# that has everything installs nothing and does not touch the network.
#   compiler toolchain: g++ clang cmake ninja-build libclang-rt-14-dev (clang's sanitizer and libFuzzer
#                       runtimes: only recommended by clang, and recommendations are not installed here)
#   front end:          antlr4 (generator, 4.7.2) libantlr4-runtime-dev (4.9) llvm-dev (Support library)
#   tests:              doctest-dev
#   bench/, reference:  golang-go + golang-golang-x-sync-dev (Go 1.19 and errgroup, to run benchmarks and check
#                       test expectations against real Go) libboost-fiber-dev (the C++ reference)
#   editor tests:       vim (the Vim syntax/indent files are tested in a headless Vim)
set -euo pipefail
packages=(g++ clang libclang-rt-14-dev cmake ninja-build antlr4 libantlr4-runtime-dev llvm-dev doctest-dev golang-go
          libboost-fiber-dev golang-golang-x-sync-dev python3 gdb vim)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}"
SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
