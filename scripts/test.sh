#!/usr/bin/env bash
# The README's second command: install what is missing, build with warnings as errors,
# and run every test headless.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
"$here/scripts/build.sh" ci
cd "$here"
export QT_QPA_PLATFORM=offscreen
ctest --preset ci "$@"
