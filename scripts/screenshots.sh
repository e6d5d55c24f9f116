#!/usr/bin/env bash
# Refreshes the screenshots in docs/ from the current build, in the clerk's language (zh_CN), on a
# virtual display (Xvfb): the main window and the one form (tests/gui/doc_screenshots), the
# acceptance notice (its PDF at 72 dpi), the review queue and a case reviewed with its scan, the
# licence verification, an enterprise's credit record and its report, the supervisors' statistics,
# the conflicts view, a change registration's form and a simplified deregistration's notice
# (test_gui_entity_cases, against a real exchange)
# (test_gui_sync_widgets).
# Usage: scripts/screenshots.sh [preset]   (default: ci)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-ci}"
"$here/scripts/build.sh" "$preset" doc_screenshots test_gui_sync_widgets test_gui_entity_cases
build="$here/build/$preset"
out="$(mktemp -d)"
trap 'rm -rf "$out"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
display=":$((90 + RANDOM % 9))"
# A common counter screen: 1366x768 (issue 9).
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY="$display" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 QT_LOGGING_RULES='onewindow.*.debug=false'
"$build/tests/gui/doc_screenshots" "$out"
OW_SCREENSHOT_DIR="$out" "$build/tests/gui/test_gui_sync_widgets" >/dev/null
cp "$out/conflicts-view-zh.png" "$here/docs/conflicts-view.png"
OW_SCREENSHOT_DIR="$out" "$build/tests/gui/test_gui_entity_cases" >/dev/null
cp "$out/change-form.png" "$out/deregistration-notice.png" "$here/docs/"
for name in main-window-new-case main-window-online main-window-accepted one-form-draft one-form-materials one-form-credit-blocked \
            notice-acceptance notice-viewer reason-dialog-refusal review-queue review-with-scan verify-licence \
            credit-record credit-record-registration credit-report statistics; do
    cp "$out/$name.png" "$here/docs/$name.png"
done
echo "docs/*.png refreshed"
