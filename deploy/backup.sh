#!/usr/bin/env bash
# Backs up every service database (R-SEC4, issue 15): pg_dump in custom format, one folder per backup under a
# separate location, a SHA256SUMS file beside the dumps, the newest N backups kept. docs/OPERATIONS.md.
#
#   deploy/backup.sh                 one backup of the six databases now
#   deploy/backup.sh --loop          one backup every OMS_BACKUP_INTERVAL_DAYS days, until stopped
#   deploy/backup.sh --db oms_review one database only (repeatable)
#
# Settings (environment):
#   OMS_BACKUP_DIR            where backups go (default .oms/backups; point it at other storage: another disk, a mount)
#   OMS_BACKUP_KEEP           how many backups to keep (default 7); older ones are deleted after a good backup
#   OMS_BACKUP_INTERVAL_DAYS  R-SEC4's backup-interval-days for --loop (default 1)
#   OMS_DB_SUFFIX             appended to every database name (the tests' databases: _test)
#   PGHOST PGPORT PGUSER PGPASSWORD   the server and a role that can read the databases (default 127.0.0.1 5432 oms oms)
# Prints the new backup's folder as its last line.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-oms}" PGPASSWORD="${PGPASSWORD:-oms}"
BACKUP_DIR="${OMS_BACKUP_DIR:-$ROOT/.oms/backups}"
KEEP="${OMS_BACKUP_KEEP:-7}"
INTERVAL_DAYS="${OMS_BACKUP_INTERVAL_DAYS:-1}"
SUFFIX="${OMS_DB_SUFFIX:-}"

die() { printf 'backup: %s\n' "$*" >&2; exit 1; }
log() { printf '[%s] backup: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

loop=false
dbs=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --loop) loop=true ;;
    --db) [[ $# -ge 2 ]] || die "--db needs a database name"; dbs+=("$2"); shift ;;
    *) die "unknown argument $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
[[ $KEEP =~ ^[1-9][0-9]*$ ]] || die "OMS_BACKUP_KEEP must be 1 or more, not '$KEEP'"
[[ $INTERVAL_DAYS =~ ^[1-9][0-9]*$ ]] || die "OMS_BACKUP_INTERVAL_DAYS must be 1 or more, not '$INTERVAL_DAYS'"
if [[ ${#dbs[@]} -eq 0 ]]; then
  while read -r module _port db; do
    [[ -z ${module:-} || $module == \#* ]] && continue
    dbs+=("$db$SUFFIX")
  done <"$ROOT/deploy/services.txt"
fi
for db in "${dbs[@]}"; do [[ $db =~ ^[a-z][a-z0-9_]*$ ]] || die "bad database name '$db'"; done

# shellcheck source=deploy/pg-tools.sh
source "$ROOT/deploy/pg-tools.sh"
PG_DUMP="$(pg_tool pg_dump)"

backup_once() {
  mkdir -p "$BACKUP_DIR"
  local name partial
  name="$(date -u +%Y%m%dT%H%M%S%3NZ)"
  partial="$BACKUP_DIR/.$name.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  for db in "${dbs[@]}"; do
    log "dumping $db"
    "$PG_DUMP" --format=custom --no-owner --file="$partial/$db.dump" "$db"
  done
  (cd "$partial" && sha256sum -- *.dump >SHA256SUMS)
  printf 'server %s\ndatabases %s\n' "$(pg_server_version)" "${dbs[*]}" >"$partial/INFO"
  # Only a complete backup gets its name: a crash half-way leaves a .partial folder, never a backup that looks good.
  mv "$partial" "$BACKUP_DIR/$name"
  # Retention: the newest KEEP backups stay (names sort by time).
  local old
  while read -r old; do
    [[ -n $old ]] || continue
    log "retention: deleting $old"
    rm -rf -- "${BACKUP_DIR:?}/$old"
  done < <(find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '2*Z' -printf '%f\n' | sort -r | tail -n +"$((KEEP + 1))")
  find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '.*.partial' ! -name ".$name.partial" -mmin +60 \
    -exec rm -rf {} + 2>/dev/null || true
  log "done: $BACKUP_DIR/$name"
  echo "$BACKUP_DIR/$name"
}

if $loop; then
  while true; do
    backup_once || log "backup failed; next try in $INTERVAL_DAYS day(s)"
    sleep "$((INTERVAL_DAYS * 86400))"
  done
else
  backup_once
fi
