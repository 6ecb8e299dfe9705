#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the integration tests and the sync benchmark.
#   pgserver.sh start DIR   initdb in DIR, start on 127.0.0.1 and a free port, write DIR/connection.env
#   pgserver.sh stop DIR    stop the server and remove DIR
# As root, initdb and pg_ctl run as the postgres user (initdb refuses root).
set -euo pipefail

action=${1:?start or stop}
dir=${2:?directory}

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x "$candidate/pg_ctl" ]] && bindir=$candidate
done
if [[ -z "$bindir" ]]; then
    echo "pgserver: PostgreSQL's server programs are not installed (apt-get install postgresql)." >&2
    exit 1
fi

as_owner() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    rm -rf "$dir"
    mkdir -p "$dir"
    # The server's own folder: somewhere the postgres user can reach even when $dir is in a private home.
    if ((EUID == 0)); then
        run=$(mktemp -d /tmp/meldpunt-pg.XXXXXX)
        chown postgres: "$run"
    else
        run="$dir/run"
        mkdir -p "$run"
    fi
    echo "$run" >"$dir/rundir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || shuf -i 20000-60000 -n 1)
    superuser=$( ((EUID == 0)) && echo postgres || id -un)
    as_owner "$bindir/initdb" -D "$run/data" -U "$superuser" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Settings in the data folder, so that a test can stop and start the server with a plain pg_ctl.
    as_owner tee -a "$run/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$run'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
CONF
    as_owner "$bindir/pg_ctl" -D "$run/data" -l "$run/server.log" -w -t 60 start >/dev/null \
        || { cat "$run/server.log" >&2; exit 1; }
    cat >"$dir/connection.env" <<ENV
MELDPUNT_TEST_PGHOST=127.0.0.1
MELDPUNT_TEST_PGPORT=$port
MELDPUNT_TEST_PGUSER=$superuser
MELDPUNT_TEST_PGDATA=$run/data
MELDPUNT_TEST_PGLOG=$run/server.log
MELDPUNT_TEST_PGBIN=$bindir
ENV
    echo "pgserver: PostgreSQL on 127.0.0.1:$port ($run)"
    ;;
stop)
    run=$(cat "$dir/rundir" 2>/dev/null || true)
    if [[ -n "$run" && -d "$run/data" ]]; then
        as_owner "$bindir/pg_ctl" -D "$run/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ -n "$run" ]] && rm -rf "$run"
    rm -rf "$dir"
    ;;
*)
    echo "pgserver: start or stop" >&2
    exit 2
    ;;
esac
