#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the test suite: installs the Debian package when it is
# missing (as root), starts a private cluster under $TMPDIR (trust auth, fsync off, no system service
# touched) and prints the admin URL that DYADWATCH_TEST_POSTGRES takes. Rerunning it finds the server
# already up. `make test` calls it; when it fails it says why on stderr and prints nothing, and the
# PostgreSQL tests skip with that reason.
#
#   scripts/test-postgres.sh          start (or find) the server, print its URL
#   scripts/test-postgres.sh stop     stop it
set -euo pipefail

PORT="${DYADWATCH_PG_PORT:-54329}"
BASE="${TMPDIR:-/tmp}/dyadwatch-pg-${PORT}"
URL="postgresql+psycopg://dw@127.0.0.1:${PORT}/postgres"

fail() { echo "test-postgres: $*" >&2; exit 1; }

server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(server_bin)"
if [[ -z "${BIN}" ]]; then
    [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null \
        || fail "PostgreSQL is not installed and I cannot install it (needs root and apt-get): apt-get install postgresql"
    echo "test-postgres: installing the Debian postgresql package…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1; } \
        || fail "apt-get install postgresql failed"
    BIN="$(server_bin)"
    [[ -n "${BIN}" ]] || fail "postgresql installed but no server binaries under /usr/lib/postgresql"
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the package's postgres user.
if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || fail "no postgres user to run the server as"
    as_owner() { runuser -u postgres -- "$@"; }
else
    as_owner() { "$@"; }
fi

if [[ "${1:-}" == "stop" ]]; then
    [[ -d "${BASE}/data" ]] && as_owner "${BIN}/pg_ctl" -D "${BASE}/data" -m fast -w stop >&2 || true
    exit 0
fi

if "${BIN}/pg_isready" -q -h 127.0.0.1 -p "${PORT}"; then
    echo "${URL}"
    exit 0
fi

mkdir -p "${BASE}"
[[ "$(id -u)" == 0 ]] && chown postgres: "${BASE}"
if [[ ! -f "${BASE}/data/PG_VERSION" ]]; then
    as_owner "${BIN}/initdb" -D "${BASE}/data" -U dw --auth=trust --encoding=UTF8 >"${BASE}/initdb.log" 2>&1 \
        || fail "initdb failed: see ${BASE}/initdb.log"
fi
as_owner "${BIN}/pg_ctl" -D "${BASE}/data" -l "${BASE}/server.log" -w -t 60 \
    -o "-p ${PORT} -k ${BASE} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=100" \
    start >/dev/null || fail "the server did not start: see ${BASE}/server.log"
"${BIN}/pg_isready" -q -h 127.0.0.1 -p "${PORT}" || fail "the server started but does not answer on 127.0.0.1:${PORT}"
echo "${URL}"
