#!/usr/bin/env bash
# Runs every test of Smart Store OMS (unit, @QuarkusTest against real servers, and the system tests
# with all six services), starting what they need: PostgreSQL, a fresh Kafka for tests on 19092 and
# Keycloak, then lints the services' OpenAPI documents. Servers this script started are stopped at the
# end. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/local/lib.sh

command -v mvn >/dev/null || die "mvn is not on the PATH: install Apache Maven (apt-get install maven)"
command -v npx >/dev/null || die "npx is not on the PATH: install Node.js 20+ and npm (apt-get install nodejs npm)"

# The scripts a new user runs are checked first (rules in .shellcheckrc); Debian's package if it is missing.
if ! command -v shellcheck >/dev/null; then
  log "installing shellcheck (Debian package)"
  apt_install shellcheck || die "shellcheck is missing and could not be installed: apt-get install shellcheck"
fi
shellcheck run.sh test.sh .ci/run deploy/local/*.sh

# No secret or key is set in a committed configuration outside the %dev and %test profiles (issue 15): production
# takes its own from the environment, and a service refuses to start with the repository's demo values (kit
# DemoSecrets).
configs=(*/src/main/resources/application.properties service-kit/src/main/resources/META-INF/microprofile-config.properties)
if grep -nE '^[[:space:]]*[^#%[:space:]][^=]*(secret|password|token|credential|keys\.|hash-key|pseudonym-key)[^=]*=[[:space:]]*[^[:space:]$]' \
  "${configs[@]}"; then
  die "the configuration above sets a secret outside the %dev/%test profiles: pass it through the environment"
fi

started_keycloak=""
cleanup() {
  deploy/local/kafka.sh stop test || true
  if [[ -n $started_keycloak ]]; then deploy/local/keycloak.sh stop || true; fi
}
trap cleanup EXIT

deploy/local/postgres.sh start
# A fresh broker each run: no events left over from an earlier run, so runs do not affect each other.
deploy/local/kafka.sh reset test
if ! deploy/local/keycloak.sh status | grep -q running; then started_keycloak=yes; fi
deploy/local/keycloak.sh start

log "running the test suite (mvn verify)"
mvn -B -ntp verify -Doms.test.kafka=127.0.0.1:19092 -Doms.test.keycloak=http://127.0.0.1:8180 "$@"

# The services' OpenAPI documents, as the build stored them, must satisfy a linter client generators trust.
log "linting the OpenAPI documents (redocly; rules in redocly.yaml)"
# The six services' documents (not service-kit's: that is the kit's test application, no API anyone calls).
documents=()
for service in "${OMS_SERVICES[@]}"; do
  if [[ -f $service/target/openapi/openapi.yaml ]]; then documents+=("$service/target/openapi/openapi.yaml"); fi
done
if ((${#documents[@]} > 0)); then
  npx --yes @redocly/cli@2.77.0 lint --config redocly.yaml "${documents[@]}"
fi
