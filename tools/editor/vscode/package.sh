#!/usr/bin/env sh
# Packages the goxx VS Code extension as a .vsix: tools/editor/vscode/goxx-gox-VERSION.vsix, or the path given
# as the first argument. Needs only node (no npm packages, no network). Install the result with
#   code --install-extension PATH.vsix
set -eu
cd "$(dirname "$0")"
exec node package-vsix.js "$@"
