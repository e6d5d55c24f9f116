#!/usr/bin/env bash
# Issue 12 §4: the Debian packages installed into a fresh Debian 12 root, and a client signing in to
# the installed exchange.
#   scripts/package-test.sh [build folder]      (default build/ci; run as root: debootstrap, chroot)
# Makes the packages (cpack), checks they are stripped with their symbols in -dbgsym packages,
# installs both into a minimal bookworm root made by debootstrap (the pristine root is kept in
# ${OW_PACKAGE_ROOT_CACHE:-/var/cache/onewindow/bookworm-minbase} and copied for each run), then as an
# office's IT staff would: the next step printed on install, `init` as the service user (with sudo's
# usual umask 022: the program itself makes its files 0600), the first users and a workstation, the
# unit's own command line serving on a loopback port, and the installed onewindow-sync signing in
# and syncing as the counter W01. Exits 0 when every check held.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build/ci}"
if [ "$(id -u)" != 0 ]; then
    echo "package-test: run as root (debootstrap and chroot)" >&2
    exit 2
fi
missing=()
for tool in debootstrap dpkg-shlibdeps readelf objcopy file; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap dpkg-dev binutils file >/dev/null
fi

fail() {
    echo "package-test: FAILED: $*" >&2
    exit 1
}

work="$(mktemp -d /tmp/onewindow-package-test.XXXXXX)"
root="$work/root"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== packages"
(cd "$build" && cpack -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack"
}
ls "$work/packages"/*.deb "$work/packages"/*.ddeb
client_deb="$(ls "$work/packages"/onewindow-clerk_*.deb)"
exchange_deb="$(ls "$work/packages"/onewindow-exchange_*.deb)"
for pkg in onewindow-clerk onewindow-exchange; do
    ls "$work/packages"/$pkg-dbgsym_*.ddeb >/dev/null 2>&1 || fail "no debug symbols package for $pkg"
done
# Stripped binaries; their symbols in the -dbgsym package.
mkdir -p "$work/unpacked"
dpkg-deb -x "$exchange_deb" "$work/unpacked"
dpkg-deb -x "$(ls "$work/packages"/onewindow-exchange-dbgsym_*.ddeb)" "$work/unpacked"
if readelf -S "$work/unpacked/usr/bin/onewindow-exchange" | grep -q '\.debug_info'; then
    fail "onewindow-exchange is not stripped"
fi
find "$work/unpacked/usr/lib/debug" -name '*.debug' | grep -q . || fail "no .debug file in onewindow-exchange-dbgsym"
dpkg-deb -I "$exchange_deb" | grep -E '^ (Depends|Package):'

echo "== a fresh Debian 12 root"
cache="${OW_PACKAGE_ROOT_CACHE:-/var/cache/onewindow/bookworm-minbase}"
if [ ! -x "$cache/bin/sh" ]; then
    rm -rf "$cache.partial"
    mkdir -p "$(dirname "$cache")"
    debootstrap --variant=minbase bookworm "$cache.partial" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 || {
        tail -20 "$work/debootstrap.log" >&2
        fail "debootstrap"
    }
    mv "$cache.partial" "$cache"
fi
cp -a "$cache" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" 2>/dev/null || echo "(no /proc in the root: mount not permitted here)"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "== install"
cp "$client_deb" "$exchange_deb" "$root/tmp/"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get update in the root"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$exchange_deb")" "/tmp/$(basename "$client_deb")" >"$work/install.log" 2>&1 || {
    tail -30 "$work/install.log" >&2
    fail "apt-get install of the packages"
}
grep -A12 'data folder /var/lib/onewindow-exchange' "$work/install.log" >"$work/next-step.txt" || true
cat "$work/next-step.txt"
grep -q 'init --dir /var/lib/onewindow-exchange' "$work/next-step.txt" || fail "postinst did not print the next step (init)"

data=/var/lib/onewindow-exchange
in_root getent passwd onewindow-exchange >/dev/null || fail "no onewindow-exchange user"
[ "$(stat -c %a "$root$data")" = 700 ] || fail "data folder mode $(stat -c %a "$root$data"), not 700"
uid="$(stat -c %u "$root$data")"
gid="$(stat -c %g "$root$data")"
[ "$uid" = "$(in_root id -u onewindow-exchange)" ] || fail "data folder not owned by onewindow-exchange"
grep -q '^User=onewindow-exchange' "$root/lib/systemd/system/onewindow-exchange.service" || fail "unit without its user"
as_service() { chroot --userspec="$uid:$gid" "$root" env -i PATH=/usr/bin:/bin HOME="$data" LANG=C.UTF-8 "$@"; }

echo "== set up as the next step says"
as_service sh -c "umask 022; onewindow-exchange init --dir $data --host localhost" >/dev/null
mkdir -p "$root/tmp/secrets"
printf 'Counter#2026' >"$root/tmp/secrets/clerk"
printf 'Admin#2026' >"$root/tmp/secrets/admin"
printf 'W01-passphrase-2026' >"$root/tmp/secrets/W01"
chown -R "$uid:$gid" "$root/tmp/secrets"
chmod 0700 "$root/tmp/secrets"
as_service sh -c "umask 022; onewindow-exchange user add --dir $data --id admin01 --name 管理员 --role admin --authority 140000 --password-file /tmp/secrets/admin" >/dev/null
as_service sh -c "umask 022; onewindow-exchange user add --dir $data --id clerk01 --name 张丽 --role clerk --authority 140105 --password-file /tmp/secrets/clerk" >/dev/null
as_service sh -c "umask 022; onewindow-exchange enrol --dir $data --workstation W01 --authority 140105 --out /tmp/secrets/W01.p12 --passphrase-file /tmp/secrets/W01" >/dev/null
as_service onewindow-exchange next-step --dir "$data" >"$work/next-step-after.txt"
cat "$work/next-step-after.txt"
grep -q 'systemctl enable --now onewindow-exchange' "$work/next-step-after.txt" || fail "next-step does not say to start the service"
if grep -q ' init \| user add \| enrol ' "$work/next-step-after.txt"; then
    fail "next-step asks again for a step already done"
fi

echo "== serve with the unit's command line (on a loopback port)"
exec_start="$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/onewindow-exchange.service")"
port=$((20000 + RANDOM % 20000))
exec_start="$(echo "$exec_start" | sed -E "s/--listen [^ ]+/--listen 127.0.0.1:$port/; s/--public-port [^ ]+/--public-port off/")"
as_service sh -c "umask 077; exec $exec_start" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do
    grep -qi "listening on" "$work/serve.log" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; fail "the exchange did not start"; }
    sleep 0.2
done

echo "== the installed client signs in and syncs"
cp "$root$data/ca.crt" "$root/tmp/ca.crt"
cp "$root/tmp/secrets/W01.p12" "$root/tmp/W01.p12"
in_root env OW_P12_PASSPHRASE=W01-passphrase-2026 OW_PASSWORD='Counter#2026' QT_QPA_PLATFORM=offscreen HOME=/root \
    onewindow-sync --data-dir /root/W01 --exchange "https://127.0.0.1:$port" --ca /tmp/ca.crt \
    --certificate /tmp/W01.p12 --workstation W01 --authority 140105 --user clerk01 --once >"$work/sync.log" 2>&1 || {
    cat "$work/sync.log" "$work/serve.log" >&2
    fail "onewindow-sync could not sign in and sync"
}
tail -3 "$work/sync.log"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

echo "== the data folder is the service's alone"
loose="$(find "$root$data" -type f ! -perm 0600 -printf '%m %p\n')"
[ -z "$loose" ] || fail "files in $data not 0600: $loose"
loose="$(find "$root$data" -mindepth 1 -type d ! -perm 0700 -printf '%m %p\n')"
[ -z "$loose" ] || fail "folders in $data not 0700: $loose"
foreign="$(find "$root$data" ! -uid "$uid" -printf '%u %p\n')"
[ -z "$foreign" ] || fail "files in $data not the service's: $foreign"
echo "package-test: every check held"
