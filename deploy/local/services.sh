#!/usr/bin/env bash
# Starts, stops and reports the six OMS services as packaged jars (java -jar ...quarkus-run.jar),
# against the infrastructure of deploy/local/infra.sh. Logs: .oms/logs/<service>.log.
# Usage: services.sh start|stop|status, or launch NAME (start one, do not wait: the chaos run's supervisor)
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# JVM options of each service: small and quick to start by default (a laptop runs six of them);
# OMS_SERVICE_JAVA_OPTS replaces them, e.g. "-Xmx512m" for the full JIT in a benchmark.
read -ra JAVA_OPTS <<<"${OMS_SERVICE_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
# OMS_SERVICE_JFR=DIR: each service records a Java Flight Recording (profile settings) into DIR/<service>.jfr, written
# when it stops (services.sh stop), e.g. to see where the CPU goes under ./run.sh bench (docs/BENCHMARKS.md).


ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready" 2>/dev/null; }

# Starts one service unless it runs; returns at once (start waits until all are ready).
launch() {
  local name=$1 port jar
  [[ -n ${OMS_SERVICE_PORT[$name]:-} ]] || die "unknown service '$name': one of ${OMS_SERVICES[*]}"
  port=${OMS_SERVICE_PORT[$name]}
  jar="$OMS_ROOT/$name/target/quarkus-app/quarkus-run.jar"
  [[ -f $jar ]] || die "$jar is missing: build first (mvn -DskipTests package)"
  if pid_alive "$name"; then
    log "$name already runs (pid $(cat "$OMS_RUN/$name.pid"))"
    return
  fi
  port_open 127.0.0.1 "$port" && die "port $port is taken by a process these scripts did not start"
  local opts=("${JAVA_OPTS[@]}")
  if [[ -n ${OMS_SERVICE_JFR:-} ]]; then
    mkdir -p "$OMS_SERVICE_JFR"
    opts+=("-XX:StartFlightRecording=filename=$OMS_SERVICE_JFR/$name.jfr,settings=profile,dumponexit=true")
  fi
  # Local-demo secrets: production passes its own through the environment. The services run in the production
  # profile, which refuses the repository's demo secrets unless told this is a local demo (kit DemoSecrets).
  # Mail goes to the local mail catcher (deploy/local/mail.sh), which delivers nothing.
  # Swagger UI, the OpenAPI documents and metrics open for the demo (production: admin or monitoring tokens only).
  OMS_SECURITY_ALLOW_DEMO_SECRETS=${OMS_SECURITY_ALLOW_DEMO_SECRETS:-true} \
    OMS_MANAGEMENT_POLICY=${OMS_MANAGEMENT_POLICY:-permit} \
    QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-oms} \
    OMS_INTAKE_PSEUDONYM_KEY=${OMS_INTAKE_PSEUDONYM_KEY:-local-demo-pseudonym-key} \
    OMS_PII_ACTIVE_KEY=${OMS_PII_ACTIVE_KEY:-demo1} \
    OMS_PII_KEYS_DEMO1=${OMS_PII_KEYS_DEMO1:-bG9jYWwtZGVtby1vbmx5LXBpaS1rZXktMzItYnl0ZSE=} \
    OMS_PII_HASH_KEY=${OMS_PII_HASH_KEY:-local-demo-pii-hash-key} \
    OMS_INTAKE_WEBHOOKS_SHOPIFY_SECRET=${OMS_INTAKE_WEBHOOKS_SHOPIFY_SECRET:-local-demo-shopify-secret} \
    OMS_INTAKE_WEBHOOKS_WOOCOMMERCE_SECRET=${OMS_INTAKE_WEBHOOKS_WOOCOMMERCE_SECRET:-local-demo-woocommerce-secret} \
    OMS_INTAKE_WEBHOOKS_GENERIC_SECRET=${OMS_INTAKE_WEBHOOKS_GENERIC_SECRET:-local-demo-generic-secret} \
    OMS_INTAKE_WEBHOOKS_BIGCOMMERCE_SECRET=${OMS_INTAKE_WEBHOOKS_BIGCOMMERCE_SECRET:-local-demo-bigcommerce-secret} \
    OMS_INTAKE_PAYMENT_PROVIDERS_STRIPE_SECRET=${OMS_INTAKE_PAYMENT_PROVIDERS_STRIPE_SECRET:-local-demo-stripe-secret} \
    OMS_SHIPPING_CARRIERS_CTT_WEBHOOK_SECRET=${OMS_SHIPPING_CARRIERS_CTT_WEBHOOK_SECRET:-local-demo-ctt-secret} \
    QUARKUS_MAILER_HOST=${QUARKUS_MAILER_HOST:-127.0.0.1} \
    QUARKUS_MAILER_PORT=${QUARKUS_MAILER_PORT:-${OMS_MAIL_SMTP_PORT:-1025}} \
    nohup java "${opts[@]}" -jar "$jar" >>"$OMS_LOGS/$name.log" 2>&1 &
  echo $! >"$OMS_RUN/$name.pid"
}

start() {
  local name
  for name in "${OMS_SERVICES[@]}"; do
    launch "$name"
  done
  local i pending port
  for ((i = 0; i < 240; i++)); do
    pending=()
    for name in "${OMS_SERVICES[@]}"; do
      port=${OMS_SERVICE_PORT[$name]}
      ready "$port" || pending+=("$name")
      pid_alive "$name" || { tail -n 40 "$OMS_LOGS/$name.log" >&2; die "$name exited during start-up (log: $OMS_LOGS/$name.log)"; }
    done
    [[ ${#pending[@]} -eq 0 ]] && { log "all six services are ready"; return; }
    sleep 0.5
  done
  die "not ready after 120 s: ${pending[*]} (logs in $OMS_LOGS)"
}

stop() {
  local name
  for name in "${OMS_SERVICES[@]}"; do
    stop_pid "$name"
  done
}

status() {
  local name port
  for name in "${OMS_SERVICES[@]}"; do
    port=${OMS_SERVICE_PORT[$name]}
    if pid_alive "$name" && ready "$port"; then
      printf '%-22s ready    http://127.0.0.1:%s (pid %s)\n' "$name" "$port" "$(cat "$OMS_RUN/$name.pid")"
    elif pid_alive "$name"; then
      printf '%-22s starting http://127.0.0.1:%s\n' "$name" "$port"
    else
      printf '%-22s stopped\n' "$name"
    fi
  done
}

case "${1:-status}" in
  start) start ;;
  launch) launch "${2:?usage: $0 launch <service>}" ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status|launch <service>" ;;
esac
