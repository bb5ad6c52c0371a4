# Sourced by .ci/run. Installs PostgreSQL and Chromium from Debian packages when CI asks for them, starts a
# throwaway PostgreSQL cluster on 127.0.0.1 in a temporary folder, and tells the tests where it is through
# INTERREGIO_TEST_PG; Playwright is pointed at Debian's Chromium through INTERREGIO_CHROMIUM. stop_services undoes it.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_packages() {
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || need+=(postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]} from Debian packages"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
      || echo "warning: could not install ${need[*]}; the tests that need them will fail under CI=true"
  fi
}

start_postgres() {
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed"; return 1; }
  PG_DIR=$(mktemp -d /tmp/interregio-pg.XXXXXX)
  chown postgres:postgres "$PG_DIR" 2>/dev/null || true
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U interregio --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null || { cat "$PG_DIR/log"; return 1; }
  "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U interregio interregio_test
  export INTERREGIO_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=interregio;Database=interregio_test"
  echo "PostgreSQL running on 127.0.0.1:$PG_PORT"
}

stop_services() {
  if [ -n "${PG_DIR:-}" ]; then
    local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

if [ "${CI:-}" = "true" ] || [ "${INTERREGIO_SERVICES:-}" = "1" ]; then
  install_packages
  start_postgres || echo "warning: PostgreSQL did not start; its tests will fail under CI=true"
  command -v chromium >/dev/null 2>&1 && export INTERREGIO_CHROMIUM=$(command -v chromium)
  trap stop_services EXIT
fi
