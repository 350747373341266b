#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster and ACCORD_TEST_POSTGRES_URL pointing at it.
#
#   scripts/with-postgres.sh swift test
#
# Installs PostgreSQL from Debian's packages when no server binaries are found, creates a cluster
# in a temporary directory (as the `postgres` user when run as root: the server refuses to run as
# root), listens on 127.0.0.1 and a private unix socket only, on a free port, and stops and removes
# the cluster when the command ends, however it ends. Exits with the command's status.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

find_bindir() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
    done
    return 1
}

if ! BINDIR=$(find_bindir); then
    echo "with-postgres: PostgreSQL server not found; installing Debian's postgresql package" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q >&2
    $SUDO apt-get install -y -q postgresql >&2
    BINDIR=$(find_bindir) || { echo "with-postgres: no initdb under /usr/lib/postgresql/*/bin after installing" >&2; exit 1; }
fi

# A free TCP port on the loopback interface (the kernel picks one; a tiny race is acceptable here).
free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local p
    for _ in $(seq 1 100); do
        p=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    echo "with-postgres: no free port found" >&2
    exit 1
}

WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/accord-pg.XXXXXX")
PORT=$(free_port)
DATA="$WORKDIR/data"
SOCKDIR="$WORKDIR/socket"
mkdir -p "$SOCKDIR"

# The server must not run as root: hand the directory to the postgres user and run its tools as it.
AS=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown -R postgres "$WORKDIR"
    chmod 755 "$WORKDIR"
    if command -v runuser >/dev/null 2>&1; then AS=(runuser -u postgres --); else AS=(su postgres -s /bin/sh -c); fi
fi
# In a subshell inside the cluster's directory: the postgres user may not be able to read ours.
run_as() (
    cd "$WORKDIR"
    if [ "${#AS[@]}" -eq 0 ]; then "$@"
    elif [ "${AS[0]}" = "runuser" ]; then "${AS[@]}" "$@"
    else "${AS[@]}" "$(printf '%q ' "$@")"
    fi
)

cleanup() {
    local status=$?
    if [ -f "$DATA/postmaster.pid" ]; then
        run_as "$BINDIR/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORKDIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

run_as "$BINDIR/initdb" -D "$DATA" -U accord --auth=trust --encoding=UTF8 --locale=C >"$WORKDIR/initdb.log" 2>&1 || {
    cat "$WORKDIR/initdb.log" >&2
    exit 1
}
# Throwaway cluster: durability off for speed; enough connections for parallel tests and ingesters.
run_as "$BINDIR/pg_ctl" -D "$DATA" -l "$WORKDIR/server.log" -w -t 60 \
    -o "-p $PORT -k $SOCKDIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || {
    cat "$WORKDIR/server.log" >&2
    exit 1
}
run_as "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U accord accord

export ACCORD_TEST_POSTGRES_URL="postgres://accord@127.0.0.1:$PORT/accord"
echo "with-postgres: $("$BINDIR/postgres" --version) at $ACCORD_TEST_POSTGRES_URL" >&2
set +e
# The output is kept to close with the skipped tests, counted and with their reasons: Swift Testing's
# own closing line counts passed tests only.
"$@" 2>&1 | tee "$WORKDIR/test-output.txt"
status=${PIPESTATUS[0]}
set -e
skipped=$(grep -c '^➜ Test .* skipped' "$WORKDIR/test-output.txt" || true)
if grep -q '^➜ .* skipped' "$WORKDIR/test-output.txt"; then
    echo "with-postgres: $skipped test(s) skipped; reasons:"
    grep '^➜ .* skipped' "$WORKDIR/test-output.txt" | sed 's/.* skipped: /  /' | sort | uniq -c | sed 's/^ */  /'
else
    echo "with-postgres: no test skipped"
fi
exit "$status"
