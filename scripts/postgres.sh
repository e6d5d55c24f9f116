#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests.
#
#   scripts/postgres.sh COMMAND [ARGS...]   start a cluster, run COMMAND with the connection in its
#                                           environment, stop and delete the cluster, exit with
#                                           COMMAND's exit code
#   scripts/postgres.sh                     start a cluster, print the connection, wait for Ctrl+C
#
# COMMAND sees
#   OW_TEST_POSTGRES_URL            postgresql://owtest@127.0.0.1:PORT/postgres (a superuser; no password)
#   OW_TEST_POSTGRES_PASSWORD_FILE  the password, first line of a 0600 file
# The password is never on a command line. As root (CI), initdb and pg_ctl run as the `postgres`
# user (runuser) in a temporary directory it owns; as a normal user they run directly.
# If the cluster cannot be started this fails loudly: the exchange suite runs against PostgreSQL too.
set -euo pipefail

fail() {
    echo "postgres.sh: $*" >&2
    exit 1
}

bindir="${OW_POSTGRES_BINDIR:-}"
if [ -z "$bindir" ]; then
    for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            bindir="$candidate"
            break
        fi
    done
fi
[ -n "$bindir" ] || fail "PostgreSQL's initdb was not found (install the Debian package postgresql; scripts/deps.sh does)."

as_owner=()
tmpdir="$(mktemp -d "${TMPDIR:-/tmp}/ow-postgres.XXXXXX")"
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root, but there is no postgres user to run the server as."
    chown postgres: "$tmpdir"
    as_owner=(runuser -u postgres --)
fi

stopped=0
stop_cluster() {
    if [ "$stopped" -eq 0 ]; then
        stopped=1
        if [ -f "$tmpdir/data/postmaster.pid" ]; then
            "${as_owner[@]}" "$bindir/pg_ctl" -D "$tmpdir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$tmpdir"
    fi
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(umask 077 && printf '%s\n' "$password" >"$tmpdir/password")
[ "$(id -u)" -ne 0 ] || chown postgres: "$tmpdir/password"

if ! "${as_owner[@]}" "$bindir/initdb" -D "$tmpdir/data" -U owtest --pwfile="$tmpdir/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$tmpdir/initdb.log" 2>&1; then
    cat "$tmpdir/initdb.log" >&2
    fail "initdb failed"
fi

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 40000))
    if port_in_use "$candidate"; then
        continue
    fi
    # Durability is not needed for a throwaway cluster; each exchange process holds a connection
    # per worker thread, so allow plenty.
    if "${as_owner[@]}" "$bindir/pg_ctl" -D "$tmpdir/data" -l "$tmpdir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $candidate -k $tmpdir -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
        port="$candidate"
        break
    fi
    if ! grep -qi "could not bind\|address already in use" "$tmpdir/server.log" 2>/dev/null; then
        cat "$tmpdir/server.log" >&2 2>/dev/null || true
        fail "the PostgreSQL server did not start"
    fi
done
[ -n "$port" ] || fail "no free port for PostgreSQL on 127.0.0.1 after 20 tries"

export OW_TEST_POSTGRES_URL="postgresql://owtest@127.0.0.1:$port/postgres"
export OW_TEST_POSTGRES_PASSWORD_FILE="$tmpdir/password"
echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $OW_TEST_POSTGRES_URL" \
    "(password in $OW_TEST_POSTGRES_PASSWORD_FILE)" >&2

if [ $# -eq 0 ]; then
    echo "export OW_TEST_POSTGRES_URL='$OW_TEST_POSTGRES_URL'"
    echo "export OW_TEST_POSTGRES_PASSWORD_FILE='$OW_TEST_POSTGRES_PASSWORD_FILE'"
    echo "postgres.sh: running until Ctrl+C" >&2
    while true; do
        sleep 3600 &
        wait $! || true
    done
fi

rc=0
"$@" || rc=$?
exit "$rc"
