#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 on loopback, then stops and removes it:
#   tests/postgres/throwaway-postgres.sh npx vitest run --project server
# The command sees TEST_DATABASE_URL (the server's maintenance database; tests create their own).
# Needs Debian's postgresql-15 (installed here when missing); initdb refuses root, so the
# cluster belongs to the postgres user.
set -euo pipefail

bin_dir=$(dirname "$(dpkg -L postgresql-15 2>/dev/null | grep '/bin/initdb$' || true)")
if [ ! -x "$bin_dir/initdb" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  bin_dir=$(dirname "$(dpkg -L postgresql-15 | grep '/bin/initdb$')")
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d /tmp/retail-pg-XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop() {
  as_postgres "$bin_dir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_postgres "$bin_dir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: a throwaway test cluster trades durability for speed.
as_postgres "$bin_dir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -h 127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin_dir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
