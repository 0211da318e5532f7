#!/usr/bin/env bash
# The local infrastructure of Smart Store OMS: PostgreSQL, Kafka and Keycloak, real servers, no Docker.
# Usage: infra.sh start|stop|status|reset [main|test]
#   main (default): Kafka on 9092 for ./run.sh;  test: Kafka on 19092 for ./test.sh.
#   Keycloak (8180) and PostgreSQL (5432) serve both; tests use their own `_test` databases.
#   stop leaves PostgreSQL running (it is the machine's server, shared with other software).
#   reset wipes Kafka's data for the instance and Keycloak's database, then starts again.
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$(dirname "${BASH_SOURCE[0]}")"
INSTANCE=${2:-main}

case "${1:-start}" in
  start)
    "$HERE/postgres.sh" start
    "$HERE/kafka.sh" start "$INSTANCE"
    "$HERE/keycloak.sh" start
    ;;
  stop)
    "$HERE/kafka.sh" stop "$INSTANCE"
    [[ $INSTANCE == main ]] && "$HERE/kafka.sh" stop test
    "$HERE/keycloak.sh" stop
    ;;
  status)
    "$HERE/postgres.sh" status
    "$HERE/kafka.sh" status main
    "$HERE/kafka.sh" status test
    "$HERE/keycloak.sh" status
    ;;
  reset)
    "$HERE/postgres.sh" start
    "$HERE/kafka.sh" reset "$INSTANCE"
    "$HERE/keycloak.sh" reset
    ;;
  *) die "usage: $0 start|stop|status|reset [main|test]" ;;
esac
