#!/usr/bin/env bash
# Keycloak 26 from Maven Central (keycloak-quarkus-dist zip) on 127.0.0.1:8180, importing the `oms`
# realm from deploy/keycloak/oms-realm.json. Needs a JDK 21+: $KEYCLOAK_JAVA_HOME, else the newest
# one found among the machine's JDKs.
# Usage: keycloak.sh start|stop|status|reset
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=26.5.6
KC_PORT=${OMS_KEYCLOAK_PORT:-8180}
KC_HOME="$OMS_HOME/keycloak/keycloak-$KC_VERSION"
LOGFILE="$OMS_LOGS/keycloak.log"

find_java() {
  local candidates=() c best="" best_major=0 major
  [[ -n ${KEYCLOAK_JAVA_HOME:-} ]] && candidates+=("$KEYCLOAK_JAVA_HOME/bin/java")
  [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME/bin/java")
  for c in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/*/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java; do
    candidates+=("$c")
  done
  command -v java >/dev/null && candidates+=("$(command -v java)")
  for c in "${candidates[@]}"; do
    [[ -x $c ]] || continue
    major=$(java_major "$c")
    [[ $major =~ ^[0-9]+$ ]] || continue
    if [[ -n ${KEYCLOAK_JAVA_HOME:-} && $c == "$KEYCLOAK_JAVA_HOME/bin/java" ]]; then
      ((major >= 21)) || die "KEYCLOAK_JAVA_HOME points to Java $major; Keycloak $KC_VERSION needs Java 21 or newer"
      echo "$c"; return
    fi
    if ((major >= 21 && major > best_major)); then best=$c; best_major=$major; fi
  done
  [[ -n $best ]] || die "Keycloak $KC_VERSION needs a JDK 21 or newer and none was found. Install one (e.g. Temurin 21) and set KEYCLOAK_JAVA_HOME to it."
  echo "$best"
}

install() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return
  local zip="$OMS_HOME/downloads/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -s $zip ]]; then
    log "downloading Keycloak $KC_VERSION from Maven Central"
    mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$OMS_HOME/downloads" >"$OMS_LOGS/keycloak-download.log" 2>&1 \
      || { tail -n 20 "$OMS_LOGS/keycloak-download.log" >&2; die "could not download Keycloak"; }
  fi
  mkdir -p "$OMS_HOME/keycloak"
  (cd "$OMS_HOME/keycloak" && unzip -q -o "$zip") 2>/dev/null \
    || (cd "$OMS_HOME/keycloak" && jar xf "$zip" && chmod +x "keycloak-$KC_VERSION"/bin/*.sh) \
    || die "could not unpack $zip"
}

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$KC_PORT/realms/oms/.well-known/openid-configuration" 2>/dev/null; }

start() {
  if pid_alive keycloak && ready; then
    log "Keycloak already runs on http://127.0.0.1:$KC_PORT"
    return
  fi
  if ! pid_alive keycloak && ready; then
    log "Keycloak with realm oms already answers on http://127.0.0.1:$KC_PORT (not started by these scripts): using it"
    return
  fi
  if ! pid_alive keycloak; then
    port_open 127.0.0.1 "$KC_PORT" && die "port $KC_PORT is taken by a process these scripts did not start"
    install
    local java_bin
    java_bin=$(find_java)
    mkdir -p "$KC_HOME/data/import"
    cp "$OMS_ROOT/deploy/keycloak/oms-realm.json" "$KC_HOME/data/import/oms-realm.json"
    log "starting Keycloak $KC_VERSION on http://127.0.0.1:$KC_PORT (with $(dirname "$(dirname "$java_bin")"))"
    JAVA_HOME=$(dirname "$(dirname "$java_bin")") \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      JAVA_OPTS_KC_HEAP="-Xms256m -Xmx768m" \
      nohup "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-host=127.0.0.1 --import-realm \
      >>"$LOGFILE" 2>&1 &
    echo $! >"$OMS_RUN/keycloak.pid"
  fi
  local i
  for ((i = 0; i < 240; i++)); do
    ready && { log "Keycloak ready: realm oms at http://127.0.0.1:$KC_PORT/realms/oms"; return; }
    pid_alive keycloak || break
    sleep 0.5
  done
  tail -n 30 "$LOGFILE" >&2
  die "Keycloak did not become ready (log: $LOGFILE)"
}

case "${1:-start}" in
  start) start ;;
  stop) stop_pid keycloak ;;
  status)
    if pid_alive keycloak && ready; then
      echo "keycloak   running  http://127.0.0.1:$KC_PORT (pid $(cat "$OMS_RUN/keycloak.pid"))"
    else
      echo "keycloak   stopped"
    fi
    ;;
  reset)
    stop_pid keycloak
    rm -rf "$KC_HOME/data"
    start
    ;;
  *) die "usage: $0 start|stop|status|reset" ;;
esac
