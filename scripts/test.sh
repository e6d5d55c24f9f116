#!/usr/bin/env bash
# The README's second command: install what is missing, build with warnings as errors,
# and run every test headless. The exchange suite also runs on PostgreSQL: scripts/postgres.sh
# starts a throwaway cluster on 127.0.0.1 for ctest (OW_TEST_POSTGRES_URL) and stops it after,
# keeping ctest's exit code; if it cannot start one, this fails.
# Then a short fuzz pass (scripts/fuzz.sh: the libFuzzer targets under ASan and UBSan, a few seconds
# each; OW_FUZZ_SECONDS sets how many, 0 skips it). It runs even when ctest failed; either failing
# fails this script. Then the package test (below).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
"$here/scripts/build.sh" ci
cd "$here"
export QT_QPA_PLATFORM=offscreen
status=0
"$here/scripts/postgres.sh" ctest --preset ci "$@" || status=$?
fuzz_seconds="${OW_FUZZ_SECONDS:-4}"
if [ "$fuzz_seconds" != 0 ]; then
    # A fixed seed: the same short run every time, so a submission fails on what it broke, not on
    # what a random run happened to find (longer runs, scripts/fuzz.sh, use a random seed).
    OW_FUZZ_SEED="${OW_FUZZ_SEED:-1}" "$here/scripts/fuzz.sh" "$fuzz_seconds" || status=$((status != 0 ? status : 1))
fi
# The Debian packages installed into a fresh Debian 12 root, a client signing in to the installed
# exchange (scripts/package-test.sh: root for debootstrap and chroot; OW_PACKAGE_TEST=0 skips it).
if [ "${OW_PACKAGE_TEST:-1}" != 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        "$here/scripts/package-test.sh" "$here/build/ci" || status=$((status != 0 ? status : 1))
    elif sudo -n true 2>/dev/null; then
        sudo "$here/scripts/package-test.sh" "$here/build/ci" || status=$((status != 0 ? status : 1))
    else
        echo "package test skipped: it needs root or sudo (debootstrap, chroot)" >&2
    fi
fi
exit "$status"
