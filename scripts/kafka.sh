#!/usr/bin/env bash
# scripts/kafka.sh — a real single-node Apache Kafka (KRaft) for khabar's tests.
#
#   scripts/kafka.sh deps     install kcat (Debian package) if it is missing
#   scripts/kafka.sh fetch    download Kafka's jars from Maven Central with mvn
#   scripts/kafka.sh start    fetch, format (once), start, wait; last line = bootstrap
#   scripts/kafka.sh stop     stop the broker by pid (SIGTERM, then wait)
#   scripts/kafka.sh status   running/stopped and the bootstrap address
#   scripts/kafka.sh ca       path of the test CA certificate (PEM) of the TLS listener
#
# Everything lives under ${KHABAR_SERVICES_DIR:-$HOME/.cache/khabar}/kafka;
# the jars are also cached in ~/.m2 between runs. Idempotent: start on a
# running broker only prints the address; the data survives stop/start, so a
# restart test sees the same topics and offsets.
#
# Settings (environment):
#   KHABAR_KAFKA_VERSION      Kafka version from Maven Central (default 4.1.1)
#   KHABAR_KAFKA_PORT         broker port on 127.0.0.1 (default 9092)
#   KHABAR_KAFKA_CONTROLLER_PORT  KRaft controller port (default 9093)
#   KHABAR_KAFKA_SASL_PORT    SASL_PLAINTEXT listener (default 9094): PLAIN user
#                             khabar / khabar-test-secret, and SCRAM-SHA-256/512
#                             for users the tests create through the admin API
#   KHABAR_KAFKA_TLS_PORT     SSL listener (default 9095): a broker certificate for
#                             127.0.0.1/localhost signed by a test CA generated here
#                             with openssl (tls/ca.pem; `scripts/kafka.sh ca`), PEM
#                             keystore and truststore, no client authentication
#   KHABAR_KAFKA_TIMEOUT      seconds to wait for the broker to answer (default 150)
#   KHABAR_KAFKA_HEAP         JVM heap (default 1g: a whole test run creates thousands of topics, and the metadata image lives in the heap)
#   JAVA                      java binary (default: $JAVA_HOME/bin/java or java)
set -euo pipefail

VERSION=${KHABAR_KAFKA_VERSION:-4.1.1}
SLF4J_VERSION=${KHABAR_SLF4J_VERSION:-2.0.17}
HOST=127.0.0.1
PORT=${KHABAR_KAFKA_PORT:-9092}
CPORT=${KHABAR_KAFKA_CONTROLLER_PORT:-9093}
SASL_PORT=${KHABAR_KAFKA_SASL_PORT:-9094}
TLS_PORT=${KHABAR_KAFKA_TLS_PORT:-9095}
HEAP=${KHABAR_KAFKA_HEAP:-1g}
BASE=${KHABAR_SERVICES_DIR:-$HOME/.cache/khabar}/kafka
LIBS=$BASE/libs-$VERSION
DATA=$BASE/data
PIDFILE=$BASE/kafka.pid
LOG=$BASE/kafka.log
PROPS=$BASE/server.properties
TLSDIR=$BASE/tls
BOOTSTRAP=$HOST:$PORT

if [[ -n "${JAVA:-}" ]]; then
	:
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
	JAVA=$JAVA_HOME/bin/java
else
	JAVA=java
fi

log() { echo "kafka.sh: $*" >&2; }
die() {
	log "error: $*"
	exit 1
}

running() {
	[[ -f $PIDFILE ]] || return 1
	local pid
	pid=$(cat "$PIDFILE")
	[[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

deps() {
	if command -v kcat >/dev/null 2>&1; then
		return 0
	fi
	if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
		log "kcat is missing and cannot be installed here (need root and apt-get); the kcat tests will fail"
		return 0
	fi
	log "installing kcat"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kcat >&2
}

# tls: a test CA and a broker certificate signed by it (once). The broker
# reads them as PEM files: the keystore is its PKCS#8 key followed by its
# certificate chain, the truststore the CA. Test fixtures, not credentials.
tls() {
	if [[ -f $TLSDIR/.complete ]]; then
		return 0
	fi
	if ! command -v openssl >/dev/null 2>&1; then
		if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
			die "openssl is missing and cannot be installed here (need root and apt-get): the TLS listener needs it"
		fi
		log "installing openssl"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >&2
	fi
	log "generating a test CA and broker certificate in $TLSDIR"
	rm -rf "$TLSDIR.tmp"
	mkdir -p "$TLSDIR.tmp"
	(
		cd "$TLSDIR.tmp"
		openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 \
			-subj "/CN=khabar test CA" -addext "basicConstraints=critical,CA:TRUE" \
			-addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
		openssl req -newkey rsa:2048 -nodes -keyout broker.key -out broker.csr -subj "/CN=localhost" 2>/dev/null
		printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n' >broker.ext
		openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 \
			-extfile broker.ext -out broker.pem 2>/dev/null
		# PKCS#8, unencrypted: Kafka's PEM keystore wants "BEGIN PRIVATE KEY".
		openssl pkcs8 -topk8 -nocrypt -in broker.key -out broker-pkcs8.key
		cat broker-pkcs8.key broker.pem ca.pem >keystore.pem
		rm -f broker.csr broker.ext ca.srl
	) >&2 || die "openssl could not generate the test certificates"
	rm -rf "$TLSDIR"
	mv "$TLSDIR.tmp" "$TLSDIR"
	touch "$TLSDIR/.complete"
}

fetch() {
	if [[ -f $LIBS/.complete ]]; then
		return 0
	fi
	command -v mvn >/dev/null 2>&1 || die "mvn not found: install Maven (apt-get install maven)"
	mkdir -p "$BASE/pom-$VERSION"
	# kafka_2.13 is the broker (kafka.Kafka, kafka.tools.StorageTool);
	# kafka-tools brings BrokerApiVersionsCommand for the readiness check;
	# slf4j-simple is the logging binding (the broker ships none); slf4j-api is
# pinned because a 1.7 API wins by nearness otherwise and ignores 2.x bindings.
	cat >"$BASE/pom-$VERSION/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>khabar.local</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId><version>$SLF4J_VERSION</version></dependency>
  </dependencies>
</project>
EOF
	log "downloading Apache Kafka $VERSION jars with mvn (cached in ~/.m2)"
	rm -rf "$LIBS.tmp"
	mvn -B -q -f "$BASE/pom-$VERSION/pom.xml" dependency:copy-dependencies \
		-DincludeScope=runtime -DoutputDirectory="$LIBS.tmp" >&2 ||
		die "mvn could not fetch org.apache.kafka:kafka_2.13:$VERSION"
	# Kafka 4 logs through log4j2's slf4j bridge when present; keep one
	# binding only so SLF4J does not pick at random.
	rm -f "$LIBS.tmp"/log4j-slf4j*-impl-*.jar "$LIBS.tmp"/slf4j-reload4j-*.jar
	rm -rf "$LIBS"
	mv "$LIBS.tmp" "$LIBS"
	touch "$LIBS/.complete"
}

java_cp() {
	"$JAVA" -Xmx256m -cp "$LIBS/*" "$@"
}

write_props() {
	mkdir -p "$DATA"
	cat >"$PROPS" <<EOF
# Written by scripts/kafka.sh: one node, broker and controller (KRaft).
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CPORT,SASL_PLAINTEXT://$HOST:$SASL_PORT,SSL://$HOST:$TLS_PORT
advertised.listeners=PLAINTEXT://$HOST:$PORT,SASL_PLAINTEXT://$HOST:$SASL_PORT,SSL://$HOST:$TLS_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL
# A test-only TLS listener (certificates from the test CA in $TLSDIR): PEM
# keystore (key + chain) and truststore; clients are not authenticated.
listener.name.ssl.ssl.keystore.type=PEM
listener.name.ssl.ssl.keystore.location=$TLSDIR/keystore.pem
listener.name.ssl.ssl.truststore.type=PEM
listener.name.ssl.ssl.truststore.location=$TLSDIR/ca.pem
listener.name.ssl.ssl.client.auth=none
# A test-only SASL listener: khabar's PLAIN and SCRAM clients are tested
# against it. The secret is a fixture, not a credential.
listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_khabar="khabar-test-secret";
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
controller.quorum.bootstrap.servers=$HOST:$CPORT
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA
num.partitions=3
# Topics are created by 'khabar setup kafka' (or by tests); a typo must be
# an error, not a new topic.
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Tests join groups often; do not wait 3 s for more members each time.
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
log.segment.bytes=67108864
log.retention.check.interval.ms=60000
EOF
}

format() {
	if [[ -f $DATA/meta.properties ]]; then
		return 0
	fi
	local id
	id=$(java_cp kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)
	[[ -n $id ]] || die "StorageTool random-uuid printed nothing"
	log "formatting $DATA (cluster $id)"
	java_cp kafka.tools.StorageTool format --standalone -t "$id" -c "$PROPS" >&2 ||
		die "StorageTool format failed"
}

# answers: true when the broker serves metadata on the bootstrap address.
answers() {
	if command -v kcat >/dev/null 2>&1; then
		kcat -L -b "$BOOTSTRAP" -m 3 2>/dev/null | grep -q "1 brokers"
		return
	fi
	(exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null || return 1
	java_cp org.apache.kafka.tools.BrokerApiVersionsCommand --bootstrap-server "$BOOTSTRAP" >/dev/null 2>&1
}

start() {
	deps
	fetch
	tls
	if running; then
		if answers; then
			log "already running (pid $(cat "$PIDFILE"))"
			if ! grep -q "SSL://$HOST:$TLS_PORT" "$PROPS" 2>/dev/null; then
				log "warning: this broker was started without the TLS listener on $HOST:$TLS_PORT; 'scripts/kafka.sh stop; scripts/kafka.sh start' adds it"
			fi
			echo "$BOOTSTRAP"
			return 0
		fi
	else
		local p
		for p in "$PORT" "$CPORT" "$SASL_PORT" "$TLS_PORT"; do
			if (exec 3<>"/dev/tcp/$HOST/$p") 2>/dev/null; then
				die "port $p on $HOST is taken by another process (see KHABAR_KAFKA_*PORT)"
			fi
		done
		write_props
		format
		log "starting Kafka $VERSION on $BOOTSTRAP (log $LOG)"
		# setsid: the broker must outlive the calling shell (a test's
		# 'scripts/kafka.sh start' must not tie the broker to the test).
		setsid nohup "$JAVA" -Xms256m -Xmx"$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
			-Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=info \
			-cp "$LIBS/*" kafka.Kafka "$PROPS" >"$LOG" 2>&1 </dev/null &
		echo $! >"$PIDFILE"
	fi
	local deadline=$((SECONDS + ${KHABAR_KAFKA_TIMEOUT:-150}))
	until answers; do
		if ! running; then
			tail -n 30 "$LOG" >&2 || true
			die "Kafka exited during start-up (log $LOG)"
		fi
		if ((SECONDS > deadline)); then
			tail -n 30 "$LOG" >&2 || true
			die "Kafka did not answer on $BOOTSTRAP within ${KHABAR_KAFKA_TIMEOUT:-150} s (log $LOG)"
		fi
		sleep 0.5
	done
	log "ready (pid $(cat "$PIDFILE"))"
	echo "$BOOTSTRAP"
}

stop() {
	if ! running; then
		rm -f "$PIDFILE"
		log "not running"
		return 0
	fi
	local pid
	pid=$(cat "$PIDFILE")
	log "stopping pid $pid"
	kill -TERM "$pid"
	local deadline=$((SECONDS + 60))
	while kill -0 "$pid" 2>/dev/null; do
		if ((SECONDS > deadline)); then
			log "pid $pid ignored SIGTERM for 60 s; killing"
			kill -KILL "$pid" 2>/dev/null || true
			break
		fi
		sleep 0.3
	done
	rm -f "$PIDFILE"
	log "stopped"
}

status() {
	if running; then
		echo "running pid $(cat "$PIDFILE") $BOOTSTRAP sasl $HOST:$SASL_PORT tls $HOST:$TLS_PORT (ca $TLSDIR/ca.pem)"
	else
		echo "stopped"
		return 3
	fi
}

case "${1:-}" in
deps) deps ;;
fetch) fetch ;;
start) start ;;
stop) stop ;;
status) status ;;
ca)
	tls
	echo "$TLSDIR/ca.pem"
	;;
wipe)
	stop
	rm -rf "$DATA"
	;;
*)
	echo "usage: $0 deps|fetch|start|stop|status|ca|wipe" >&2
	exit 2
	;;
esac
