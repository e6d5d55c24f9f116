#!/usr/bin/env bash
# The README's second command: install what is missing, build with warnings as errors,
# and run every test headless. The exchange suite also runs on PostgreSQL: scripts/postgres.sh
# starts a throwaway cluster on 127.0.0.1 for ctest (OW_TEST_POSTGRES_URL) and stops it after,
# keeping ctest's exit code; if it cannot start one, this fails.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
"$here/scripts/build.sh" ci
cd "$here"
export QT_QPA_PLATFORM=offscreen
"$here/scripts/postgres.sh" ctest --preset ci "$@"
