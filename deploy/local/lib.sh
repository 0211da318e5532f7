#!/usr/bin/env bash
# Shared helpers for the deploy/local scripts: paths under the git-ignored .oms/ folder, pid files, waiting.
set -euo pipefail

OMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OMS_HOME="${OMS_HOME:-$OMS_ROOT/.oms}"
OMS_LOGS="$OMS_HOME/logs"
OMS_RUN="$OMS_HOME/run"
mkdir -p "$OMS_LOGS" "$OMS_RUN"

# The six services (deploy/services.txt): modules in order, and each one's port and database.
OMS_SERVICES=()
declare -A OMS_SERVICE_PORT=() OMS_SERVICE_DB=()
# shellcheck disable=SC2034 # used by the scripts that source this file
while read -r module port db; do
  [[ -z ${module:-} || $module == \#* ]] && continue
  OMS_SERVICES+=("$module")
  OMS_SERVICE_PORT[$module]=$port
  OMS_SERVICE_DB[$module]=$db
done <"$OMS_ROOT/deploy/services.txt"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through passwordless sudo otherwise, else fails.
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

# Installs Debian packages (needs root or passwordless sudo).
apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
}

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_for_port NAME HOST PORT SECONDS LOGFILE
wait_for_port() {
  local name=$1 host=$2 port=$3 seconds=$4 logfile=$5 i
  for ((i = 0; i < seconds * 2; i++)); do
    port_open "$host" "$port" && return 0
    sleep 0.5
  done
  echo "--- last lines of $logfile ---" >&2
  tail -n 30 "$logfile" >&2 || true
  die "$name did not open $host:$port within ${seconds}s (log: $logfile)"
}

# pid_alive NAME: true when the process recorded in .oms/run/NAME.pid still runs.
pid_alive() {
  local f="$OMS_RUN/$1.pid"
  [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null
}

# stop_pid NAME: TERM the recorded process (and its group), then KILL after a grace period.
stop_pid() {
  local name=$1 f="$OMS_RUN/$1.pid" pid i
  [[ -f $f ]] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$f"
}

# java_major JAVA_BIN: the feature version (17, 21, 25, ...) of a java executable.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}
