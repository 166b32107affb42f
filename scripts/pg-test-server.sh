#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests of packages/store, on a loopback
# port and a temporary data folder, with Debian's binaries
# (/usr/lib/postgresql/*/bin; .ci/run installs the `postgresql` package).
#   scripts/pg-test-server.sh start DIR   prints the connection URL
#   scripts/pg-test-server.sh stop DIR    stops it and removes DIR
# As root the server runs as the `postgres` user (PostgreSQL refuses root).
set -euo pipefail
cmd="${1:-start}"
dir="${2:?usage: pg-test-server.sh start|stop DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
  exit 2
fi
run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    port="${PARTY_PG_PORT:-$((20000 + RANDOM % 20000))}"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    run "$bin/initdb" -D "$dir/data" -U party --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://party@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-test-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
