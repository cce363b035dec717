#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1:${TERAWATT_PG_PORT:-54329} for the server tests
# and prints the JDBC URL. PostgreSQL refuses to run as root, so the cluster belongs to the
# 'postgres' user (created by Debian's package). Installs the package when it is missing.
set -euo pipefail
port="${TERAWATT_PG_PORT:-54329}"
data="${TERAWATT_PG_DATA:-/tmp/terawatt-pg}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bin" ]; then
  (apt-get update -qq && apt-get install -y -qq postgresql) >/dev/null 2>&1
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
  run "$bin/initdb -D $data -U terawatt --auth=trust >/dev/null"
fi
if ! run "$bin/pg_ctl -D $data status" >/dev/null 2>&1; then
  run "$bin/pg_ctl -D $data -l $data/log -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -w start" >/dev/null
fi
run "$bin/psql -h 127.0.0.1 -p $port -U terawatt -d postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='terawatt_test'\"" | grep -q 1 \
  || run "$bin/createdb -h 127.0.0.1 -p $port -U terawatt terawatt_test"
echo "jdbc:postgresql://127.0.0.1:$port/terawatt_test?user=terawatt"
