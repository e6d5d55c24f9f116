#!/usr/bin/env bash
# Installs the Debian 12 packages OneWindow needs that are not installed yet.
# Runs as root, or through sudo for a normal user. Idempotent: nothing to do, nothing done.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libgl-dev qt6-charts-dev libqt6opengl6-dev
    libssl-dev zlib1g-dev libqrencode-dev libzxing-dev libpoppler-qt6-dev poppler-utils libboost1.81-dev qtkeychain-qt6-dev
    libgoogle-perftools-dev
    postgresql libqt6sql6-psql
    clang-14 libfuzzer-14-dev libclang-rt-14-dev
    fonts-wqy-microhei
    xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
