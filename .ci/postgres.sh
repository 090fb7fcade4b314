#!/usr/bin/env bash
# Installs Debian's PostgreSQL (if missing), starts it on 127.0.0.1 and creates the test database.
# Prints the line to export so the store tests also run against PostgreSQL:
#   eval "$(.ci/postgres.sh)"
# Needs root (apt-get, pg_ctlcluster). Idempotent: safe to run twice.
set -euo pipefail
PG_USER=${PG_USER:-precis}
PG_PASS=${PG_PASS:-precis}
PG_DB=${PG_DB:-precis_test}
PG_PORT=${PG_PORT:-5432}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main --port "$PG_PORT" --locale C.UTF-8 --encoding UTF8 >&2
fi
CLUSTER_PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start -- -o "-c listen_addresses=127.0.0.1" >&2 \
    || pg_ctlcluster "$VERSION" main start >&2
fi
for i in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p "$CLUSTER_PORT" -q && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$CLUSTER_PORT" -q || { echo "postgres did not start on 127.0.0.1:$CLUSTER_PORT" >&2; exit 1; }

psql_admin() { su postgres -c "psql -p $CLUSTER_PORT -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" ]; then
  psql_admin "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASS'" >&2
fi
if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" ]; then
  # UTF8 whatever the cluster was made with: Debian's package makes "main" in the installing shell's locale,
  # SQL_ASCII under LANG=C or no LANG (lengths in bytes, no case folding past ASCII)
  psql_admin "CREATE DATABASE $PG_DB OWNER $PG_USER ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0" >&2
fi
echo "export PRECIS_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$CLUSTER_PORT/$PG_DB?user=$PG_USER&password=$PG_PASS'"
