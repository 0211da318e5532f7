#!/usr/bin/env bash
# PostgreSQL for Smart Store OMS: uses the server on 127.0.0.1:5432 if one runs, otherwise installs
# (Debian package `postgresql`) and starts one; then creates the `oms` role and one database per
# service, plus a separate `_test` database per service for the test suite.
# Usage: postgres.sh start|status|reset-test|refuse DB|allow DB|drop DB|restart [SECONDS]
#   refuse DB / allow DB: a fault for the chaos runs: the database refuses new connections and its sessions
#   are terminated (SQLSTATE 55000 / 57P01), then accepts them again; the server itself keeps running.
#   drop DB: the restore drill's lost database (RestoreDrillIT): dropped, its sessions cut.
#   restart [SECONDS]: a fault for the full chaos run: the whole server stops (fast shutdown: every session
#   of every database is cut), stays down SECONDS (default 5), and starts again. Needs root or sudo and a
#   Debian cluster (pg_ctlcluster) on the port; it disturbs everything else using this server.
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_HOST=127.0.0.1
PG_PORT=${OMS_PG_PORT:-5432}
# Each service's database (deploy/services.txt), and the kit's, which only its tests use.
DATABASES=()
for module in "${OMS_SERVICES[@]}"; do DATABASES+=("${OMS_SERVICE_DB[$module]}"); done
TEST_ONLY=(oms_kit)


# Runs SQL as a PostgreSQL superuser: over TCP as `postgres` (works with trust auth), else over the
# local socket as the `postgres` OS user (Debian's default peer auth).
psql_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -w -c 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -w -v ON_ERROR_STOP=1 -qtA "$@"
  elif command -v runuser >/dev/null && [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@")
  else
    (cd / && sudo -n -u postgres psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@")
  fi
}

ensure_server() {
  if port_open "$PG_HOST" "$PG_PORT"; then
    log "PostgreSQL already runs on $PG_HOST:$PG_PORT"
    return
  fi
  if ! command -v pg_ctlcluster >/dev/null; then
    log "PostgreSQL is not installed: installing the Debian package (needs root or sudo)"
    apt_install postgresql \
      || die "could not install PostgreSQL; install it yourself (apt-get install postgresql) and run this again"
  fi
  local version
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
  [[ -n $version ]] || die "no PostgreSQL cluster found under /etc/postgresql"
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || as_root pg_ctlcluster "$version" main start \
    || die "could not start PostgreSQL $version (see /var/log/postgresql/)"
  wait_for_port PostgreSQL "$PG_HOST" "$PG_PORT" 30 "/var/log/postgresql/postgresql-$version-main.log"
}

ensure_databases() {
  psql_admin -c "do \$\$ begin
      if not exists (select from pg_roles where rolname = 'oms') then
        create role oms login password 'oms';
      end if;
    end \$\$;"
  local base db
  for base in "${DATABASES[@]}"; do
    for db in "$base" "${base}_test"; do
      if [[ -z $(psql_admin -c "select 1 from pg_database where datname = '$db'") ]]; then
        psql_admin -c "create database $db owner oms"
        log "created database $db"
      fi
    done
  done
  for base in "${TEST_ONLY[@]}"; do
    if [[ -z $(psql_admin -c "select 1 from pg_database where datname = '${base}_test'") ]]; then
      psql_admin -c "create database ${base}_test owner oms"
      log "created database ${base}_test"
    fi
  done
  # A chaos run or outage test that was killed mid-fault leaves its database refusing connections: let them in again.
  psql_admin -c "do \$\$ declare d text; begin
      for d in select datname from pg_database where not datallowconn and datname like 'oms\_%' loop
        execute format('alter database %I with allow_connections true', d);
      end loop;
    end \$\$;" >/dev/null
}

case "${1:-start}" in
  start)
    ensure_server
    ensure_databases
    ;;
  status)
    if port_open "$PG_HOST" "$PG_PORT"; then echo "postgres   running  $PG_HOST:$PG_PORT"; else echo "postgres   stopped"; fi
    ;;
  reset-test)
    for base in "${DATABASES[@]}" "${TEST_ONLY[@]}"; do
      psql_admin -c "drop database if exists ${base}_test with (force)"
    done
    ensure_databases
    ;;
  refuse)
    [[ ${2:-} =~ ^oms_[a-z_]+$ ]] || die "usage: $0 refuse oms_<db>"
    psql_admin -c "alter database $2 with allow_connections false" \
      -c "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$2'" >/dev/null
    ;;
  drop)
    # The restore drill's lost database (RestoreDrillIT; docs/OPERATIONS.md): gone, connections and all.
    [[ ${2:-} =~ ^oms_[a-z_]+$ ]] || die "usage: $0 drop oms_<db>"
    psql_admin -c "drop database if exists $2 with (force)" >/dev/null
    ;;
  allow)
    [[ ${2:-} =~ ^oms_[a-z_]+$ ]] || die "usage: $0 allow oms_<db>"
    psql_admin -c "alter database $2 with allow_connections true" >/dev/null
    ;;
  restart)
    [[ ${2:-5} =~ ^[0-9]+$ ]] || die "usage: $0 restart [SECONDS]"
    command -v pg_lsclusters >/dev/null || die "restart needs a Debian PostgreSQL cluster (pg_lsclusters)"
    read -r version cluster < <(pg_lsclusters --no-header | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }')
    [[ -n ${version:-} ]] || die "no PostgreSQL cluster listens on port $PG_PORT"
    log "restarting PostgreSQL $version/$cluster (down ${2:-5} s)"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop -m fast \
      || die "could not stop PostgreSQL $version/$cluster"
    sleep "${2:-5}"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start \
      || die "could not start PostgreSQL $version/$cluster"
    wait_for_port PostgreSQL "$PG_HOST" "$PG_PORT" 30 "/var/log/postgresql/postgresql-$version-$cluster.log"
    ;;
  *) die "usage: $0 start|status|reset-test|refuse DB|allow DB|restart [SECONDS]" ;;
esac
