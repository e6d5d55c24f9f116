#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start the clerk client
# on a local case cache with demo accounts and demo data.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
"$here/scripts/build.sh" dev onewindow-clerk
cd "$here"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting the client on a virtual display (Xvfb :99)."
    Xvfb :99 -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
    export DISPLAY=:99
    sleep 1
fi
exec_args=(--demo "$@")
"$here/build/dev/app/clerk/onewindow-clerk" "${exec_args[@]}"
