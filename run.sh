#!/usr/bin/env bash
# Smart Store OMS, locally: builds what is needed, starts PostgreSQL, Kafka, Keycloak and a mail catcher
# (deploy/local), starts the six services, loads demo data and prints where to look.
#   ./run.sh            start everything (again: only what is not running)
#   ./run.sh demo [N]   start, then push N orders (default 5) through the whole chain and print time-to-ship and
#                       the customer mails the mail catcher holds
#   ./run.sh bench [RATE] [SECONDS] [WARMUP]  start, then place RATE orders/s (default 20) for SECONDS (default 60)
#                       after WARMUP s (default 20) with staff picking and dispatching; report throughput, latency per
#                       stage, CPU/RSS per process, consumer lag; results in bench/results/<time>/ (docs/BENCHMARKS.md)
#   ./run.sh interleavings [N] [SEED]  start, then play N seeded order stories (default 1000) with every
#                       consumer's events jittered, and check the lifecycle invariants (docs/ORDER-LIFECYCLE.md)
#   ./run.sh chaos [MIN] [RATE] [KILLS] [POISON] [SEED] [LONG-OUTAGE-S] [RESTARTS]  start, then load RATE orders/s for MIN minutes while
#                       killing services, stopping the broker, databases and the PostgreSQL server, and injecting poison; then the
#                       history checker (docs/RELIABILITY.md)
#   ./run.sh status     what runs
#   ./run.sh stop       stop the services and the servers this started, the mail catcher too (PostgreSQL is left running)
set -euo pipefail
cd "$(dirname "$0")"
source deploy/local/lib.sh

MODULES=(event-contracts service-kit "${OMS_SERVICES[@]}" system-tests)

require() {
  command -v java >/dev/null || die "java is not on the PATH: install a JDK 17 or newer"
  command -v mvn >/dev/null || die "mvn is not on the PATH: install Apache Maven (apt-get install maven)"
  local major
  major=$(java_major "$(command -v java)")
  ((major >= 17)) || die "java on the PATH is $major; the services need 17 or newer"
}

# Builds when a jar is missing or any source, resource or pom is newer than it.
build_if_needed() {
  local stamp="system-tests/target/classpath.txt" module needed=""
  for module in "${OMS_SERVICES[@]}"; do
    [[ -f $module/target/quarkus-app/quarkus-run.jar ]] || needed=yes
  done
  [[ -f $stamp ]] || needed=yes
  if [[ -z $needed ]] && [[ -n $(find pom.xml "${MODULES[@]/%//pom.xml}" "${MODULES[@]/%//src}" -newer "$stamp" -print -quit 2>/dev/null) ]]; then
    needed=yes
  fi
  if [[ -n $needed ]]; then
    # Running services would have their jars replaced under them: stop them, start them again below.
    deploy/local/services.sh stop
    log "building (mvn package, tests skipped: ./test.sh runs them); log: .oms/logs/build.log"
    mvn -B -ntp -DskipTests package >"$OMS_LOGS/build.log" 2>&1 || { tail -n 40 "$OMS_LOGS/build.log" >&2; die "the build failed"; }
    touch "$stamp"
  fi
}

client() {
  java -cp "system-tests/target/classes:$(cat system-tests/target/classpath.txt)" "com.smartstore.oms.systemtests.$1" "${@:2}"
}

start() {
  require
  build_if_needed
  deploy/local/infra.sh start main
  # Customers' mails wait (and are retried) while no mail catcher runs: a missing Node.js stops no demo.
  deploy/local/mail.sh start || log "no mail catcher (deploy/local/mail.sh needs Node.js 20+ and npm): mails wait in shipping"
  deploy/local/services.sh start
  client Demo load
  cat <<INFO

Smart Store OMS is running.
  Swagger UI   intake    http://127.0.0.1:8081/q/swagger-ui     review    http://127.0.0.1:8082/q/swagger-ui
               warehouse http://127.0.0.1:8083/q/swagger-ui     shipping  http://127.0.0.1:8084/q/swagger-ui
               returns   http://127.0.0.1:8085/q/swagger-ui     analytics http://127.0.0.1:8086/q/swagger-ui
  Keycloak     http://127.0.0.1:8180  (admin console: admin / admin; realm "oms")
  Mail         http://127.0.0.1:${OMS_MAIL_WEB_PORT:-1080}  (the mails sent to customers, caught by MailDev; nothing is delivered)
  Demo users   one per role, password "demo": order-clerk sales customer-service reviewer warehouse
               purchasing shipping after-sales finance quality manager admin (and trainee)
  Logs         .oms/logs/     Status: ./run.sh status     Stop: ./run.sh stop
  Orders end to end with a time-to-ship report: ./run.sh demo

Try it:
  TOKEN=\$(curl -s -d client_id=oms-services -d client_secret=oms-services-secret -d grant_type=password \\
    -d username=manager -d password=demo http://127.0.0.1:8180/realms/oms/protocol/openid-connect/token \\
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8081/api/products
INFO
}

case "${1:-start}" in
  start) start ;;
  demo)
    start
    client Demo orders "${2:-5}"
    # Shipping's mails to the customers whose orders left (its sender runs every 10 s).
    deploy/local/mail.sh summary 30 || true
    ;;
  bench)
    start >/dev/null
    client Benchmark "${2:-20}" "${3:-60}" "${4:-20}"
    ;;
  interleavings)
    start >/dev/null
    # Every consumer delays each event by a seeded random jitter, so events meet in every order.
    deploy/local/services.sh stop
    OMS_INBOX_JITTER_MAX=${OMS_INBOX_JITTER_MAX:-250ms} deploy/local/services.sh start
    rc=0
    client Interleavings "${2:-1000}" "${3:-17}" || rc=$?
    log "restarting the services without jitter"
    deploy/local/services.sh stop
    deploy/local/services.sh start
    exit "$rc"
    ;;
  chaos)
    start >/dev/null
    client Chaos "${@:2}"
    ;;
  status)
    deploy/local/infra.sh status
    deploy/local/mail.sh status
    deploy/local/services.sh status
    ;;
  audit-verify) exec deploy/audit-verify.sh "${@:2}" ;;
  backup) exec deploy/backup.sh "${@:2}" ;;
  restore) exec deploy/restore.sh "${@:2}" ;;
  stop)
    deploy/local/services.sh stop
    deploy/local/mail.sh stop
    deploy/local/infra.sh stop main
    ;;
  *) die "usage: ./run.sh [start|demo [N]|bench [RATE] [SECONDS] [WARMUP]|interleavings [N] [SEED]|chaos [...]|audit-verify|backup [...]|restore [...]|status|stop]" ;;
esac
