#!/usr/bin/env bash
# Tests the VS Code extension for .gox: installs the pinned test dependencies (vscode-textmate and
# vscode-oniguruma, from package-lock.json via the npm registry), then runs every test/*.test.js with Node's
# built-in test runner: the TextMate grammar on the real engine over all .gox files in samples/ and tests/,
# the diagnostics provider against fake goxx executables, the manifest, and the .vsix packager.
# Needs node >= 20 and npm. Prints the runner's TAP summary (# pass N, # fail M); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/vscode"
npm ci --no-audit --no-fund --loglevel=error
node --test --test-reporter=tap test/*.test.js
