#!/usr/bin/env bash
# Configures and builds with a CMake preset (default: dev). Usage: scripts/build.sh [preset]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-dev}"
cd "$here"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
