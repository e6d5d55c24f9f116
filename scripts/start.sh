#!/usr/bin/env bash
# The README's first command: install what is missing, build, set up a local exchange on
# 127.0.0.1:8443 (certificates, demo accounts, a few online applications) the first time, start it,
# and start the counter client enrolled as workstation W01 and pointed at it.
#   ./scripts/start.sh [client options…]      e.g. --language en
# Data lives in ${ONEWINDOW_DEMO_DIR:-~/.local/share/onewindow-demo}; delete that folder to start afresh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
# The same build folder as ./scripts/test.sh (the `ci` preset), so that one command reuses the
# other's build instead of compiling everything a second time.
"$here/scripts/build.sh" ci onewindow-clerk onewindow-exchange
bin="$here/build/ci/app"
demo="${ONEWINDOW_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/onewindow-demo}"
exchange_dir="$demo/exchange"
client_dir="$demo/W01"
listen="127.0.0.1:8443"
mkdir -p "$demo"

if [ ! -f "$exchange_dir/ca.crt" ]; then
    echo "Setting up a local exchange in $exchange_dir"
    "$bin/exchange/onewindow-exchange" init --dir "$exchange_dir"
    secret_dir="$(mktemp -d)"
    trap 'rm -rf "$secret_dir"' EXIT
    printf 'Counter#2026' >"$secret_dir/clerk"
    printf 'Review#2026' >"$secret_dir/supervisor"
    printf 'Admin#2026' >"$secret_dir/admin"
    "$bin/exchange/onewindow-exchange" user add --dir "$exchange_dir" --id clerk01 --name 张丽 --role clerk --authority 140105 --password-file "$secret_dir/clerk"
    "$bin/exchange/onewindow-exchange" user add --dir "$exchange_dir" --id super01 --name 王建国 --role supervisor --authority 140105 --password-file "$secret_dir/supervisor"
    "$bin/exchange/onewindow-exchange" user add --dir "$exchange_dir" --id admin01 --name 系统管理员 --role admin --authority 140105 --password-file "$secret_dir/admin"
    mkdir -p "$client_dir"
    head -c 18 /dev/urandom | base64 >"$client_dir/W01.passphrase"
    chmod 600 "$client_dir/W01.passphrase"
    "$bin/exchange/onewindow-exchange" enrol --dir "$exchange_dir" --workstation W01 --authority 140105 --out "$client_dir/W01.p12" --passphrase-file "$client_dir/W01.passphrase"
    rm -rf "$secret_dir"
    trap - EXIT
    first_run=1
fi
# The demo office's numbered blank licence stock, one batch of each paper (once; also for a demo
# folder set up before licences were printed on numbered stock).
exchange_cmd="$bin/exchange/onewindow-exchange"
if [ -z "$("$exchange_cmd" stock list --dir "$exchange_dir" --authority 140105 2>/dev/null)" ]; then
    "$exchange_cmd" stock add --dir "$exchange_dir" --authority 140105 --copy original --batch XD-2026-O1 \
        --from 140105000001 --to 140105001000 >/dev/null || echo "No demo blank stock registered." >&2
    "$exchange_cmd" stock add --dir "$exchange_dir" --authority 140105 --copy duplicate --batch XD-2026-D1 \
        --from 140105500001 --to 140105501000 >/dev/null || echo "No demo blank stock registered." >&2
fi

# The demo province's credit lists: a few people the counter's credit check stops or warns of
# (resources/demo/credit-lists.csv; once).
if [ -z "$("$exchange_cmd" credit list --dir "$exchange_dir" 2>/dev/null)" ]; then
    "$exchange_cmd" credit import --dir "$exchange_dir" --authority 140100 --by admin01 \
        --file "$here/resources/demo/credit-lists.csv" >/dev/null || echo "No demo credit lists imported." >&2
fi

log="$demo/exchange.log"
pid_file="$demo/exchange.pid"
port="${listen##*:}"
running_pid=""
if [ -f "$pid_file" ]; then
    running_pid="$(cat "$pid_file")"
    if ! grep -qs onewindow-exchange "/proc/$running_pid/cmdline" 2>/dev/null; then
        running_pid=""
    fi
fi
if [ -n "$running_pid" ]; then
    # An earlier ./scripts/start.sh is still running this exchange: use it, never start a second one.
    echo "The local exchange is already running (process $running_pid); this client connects to it."
elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Another program already listens on $listen, so the local exchange cannot start." >&2
    echo "Stop that program (ss -ltnp 'sport = :$port' shows which one) and run this again." >&2
    exit 1
else
    # The log is kept across starts (each start is marked); past 5 MB it moves to exchange.log.1.
    if [ -f "$log" ] && [ "$(stat -c %s "$log")" -gt $((5 * 1024 * 1024)) ]; then
        mv -f "$log" "$log.1"
    fi
    echo "=== $(date -Iseconds) ./scripts/start.sh starts the exchange" >>"$log"
    log_from=$(($(wc -l <"$log") + 1))
    "$bin/exchange/onewindow-exchange" serve --dir "$exchange_dir" --listen "$listen" >>"$log" 2>&1 &
    exchange_pid=$!
    echo "$exchange_pid" >"$pid_file"
fi
cleanup() {
    if [ -n "${exchange_pid:-}" ]; then
        kill "$exchange_pid" 2>/dev/null || true
        rm -f "$pid_file"
    fi
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
# Wait until it listens; if it stopped (the port is taken, the store is damaged…), say why.
for attempt in $(seq 1 100); do
    [ -z "${exchange_pid:-}" ] && break
    tail -n +"$log_from" "$log" 2>/dev/null | grep -q "Listening on" && break
    if ! kill -0 "$exchange_pid" 2>/dev/null; then
        echo "The exchange did not start:" >&2
        tail -n +"$log_from" "$log" | tail -n 5 >&2
        exit 1
    fi
    sleep 0.1
done
echo "Exchange running on https://$listen (log: $log)"
if [ -n "${first_run:-}" ]; then
    # A few online applications, submitted as the public portal does (HTTPS, its certificate),
    # once the exchange answers.
    for attempt in $(seq 1 40); do
        if "$bin/exchange/onewindow-exchange" demo-applications --dir "$exchange_dir" --count 5 \
            --url "https://$listen" 2>/dev/null; then
            break
        fi
        kill -0 "$exchange_pid" 2>/dev/null || { echo "The exchange stopped; see $log" >&2; exit 1; }
        [ "$attempt" -lt 40 ] || echo "No demo applications: the exchange did not answer in time." >&2
        sleep 0.25
    done
    # Five demo departments (tax, social security, statistics, food and transport licensing) enrolled
    # with their certificates in the demo folder; run `demo-departments` again after licensing to have
    # them claim the new entities and push back licences and penalties.
    "$bin/exchange/onewindow-exchange" demo-departments --dir "$exchange_dir" --url "https://$listen" >/dev/null \
        || echo "The demo departments could not be enrolled; see $log" >&2
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting the client on a virtual display (Xvfb :99)."
    Xvfb :99 -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:99
    sleep 1
fi

client_args=(--demo --data-dir "$client_dir/cache" --settings "$client_dir/settings.ini"
             --exchange "https://$listen" --ca "$exchange_dir/ca.crt" --certificate "$client_dir/W01.p12"
             --certificate-passphrase-file "$client_dir/W01.passphrase")
echo "Starting the client as workstation W01. Sign in as clerk01 / Counter#2026 or super01 / Review#2026."
"$bin/clerk/onewindow-clerk" "${client_args[@]}" "$@"
