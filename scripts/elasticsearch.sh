#!/usr/bin/env bash
# scripts/elasticsearch.sh start|stop|status
#
# Runs a real, single-node Elasticsearch for tests and local use. It fetches
# the integration-test distribution (org.elasticsearch.distribution.integ-test-zip
# :elasticsearch:VERSION:zip) from Maven Central with mvn, so nothing but
# Maven and a JDK 17 is needed. The zip is cached in ~/.m2, the unpacked node
# under $KHABAR_SERVICES_DIR. "start" prints the URL as its last line and is
# idempotent: when the node already runs it only prints the URL.
#
# Environment:
#   KHABAR_ES_VERSION   Elasticsearch version (default 8.19.7, the client's own)
#   KHABAR_ES_PORT      HTTP port on 127.0.0.1 (default 9200)
#   KHABAR_ES_HEAP      heap size (default 512m)
#   KHABAR_ES_USER      the non-root user it runs as when started by root (default khabar-es)
#   KHABAR_ES_TIMEOUT   seconds to wait for yellow/green health (default 180)
#   KHABAR_SERVICES_DIR cache folder (default /var/tmp/khabar as root, else ~/.cache/khabar)
#   ES_JAVA_HOME        JDK to run it with (default: a JDK 17 under /usr/lib/jvm)
#
# The integ-test zip carries only the server and a few modules (no
# analysis-common, no painless): no "hindi" analyzer and no scripts. khabar
# detects the missing analyzer at setup and falls back (see connectors/elastic).
set -euo pipefail

VERSION="${KHABAR_ES_VERSION:-8.19.7}"
PORT="${KHABAR_ES_PORT:-9200}"
HEAP="${KHABAR_ES_HEAP:-512m}"
ES_USER="${KHABAR_ES_USER:-khabar-es}"
TIMEOUT="${KHABAR_ES_TIMEOUT:-180}"
if [[ $(id -u) -eq 0 ]]; then
	# Not under /root: the unprivileged user must be able to traverse the path.
	SERVICES="${KHABAR_SERVICES_DIR:-/var/tmp/khabar}"
else
	SERVICES="${KHABAR_SERVICES_DIR:-$HOME/.cache/khabar}"
fi
HOME_DIR="$SERVICES/elasticsearch-$VERSION"
NODE_DIR="$SERVICES/es-node-$PORT"
PID_FILE="$NODE_DIR/es.pid"
URL="http://127.0.0.1:$PORT"

log() { echo "elasticsearch.sh: $*" >&2; }
die() {
	log "error: $*"
	exit 1
}

pick_java() {
	if [[ -n "${ES_JAVA_HOME:-}" ]]; then
		echo "$ES_JAVA_HOME"
		return
	fi
	local major="${VERSION%%.*}" d
	local want=17
	[[ "$major" -ge 9 ]] && want=21
	for d in /usr/lib/jvm/*; do
		[[ -x "$d/bin/java" ]] || continue
		local v
		v=$("$d/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
		if [[ "$major" -ge 9 && -n "$v" && "$v" -ge "$want" ]] || [[ "$major" -lt 9 && "$v" == "$want" ]]; then
			echo "$d"
			return
		fi
	done
	die "no JDK $want found under /usr/lib/jvm (set ES_JAVA_HOME)"
}

healthy() {
	local body
	body=$(curl -fsS --max-time 3 "$URL/_cluster/health" 2>/dev/null) || return 1
	[[ "$body" == *'"status":"green"'* || "$body" == *'"status":"yellow"'* ]]
}

running_pid() {
	[[ -f "$PID_FILE" ]] || return 1
	local pid
	pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
	[[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

fetch() {
	[[ -x "$HOME_DIR/bin/elasticsearch" ]] && return
	command -v mvn >/dev/null || die "mvn not found: install Maven to fetch Elasticsearch"
	command -v unzip >/dev/null || command -v python3 >/dev/null || die "need unzip or python3 to unpack"
	mkdir -p "$SERVICES"
	local dl
	dl=$(mktemp -d "$SERVICES/dl.XXXXXX")
	log "fetching org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip with mvn"
	if ! mvn -q -B dependency:copy \
		-Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip" \
		-DoutputDirectory="$dl" >&2; then
		rm -rf "$dl"
		die "mvn could not fetch Elasticsearch $VERSION from Maven Central"
	fi
	log "unpacking into $HOME_DIR"
	if command -v unzip >/dev/null; then
		unzip -q "$dl/elasticsearch-$VERSION.zip" -d "$dl/x"
	else
		python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$dl/elasticsearch-$VERSION.zip" "$dl/x"
	fi
	chmod +x "$dl/x/elasticsearch-$VERSION/bin/"* 2>/dev/null || true
	# Atomic: a half-unpacked tree is never taken for a complete one.
	mv "$dl/x/elasticsearch-$VERSION" "$HOME_DIR"
	rm -rf "$dl"
}

ensure_user() {
	[[ $(id -u) -eq 0 ]] || return 0
	if ! id "$ES_USER" >/dev/null 2>&1; then
		log "creating user $ES_USER (Elasticsearch refuses to run as root)"
		useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER" 2>/dev/null ||
			useradd -r -M -s /bin/false "$ES_USER"
	fi
}

configure() {
	mkdir -p "$NODE_DIR/config" "$NODE_DIR/data" "$NODE_DIR/logs" "$NODE_DIR/tmp"
	# The distribution's config (jvm.options, log4j2) plus our settings.
	cp -n "$HOME_DIR/config/"* "$NODE_DIR/config/" 2>/dev/null || true
	local xpack=""
	if [[ -d "$HOME_DIR/modules/x-pack-security" ]]; then
		xpack="xpack.security.enabled: false"
	fi
	cat >"$NODE_DIR/config/elasticsearch.yml" <<EOF
# written by scripts/elasticsearch.sh: single node for tests, loopback only
cluster.name: khabar-test
node.name: khabar-test-$PORT
discovery.type: single-node
network.host: 127.0.0.1
http.port: $PORT
transport.port: $((PORT + 100))
path.data: $NODE_DIR/data
path.logs: $NODE_DIR/logs
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
$xpack
EOF
	if [[ $(id -u) -eq 0 ]]; then
		chown -R "$ES_USER" "$NODE_DIR"
		chmod -R a+rX "$HOME_DIR"
		chmod a+x "$SERVICES"
	fi
}

last_logs() {
	local f
	for f in "$NODE_DIR/logs/khabar-test.log" "$NODE_DIR/logs/console.log"; do
		if [[ -s "$f" ]]; then
			log "last lines of $f:"
			tail -n 30 "$f" >&2
		fi
	done
}

start() {
	if running_pid >/dev/null && healthy; then
		echo "$URL"
		return
	fi
	if curl -fsS --max-time 2 "$URL" >/dev/null 2>&1 && ! running_pid >/dev/null; then
		die "something else already answers on $URL (not started by this script); set KHABAR_ES_PORT"
	fi
	fetch
	ensure_user
	configure
	local java
	java=$(pick_java)
	if ! running_pid >/dev/null; then
		log "starting Elasticsearch $VERSION on $URL (JDK $java, heap $HEAP)"
		local env=(
			"ES_JAVA_HOME=$java"
			"ES_PATH_CONF=$NODE_DIR/config"
			"ES_TMPDIR=$NODE_DIR/tmp"
			"ES_JAVA_OPTS=-Xms$HEAP -Xmx$HEAP"
			"PATH=$PATH"
			"HOME=$NODE_DIR"
		)
		local cmd=("$HOME_DIR/bin/elasticsearch" -d -p "$PID_FILE")
		rm -f "$PID_FILE"
		# -d returns after the node started (or failed); output goes to console.log.
		if [[ $(id -u) -eq 0 ]]; then
			(cd "$NODE_DIR" && runuser -u "$ES_USER" -- env -i "${env[@]}" "${cmd[@]}" >"$NODE_DIR/logs/console.log" 2>&1) || true
		else
			(cd "$NODE_DIR" && env -i "${env[@]}" "${cmd[@]}" >"$NODE_DIR/logs/console.log" 2>&1) || true
		fi
	fi
	local deadline=$((SECONDS + TIMEOUT))
	until healthy; do
		if ((SECONDS > deadline)); then
			last_logs
			die "Elasticsearch did not become yellow/green on $URL within ${TIMEOUT}s"
		fi
		if [[ -f "$PID_FILE" ]] && ! running_pid >/dev/null; then
			last_logs
			die "Elasticsearch exited during startup"
		fi
		if [[ ! -f "$PID_FILE" ]] && ((SECONDS > 60 + (deadline - TIMEOUT))); then
			last_logs
			die "Elasticsearch wrote no pid file within 60s"
		fi
		sleep 1
	done
	log "Elasticsearch $VERSION is up (pid $(cat "$PID_FILE"))"
	echo "$URL"
}

stop() {
	local pid
	if ! pid=$(running_pid); then
		log "not running on port $PORT"
		return
	fi
	kill "$pid"
	local i
	for i in $(seq 1 60); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 1
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "pid $pid did not stop in 60s; killing"
		kill -9 "$pid" 2>/dev/null || true
	fi
	rm -f "$PID_FILE"
	log "stopped (pid $pid)"
}

status() {
	local pid
	if pid=$(running_pid) && healthy; then
		log "running (pid $pid)"
		echo "$URL"
	elif pid=$(running_pid); then
		log "process $pid is running but $URL is not healthy"
		exit 1
	else
		log "not running"
		exit 3
	fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
*)
	echo "usage: $0 start|stop|status" >&2
	exit 2
	;;
esac
