#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-postgres.sh CMD...: runs CMD with a throwaway PostgreSQL cluster.
# The cluster lives in a fresh folder under /tmp (initdb, trust
# authentication, a unix socket in that folder and a free loopback port) and
# is stopped and removed when CMD ends, whatever its outcome. CMD sees
# FRISE_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/frise_test; when
# the server cannot start, the variable says why ("unavailable: ...") and
# the PostgreSQL tests fail on it instead of skipping.
# Members of the role frise_password_login (created here, NOLOGIN) must give
# a password (scram-sha-256) over the socket and loopback, so tests can check
# how a wrong password is reported; everyone else is trusted.
# CMD also sees FRISE_TEST_PG_CLUSTER, the cluster's folder, for:
#
# with-postgres.sh --cluster DIR stop|start: stops (fast shutdown, as an
# administrator would) or starts again that cluster, on the same port and
# data, so a test can take the server away and bring it back. Tests that do
# run under their own with-postgres.sh, so that tests sharing the suite's
# cluster never see it go.
set -uo pipefail

PG_BIN=${FRISE_PG_BIN:-}
if [[ -z $PG_BIN ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x $candidate/initdb ]] && PG_BIN=$candidate
    done
fi

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    return 1
}

# The server's settings, the same at every start of the cluster in folder $1 listening on port $2
# (FRISE_PG_SHARED_BUFFERS, as the cluster was created with it: the benchmark's server keeps a
# million events in its buffers, as a newsroom's server sized by PostgreSQL's guidance would).
server_options() {
    printf '%s' "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    [[ -s $1/shared_buffers ]] && printf ' -c shared_buffers=%s' "$(cat "$1/shared_buffers")"
    return 0
}

if [[ ${1:-} == --cluster ]]; then
    dir=${2:?with-postgres.sh --cluster DIR stop|start}
    case ${3:-} in
    stop) as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop ;;
    start) as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "$(server_options "$dir" "$(cat "$dir/port")")" start ;;
    *) echo "with-postgres.sh --cluster DIR stop|start" >&2; exit 2 ;;
    esac
    exit
fi

cluster=
started=0
cleanup() {
    if ((started)); then
        as_pg "$PG_BIN/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ -n $cluster ]] && rm -rf "$cluster"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start() {
    [[ -n $PG_BIN && -x $PG_BIN/initdb ]] || { echo "no PostgreSQL server binaries (initdb) found"; return 1; }
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/frise-pg.XXXXXX") || return 1
    if [[ $(id -u) == 0 ]]; then
        id postgres >/dev/null 2>&1 || { echo "no postgres user to run the server as"; return 1; }
        chown postgres: "$cluster" || return 1
    fi
    chmod 700 "$cluster"
    local port
    port=$(free_port) || { echo "no free loopback port"; return 1; }
    as_pg "$PG_BIN/initdb" -D "$cluster/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log"; echo "initdb failed"; return 1; }
    local hba="$cluster/data/pg_hba.conf"
    { printf 'local all +frise_password_login scram-sha-256\nhost all +frise_password_login 127.0.0.1/32 scram-sha-256\n'
      cat "$hba"; } >"$hba.new" && mv "$hba.new" "$hba" && chmod 600 "$hba" || { echo "cannot edit pg_hba.conf"; return 1; }
    [[ $(id -u) == 0 ]] && chown postgres: "$hba"
    printf '%s\n' "$port" >"$cluster/port"
    [[ -n ${FRISE_PG_SHARED_BUFFERS:-} ]] && printf '%s\n' "$FRISE_PG_SHARED_BUFFERS" >"$cluster/shared_buffers"
    as_pg "$PG_BIN/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
        -o "$(server_options "$cluster" "$port")" start >/dev/null 2>&1 || { cat "$cluster/server.log" 2>/dev/null; echo "the server did not start"; return 1; }
    started=1
    as_pg "$PG_BIN/psql" -h "$cluster" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE frise_test" -c "CREATE ROLE frise_password_login NOLOGIN" >/dev/null \
        || { echo "cannot create the test database"; return 1; }
    export FRISE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/frise_test"
    export FRISE_TEST_PG_SOCKET_DIR="$cluster"
    export FRISE_TEST_PG_CLUSTER="$cluster"
    return 0
}

messages=$(mktemp "${TMPDIR:-/tmp}/frise-pg-start.XXXXXX")
if start >"$messages" 2>&1; then
    printf 'with-postgres: PostgreSQL test cluster at %s\n' "$FRISE_TEST_PG_URL" >&2
else
    reason=$(tail -n 5 "$messages" | tr '\n' ' ')
    printf 'with-postgres: cannot start PostgreSQL: %s\n' "$reason" >&2
    export FRISE_TEST_PG_URL="unavailable: $reason"
fi
rm -f "$messages"
"$@"
