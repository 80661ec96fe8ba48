#!/usr/bin/env bash
# scripts/chaos.sh — the chaos run of issue 14, bounded to 10 minutes.
#
# Starts a Kafka broker and an Elasticsearch node of its own (other ports,
# another services dir: the shared ones on 9092/9200 are never touched),
# builds khabar and the harness (tools/chaos), and runs the harness: a feed
# server with 2,000 feeds and 50,000 ~2 KB Hindi stories arriving over the
# run, a webhook sink, 3 pollers, 3 workers, 2 trackers and 2 indexers as
# separate khabar processes; kill -9 of a random role process every 20–40 s
# (restarted), the broker stopped for 60 s once, Elasticsearch for 60 s once,
# the pollers rescaled from 3 to 2; then the checks against a clean run of
# the same stories. The last line is the verdict:
#
#   chaos: stories N, indexed N, duplicates 0, lost 0, events identical to clean run: yes, webhooks delivered once: yes, max RSS per process M MB
#
# and the exit code is non-zero when any check fails. An earlier line gives
# produce→indexed p50/p99 at a paced 500 stories/s. What the checks read is
# what a user sees: "duplicates" are extra story documents in the index for
# one story id (topic copies a killed poller re-published are a raw figure
# on a detail line), "lost" are served stories not in the index at the
# end, events are the index's event documents (retracted ones deleted)
# against a clean run's final events. Detail lines ("chaos: detail: …")
# give the ids, consumer lags, CPU seconds per role and service, and peak
# RSS; the harness log and every process log stay in the work dir on failure.
#
# Environment:
#   KHABAR_CHAOS_KAFKA_PORT   broker port (default 19092; +1 controller, +2 SASL, +3 TLS)
#   KHABAR_CHAOS_ES_PORT      Elasticsearch HTTP port (default 19200; transport +100)
#   KHABAR_CHAOS_SERVICES_DIR services dir (default /var/tmp/khabar-chaos as root, else ~/.cache/khabar-chaos)
#   KHABAR_CHAOS_BUDGET       wall-clock bound in seconds for the whole script (default 600)
#   KHABAR_CHAOS_KEEP=1       keep the work dir (configs, data, logs) on success too
#   KHABAR_CHAOS_ARGS         extra harness flags, e.g. "-stories 5000 -feeds 200 -arrive 60s"
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
begin=$SECONDS
budget=${KHABAR_CHAOS_BUDGET:-600}

kport=${KHABAR_CHAOS_KAFKA_PORT:-19092}
esport=${KHABAR_CHAOS_ES_PORT:-19200}
if [[ $(id -u) -eq 0 ]]; then
	services=${KHABAR_CHAOS_SERVICES_DIR:-/var/tmp/khabar-chaos}
else
	services=${KHABAR_CHAOS_SERVICES_DIR:-$HOME/.cache/khabar-chaos}
fi
for p in "$kport" "$esport"; do
	if [[ $p == 9092 || $p == 9200 ]]; then
		echo "chaos.sh: port $p is the shared service's; choose another (the run stops its broker and node)" >&2
		exit 2
	fi
done
case $services in
/var/tmp/khabar | "$HOME/.cache/khabar" | "")
	echo "chaos.sh: services dir $services is the shared one; choose another" >&2
	exit 2
	;;
esac

# Every script below reads these: they name the chaos broker and node only.
export KHABAR_SERVICES_DIR=$services
export KHABAR_KAFKA_PORT=$kport
export KHABAR_KAFKA_CONTROLLER_PORT=$((kport + 1))
export KHABAR_KAFKA_SASL_PORT=$((kport + 2))
export KHABAR_KAFKA_TLS_PORT=$((kport + 3))
export KHABAR_KAFKA_HEAP=${KHABAR_KAFKA_HEAP:-512m}
export KHABAR_ES_PORT=$esport
export KHABAR_ES_HEAP=${KHABAR_ES_HEAP:-512m}

work=$(mktemp -d /tmp/khabar-chaos.XXXXXX)
harness_pid=""
kpid=""
epid=""
ok=0
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [[ -n $harness_pid ]] && kill -0 "$harness_pid" 2>/dev/null; then
		kill -TERM "$harness_pid" 2>/dev/null || true
		wait "$harness_pid" 2>/dev/null || true
	fi
	# Start scripts still waiting for health (a failed build) end first.
	local p
	for p in ${kpid:-} ${epid:-}; do
		kill -0 "$p" 2>/dev/null && kill "$p" 2>/dev/null || true
	done
	bash scripts/kafka.sh stop >>"$work/services.log" 2>&1 || true
	bash scripts/elasticsearch.sh stop >>"$work/services.log" 2>&1 || true
	if [[ $ok == 1 && -z ${KHABAR_CHAOS_KEEP:-} ]]; then
		rm -rf "$work"
	else
		echo "chaos.sh: configs, data and logs kept in $work" >&2
	fi
	echo "chaos.sh: $((SECONDS - begin)) s" >&2
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "chaos.sh: work dir $work; broker 127.0.0.1:$kport, Elasticsearch 127.0.0.1:$esport, services $services" >&2
# A fresh broker and node: no topics, offsets or indices of an earlier run.
# They start while the binaries build (both take tens of seconds on 2 cores).
bash scripts/kafka.sh wipe >>"$work/services.log" 2>&1
bash scripts/elasticsearch.sh stop >>"$work/services.log" 2>&1 || true
rm -rf "$services/es-node-$esport/data"
bash scripts/kafka.sh start >>"$work/services.log" 2>&1 &
kpid=$!
bash scripts/elasticsearch.sh start >>"$work/services.log" 2>&1 &
epid=$!
go build -o "$work/khabar" ./cmd/khabar
go build -o "$work/chaos" ./tools/chaos
echo "chaos.sh: built after $((SECONDS - begin)) s" >&2
if ! wait "$kpid"; then
	tail -n 30 "$work/services.log" >&2
	echo "chaos.sh: the chaos broker did not start" >&2
	exit 1
fi
if ! wait "$epid"; then
	tail -n 30 "$work/services.log" >&2
	echo "chaos.sh: the chaos Elasticsearch node did not start" >&2
	exit 1
fi
echo "chaos.sh: services up after $((SECONDS - begin)) s" >&2

left=$((budget - (SECONDS - begin) - 40))
if ((left < 120)); then
	echo "chaos.sh: only $left s of the $budget s budget left for the run" >&2
	exit 1
fi
# shellcheck disable=SC2086 # KHABAR_CHAOS_ARGS is a list of flags
timeout --signal=TERM --kill-after=30 "$left" "$work/chaos" -khabar "$work/khabar" -dir "$work" -repo "$repo" \
	-kafka "127.0.0.1:$kport" -es "http://127.0.0.1:$esport" \
	-kafka-script scripts/kafka.sh -es-script scripts/elasticsearch.sh -budget "$((left - 5))s" ${KHABAR_CHAOS_ARGS:-} &
harness_pid=$!
set +e
wait "$harness_pid"
rc=$?
set -e
harness_pid=""
if [[ $rc == 124 ]]; then
	echo "chaos.sh: the harness ran out of the $budget s budget" >&2
fi
if [[ $rc == 0 ]]; then
	ok=1
fi
exit "$rc"
