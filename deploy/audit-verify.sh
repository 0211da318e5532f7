#!/usr/bin/env bash
# Checks the hash chain of every service's audit log (R-SEC3, issue 15) straight in the databases, services running or
# not: for each one the number of rows checked, the first row that breaks the chain (content changed, a row missing or
# not linked to the one before) and the last row's hash (write it down elsewhere and a cut-off chain is seen as well).
# The same check as GET /api/audit/verify (admin). Exits 1 if any chain is broken. docs/OPERATIONS.md.
#
#   deploy/audit-verify.sh            the six databases (OMS_DB_SUFFIX=_test: the tests' databases)
#   deploy/audit-verify.sh oms_review one database
# Settings: PGHOST PGPORT PGUSER PGPASSWORD (default 127.0.0.1 5432 oms oms).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-oms}" PGPASSWORD="${PGPASSWORD:-oms}"
SUFFIX="${OMS_DB_SUFFIX:-}"

dbs=("$@")
if [[ ${#dbs[@]} -eq 0 ]]; then
  while read -r module _port db; do
    [[ -z ${module:-} || $module == \#* ]] && continue
    dbs+=("$db$SUFFIX")
  done <"$ROOT/deploy/services.txt"
fi

broken=0
printf '%-24s %8s  %-8s %s\n' database rows chain 'last hash / first broken row'
for db in "${dbs[@]}"; do
  [[ $db =~ ^[a-z][a-z0-9_]*$ ]] || { echo "bad database name '$db'" >&2; exit 2; }
  if ! row="$(psql -d "$db" -w -qtAX -F '|' -c 'select checked, first_broken, reason, head from oms_audit_verify()' 2>&1)"; then
    printf '%-24s %8s  %-8s %s\n' "$db" - ERROR "${row//$'\n'/ }"
    broken=1
    continue
  fi
  IFS='|' read -r checked first reason head <<<"$row"
  if [[ -z $first ]]; then
    printf '%-24s %8s  %-8s %s\n' "$db" "$checked" intact "$head"
  else
    printf '%-24s %8s  %-8s %s\n' "$db" "$checked" BROKEN "row $first: $reason"
    broken=1
  fi
done
exit "$broken"
