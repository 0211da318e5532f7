#!/usr/bin/env bash
# Restores one service database from a backup of deploy/backup.sh (R-SEC4, issue 15). docs/OPERATIONS.md.
#
#   deploy/restore.sh oms_review                        from the newest backup in OMS_BACKUP_DIR
#   deploy/restore.sh --from .oms/backups/<name> oms_review
#   deploy/restore.sh --from <folder> --as oms_review_check oms_review   into another database (a restore test)
#   deploy/restore.sh --replay review-service oms_review  and the service's consumer group replays Kafka from the
#                                                         backup's time (OMS_KAFKA_BOOTSTRAP, default 127.0.0.1:9092)
#
# Checks the dump's SHA-256 against the backup's SHA256SUMS first and restores nothing if it differs. Then drops the
# target database (disconnecting whoever is connected: stop the service first), creates it again owned by oms and
# restores the dump in one transaction. Start the service afterwards; docs/OPERATIONS.md says what the restored
# database misses (the recovery point) and how the service catches up.
#
# Settings (environment): OMS_BACKUP_DIR (default .oms/backups), PGHOST PGPORT PGUSER PGPASSWORD (default 127.0.0.1
# 5432 oms oms), OMS_PG_ADMIN (a role that may drop and create databases; default postgres, else the local postgres
# system user through runuser or sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-oms}" PGPASSWORD="${PGPASSWORD:-oms}"
BACKUP_DIR="${OMS_BACKUP_DIR:-$ROOT/.oms/backups}"
ADMIN="${OMS_PG_ADMIN:-postgres}"

die() { printf 'restore: %s\n' "$*" >&2; exit 1; }
log() { printf '[%s] restore: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

from=latest
replay=
target=
db=
while [[ $# -gt 0 ]]; do
  case $1 in
    --from) [[ $# -ge 2 ]] || die "--from needs a backup folder"; from=$2; shift ;;
    --as) [[ $# -ge 2 ]] || die "--as needs a database name"; target=$2; shift ;;
    --replay) [[ $# -ge 2 ]] || die "--replay needs the service's consumer group"; replay=$2; shift ;;
    -*) die "unknown option $1 (see the comment at the top of $0)" ;;
    *) [[ -z $db ]] || die "one database at a time"; db=$1 ;;
  esac
  shift
done
[[ -n $db ]] || die "usage: $0 [--from FOLDER] [--as TARGET] DATABASE"
target=${target:-$db}
for name in "$db" "$target"; do [[ $name =~ ^[a-z][a-z0-9_]*$ ]] || die "bad database name '$name'"; done

if [[ $from == latest ]]; then
  from="$(find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '2*Z' 2>/dev/null | sort | tail -n 1)"
  [[ -n $from ]] || die "no backup in $BACKUP_DIR"
fi
dump="$from/$db.dump"
[[ -f $dump ]] || die "$dump does not exist"
[[ -f $from/SHA256SUMS ]] || die "$from has no SHA256SUMS: not a backup of deploy/backup.sh, or incomplete"
expected="$(awk -v f="$db.dump" '$2 == f || $2 == "*" f { print $1 }' "$from/SHA256SUMS")"
[[ -n $expected ]] || die "$from/SHA256SUMS lists no $db.dump"
actual="$(sha256sum "$dump" | cut -d' ' -f1)"
[[ $actual == "$expected" ]] || die "checksum mismatch for $dump (expected $expected, found $actual): the dump is damaged; nothing was restored"
log "checksum of $dump verified"

# shellcheck source=deploy/pg-tools.sh
source "$ROOT/deploy/pg-tools.sh"
PG_RESTORE="$(pg_tool pg_restore)"

admin_sql() {
  export PGOPTIONS="-c client_min_messages=warning"
  if PGPASSWORD="${OMS_PG_ADMIN_PASSWORD:-}" psql -U "$ADMIN" -d postgres -w -qtAX -c 'select 1' >/dev/null 2>&1; then
    PGPASSWORD="${OMS_PG_ADMIN_PASSWORD:-}" psql -U "$ADMIN" -d postgres -w -v ON_ERROR_STOP=1 -qtAX -c "$1"
  elif [[ $(id -u) -eq 0 ]] && command -v runuser >/dev/null; then
    (cd / && runuser -u postgres -- psql -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 -qtAX -c "$1")
  else
    (cd / && sudo -n -u postgres psql -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 -qtAX -c "$1")
  fi
}

log "recreating database $target"
admin_sql "drop database if exists $target with (force)" >/dev/null
admin_sql "create database $target owner $PGUSER" >/dev/null
log "restoring $dump into $target"
"$PG_RESTORE" --no-owner --exit-on-error --single-transaction --dbname="$target" "$dump"
log "done: $target restored from $from"

# The events the service consumed after the backup: its consumer group replays them (the restored inbox skips what it
# had processed already). The backup's folder name is when it began.
if [[ -n $replay ]]; then
  stamp="$(basename "$from")"
  [[ $stamp =~ ^([0-9]{4})([0-9]{2})([0-9]{2})T([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{3})Z$ ]] \
    || die "cannot tell the backup's time from its folder name '$stamp'"
  at="${BASH_REMATCH[1]}-${BASH_REMATCH[2]}-${BASH_REMATCH[3]}T${BASH_REMATCH[4]}:${BASH_REMATCH[5]}:${BASH_REMATCH[6]}.${BASH_REMATCH[7]}Z"
  log "consumer group $replay replays from $at (broker ${OMS_KAFKA_BOOTSTRAP:-127.0.0.1:9092})"
  KAFKA_BOOTSTRAP="${OMS_KAFKA_BOOTSTRAP:-127.0.0.1:9092}" "$ROOT/deploy/local/kafka.sh" rewind main "$replay" "$at" >&2
fi
