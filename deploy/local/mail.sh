#!/usr/bin/env bash
# A local mail catcher: MailDev from the npm registry, a real SMTP server on 127.0.0.1:1025 that keeps every mail it
# is sent (it delivers none) and shows them on a web page, http://127.0.0.1:1080 (JSON: /api/email). The services'
# mailer points at it (deploy/local/services.sh), so the customer notifications of shipping can be read there.
# Needs Node.js 20+ and npm. Mails are kept in .oms/maildev/mail (the newest 1,000) until `reset`.
# Usage: mail.sh start|stop|status|reset|summary [WAIT_S]
#   summary: how many mails the catcher holds and the newest subjects; waits up to WAIT_S seconds (default 0) for one.
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MD_VERSION=3.0.0
SMTP_PORT=${OMS_MAIL_SMTP_PORT:-1025}
WEB_PORT=${OMS_MAIL_WEB_PORT:-1080}
MD_HOME="$OMS_HOME/maildev/maildev-$MD_VERSION"
MAIL_DIR="$OMS_HOME/maildev/mail"
LOGFILE="$OMS_LOGS/mail.log"

install() {
  [[ -x $MD_HOME/node_modules/.bin/maildev ]] && return
  command -v npm >/dev/null || die "npm is not on the PATH: install Node.js 20+ and npm (apt-get install nodejs npm)"
  log "installing MailDev $MD_VERSION from the npm registry"
  mkdir -p "$MD_HOME"
  npm install --prefix "$MD_HOME" --no-audit --no-fund --loglevel=error "maildev@$MD_VERSION" \
    >"$OMS_LOGS/mail-install.log" 2>&1 \
    || { tail -n 20 "$OMS_LOGS/mail-install.log" >&2; die "could not install MailDev"; }
}

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/api/healthz" 2>/dev/null; }

start() {
  if pid_alive mail && ready; then
    log "mail catcher already runs: SMTP 127.0.0.1:$SMTP_PORT, mails at http://127.0.0.1:$WEB_PORT"
    return
  fi
  if ! pid_alive mail; then
    port_open 127.0.0.1 "$SMTP_PORT" && die "port $SMTP_PORT is taken by a process these scripts did not start"
    port_open 127.0.0.1 "$WEB_PORT" && die "port $WEB_PORT is taken by a process these scripts did not start"
    install
    mkdir -p "$MAIL_DIR"
    log "starting the mail catcher (MailDev $MD_VERSION): SMTP 127.0.0.1:$SMTP_PORT, mails at http://127.0.0.1:$WEB_PORT"
    nohup "$MD_HOME/node_modules/.bin/maildev" --ip 127.0.0.1 --smtp "$SMTP_PORT" \
      --web-ip 127.0.0.1 --web "$WEB_PORT" --mail-directory "$MAIL_DIR" --max-emails 1000 >>"$LOGFILE" 2>&1 &
    echo $! >"$OMS_RUN/mail.pid"
  fi
  local i
  for ((i = 0; i < 60; i++)); do
    ready && port_open 127.0.0.1 "$SMTP_PORT" && { log "mail catcher ready"; return; }
    pid_alive mail || break
    sleep 0.5
  done
  tail -n 30 "$LOGFILE" >&2
  die "the mail catcher did not become ready (log: $LOGFILE)"
}

# The number of mails held, then the newest subjects with their recipients, one a line.
summary() {
  local wait_s=${1:-0} json total i
  for ((i = 0; ; i++)); do
    json=$(curl -fsS "http://127.0.0.1:$WEB_PORT/api/email/summary?limit=5" 2>/dev/null) \
      || die "the mail catcher does not answer on http://127.0.0.1:$WEB_PORT (deploy/local/mail.sh start)"
    total=$(jq -r '.total' <<<"$json")
    ((total > 0 || i >= wait_s)) && break
    sleep 1
  done
  echo "The mail catcher holds $total mail(s); read them at http://127.0.0.1:$WEB_PORT"
  jq -r '.items[] | "  \(.time)  to \(.to[0].address)  \(.subject)"' <<<"$json"
}

case "${1:-start}" in
  start) start ;;
  stop) stop_pid mail ;;
  status)
    if pid_alive mail && ready; then
      echo "mail       running  http://127.0.0.1:$WEB_PORT, SMTP 127.0.0.1:$SMTP_PORT (pid $(cat "$OMS_RUN/mail.pid"))"
    else
      echo "mail       stopped"
    fi
    ;;
  reset)
    stop_pid mail
    rm -rf "$MAIL_DIR"
    start
    ;;
  summary) summary "${2:-0}" ;;
  *) die "usage: $0 start|stop|status|reset|summary [WAIT_S]" ;;
esac
