#!/usr/bin/env bash
# Apache Kafka (KRaft, single node) from the broker jars on Maven Central, and every OMS topic.
# Two instances: `main` on 127.0.0.1:9092 for ./run.sh, `test` on 127.0.0.1:19092 for ./test.sh,
# so tests never consume or disturb a running demo's events. `test1`..`test9` (19192, 19292, ...) are
# extra test brokers for running several modules' suites at once (-Doms.test.kafka=127.0.0.1:<port>).
# Usage: kafka.sh start|stop|status|reset [main|test|test1..test9]
#        kafka.sh rewind INSTANCE GROUP ISO-TIME   (a consumer group replays from a time: deploy/restore.sh --replay)
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ACTION=${1:-start}
INSTANCE=${2:-main}
case "$INSTANCE" in
  main) PORT=9092 ;;
  test) PORT=19092 ;;
  test[1-9]) PORT=$((19092 + 100 * ${INSTANCE#test})) ;;
  *) die "unknown Kafka instance '$INSTANCE' (main, test or test1..test9)" ;;
esac
CONTROLLER_PORT=$((PORT + 1))
NAME="kafka-$INSTANCE"
DATA="$OMS_HOME/kafka/$INSTANCE"
CP_FILE="$OMS_HOME/kafka/classpath.txt"
LOGFILE="$OMS_LOGS/$NAME.log"

resolve_classpath() {
  if [[ ! -s $CP_FILE || $OMS_ROOT/deploy/kafka/pom.xml -nt $CP_FILE ]]; then
    log "resolving the Kafka broker classpath from Maven Central"
    mkdir -p "$(dirname "$CP_FILE")"
    mvn -q -B -f "$OMS_ROOT/deploy/kafka/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$CP_FILE" >"$OMS_LOGS/kafka-resolve.log" 2>&1 \
      || { tail -n 20 "$OMS_LOGS/kafka-resolve.log" >&2; die "could not resolve the Kafka jars with Maven"; }
  fi
  CP=$(cat "$CP_FILE")
}

write_config() {
  mkdir -p "$DATA"
  cat >"$DATA/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  cat >"$DATA/log4j2.yaml" <<YAML
Configuration:
  Appenders:
    Console:
      name: STDOUT
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: STDOUT
    Logger:
      - name: kafka.log
        level: WARN
      - name: org.apache.kafka.storage
        level: WARN
YAML
}

start() {
  if pid_alive "$NAME" && port_open 127.0.0.1 "$PORT"; then
    log "Kafka ($INSTANCE) already runs on 127.0.0.1:$PORT"
  else
    if port_open 127.0.0.1 "$PORT"; then
      [[ ${1:-} == fresh ]] && die "port $PORT is taken by a broker these scripts did not start; stop it to get a fresh one"
      log "a broker these scripts did not start answers on 127.0.0.1:$PORT: using it"
      create_topics
      return
    fi
    resolve_classpath
    write_config
    if [[ ! -f $DATA/logs/meta.properties ]]; then
      log "formatting Kafka ($INSTANCE) storage"
      java -cp "$CP" kafka.tools.StorageTool format -t "$(java -cp "$CP" kafka.tools.StorageTool random-uuid)" \
        -c "$DATA/server.properties" >>"$LOGFILE" 2>&1 || die "formatting Kafka storage failed (log: $LOGFILE)"
    fi
    log "starting Kafka ($INSTANCE) on 127.0.0.1:$PORT"
    nohup java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$DATA/log4j2.yaml" -cp "$CP" kafka.Kafka \
      "$DATA/server.properties" >>"$LOGFILE" 2>&1 &
    echo $! >"$OMS_RUN/$NAME.pid"
    wait_for_port "Kafka ($INSTANCE)" 127.0.0.1 "$PORT" 60 "$LOGFILE"
  fi
  create_topics
}

create_topics() {
  resolve_classpath
  java -cp "$CP" "$OMS_ROOT/deploy/kafka/CreateTopics.java" "127.0.0.1:$PORT" "$OMS_ROOT/deploy/kafka/topics.txt" \
    >>"$LOGFILE" 2>&1 || { tail -n 20 "$LOGFILE" >&2; die "creating topics failed (log: $LOGFILE)"; }
  log "Kafka ($INSTANCE) topics ready ($(grep -cv '^#' "$OMS_ROOT/deploy/kafka/topics.txt") topics, each with a .dlq twin)"
}

case "$ACTION" in
  start) start ;;
  stop) stop_pid "$NAME" ;;
  status)
    if pid_alive "$NAME" && port_open 127.0.0.1 "$PORT"; then
      echo "$NAME    running  127.0.0.1:$PORT (pid $(cat "$OMS_RUN/$NAME.pid"))"
    else
      echo "$NAME    stopped"
    fi
    ;;
  reset)
    stop_pid "$NAME"
    rm -rf "$DATA"
    start fresh
    ;;
  rewind)
    # rewind INSTANCE GROUP TIME: the consumer group replays from TIME (deploy/restore.sh --replay; the group's
    # service must be stopped). Also for another broker: KAFKA_BOOTSTRAP=host:port.
    [[ $# -eq 4 ]] || die "usage: $0 rewind main|test|test1..test9 GROUP ISO-TIME"
    resolve_classpath
    java -cp "$CP" "$OMS_ROOT/deploy/kafka/RewindGroup.java" "${KAFKA_BOOTSTRAP:-127.0.0.1:$PORT}" "$3" "$4"
    ;;
  *) die "usage: $0 start|stop|status|reset [main|test|test1..test9] | rewind INSTANCE GROUP TIME" ;;
esac
