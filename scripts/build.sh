#!/usr/bin/env bash
# Configures and builds with a CMake preset (default: dev), all targets or the ones named.
# Usage: scripts/build.sh [preset] [target…]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-dev}"
shift || true
cd "$here"
# ccache hits across clones of the repository (CI builds a fresh clone in another folder).
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
cmake --preset "$preset" >/dev/null
if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --target "$@"
else
    cmake --build --preset "$preset"
fi
