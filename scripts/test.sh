#!/usr/bin/env bash
# Runs every khabar test: starts a real Apache Kafka broker and a real
# Elasticsearch node (fetched from Maven Central and cached), runs gofmt,
# go vet and `go test ./...` against them, and stops what it started.
#
#   ./scripts/test.sh            all tests
#   ./scripts/test.sh ./pipeline/...   only some packages (services still start)
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./...)

logdir=$(mktemp -d)
stop_all() {
  bash scripts/kafka.sh stop >/dev/null 2>&1 || true
  bash scripts/elasticsearch.sh stop >/dev/null 2>&1 || true
}
trap stop_all EXIT

# The browser test (cmd/khabar TestWebPage) drives Debian's chromium; it
# fails loudly under CI when chromium is missing.
# fonts-noto-core renders Devanagari in its screenshots.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'NotoSansDevanagari'; then
  echo "== installing chromium and Noto fonts (apt)"
  apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi

echo "== starting Kafka and Elasticsearch (logs in $logdir)"
# Test topics and indices are throwaway. A broker or node this script starts
# begins empty: a full run creates thousands of topics, and a broker that
# re-loads those left by earlier runs on the same machine (13,000 partitions
# after a few runs) does not answer within the start-up timeout. A service
# that is already running (someone's shared test services) is left alone.
if ! bash scripts/kafka.sh status >/dev/null 2>&1; then
  bash scripts/kafka.sh wipe >/dev/null 2>&1
fi
if ! bash scripts/elasticsearch.sh status >/dev/null 2>&1; then
  es_services=${KHABAR_SERVICES_DIR:-$([ "$(id -u)" -eq 0 ] && echo /var/tmp/khabar || echo "$HOME/.cache/khabar")}
  bash scripts/elasticsearch.sh stop >/dev/null 2>&1 || true
  rm -rf "$es_services/es-node-${KHABAR_ES_PORT:-9200}/data"
fi
bash scripts/kafka.sh start >"$logdir/kafka.out" 2>&1 &
kpid=$!
bash scripts/elasticsearch.sh start >"$logdir/es.out" 2>&1 &
epid=$!
if ! wait $kpid; then echo "Kafka did not start:"; tail -40 "$logdir/kafka.out"; exit 1; fi
if ! wait $epid; then echo "Elasticsearch did not start:"; tail -40 "$logdir/es.out"; exit 1; fi
KHABAR_TEST_KAFKA=$(tail -n1 "$logdir/kafka.out")
KHABAR_TEST_ELASTICSEARCH=$(tail -n1 "$logdir/es.out")
# The broker's SASL listener (scripts/kafka.sh opens it) and the tests that
# stop and restart a service for 30 s mid-stream.
KHABAR_TEST_KAFKA_SASL=${KHABAR_TEST_KAFKA_SASL:-127.0.0.1:9094}
KHABAR_TEST_KAFKA_RESTART=${KHABAR_TEST_KAFKA_RESTART:-1}
KHABAR_TEST_ES_RESTART=${KHABAR_TEST_ES_RESTART:-1}
# The broker's TLS listener and the test CA scripts/kafka.sh made for it.
KHABAR_TEST_KAFKA_TLS=${KHABAR_TEST_KAFKA_TLS:-127.0.0.1:9095}
KHABAR_TEST_KAFKA_TLS_CA=${KHABAR_TEST_KAFKA_TLS_CA:-$(bash scripts/kafka.sh ca)}
export KHABAR_TEST_KAFKA KHABAR_TEST_ELASTICSEARCH KHABAR_TEST_KAFKA_SASL KHABAR_TEST_KAFKA_RESTART KHABAR_TEST_ES_RESTART
export KHABAR_TEST_KAFKA_TLS KHABAR_TEST_KAFKA_TLS_CA
echo "   Kafka at $KHABAR_TEST_KAFKA, Elasticsearch at $KHABAR_TEST_ELASTICSEARCH"

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then echo "not gofmt-clean:"; echo "$unformatted"; exit 1; fi
echo "== go vet"
go vet "${pkgs[@]}"
echo "== staticcheck"
# Installed from the Go module proxy (cached in GOPATH/bin); pinned for
# reproducible findings.
staticcheck=$(go env GOPATH)/bin/staticcheck
if [ ! -x "$staticcheck" ]; then go install honnef.co/go/tools/cmd/staticcheck@v0.8.2; fi
"$staticcheck" "${pkgs[@]}"
echo "== go test"
# The restart tests stop the broker and the node for 30 s: they run alone,
# after every other test (issue 14 §10), never next to packages that use
# the same services.
KHABAR_TEST_KAFKA_RESTART=0 KHABAR_TEST_ES_RESTART=0 go test -count=1 -timeout 40m "${pkgs[@]}"
if [ "${pkgs[*]}" = "./..." ] && { [ "$KHABAR_TEST_KAFKA_RESTART" = 1 ] || [ "$KHABAR_TEST_ES_RESTART" = 1 ]; }; then
  echo "== go test (broker and node restarts, alone)"
  go test -count=1 -p 1 -timeout 15m -run '^(TestBrokerRestart|TestNodeStoppedMidStream)$' ./connectors/kafka ./connectors/elastic
fi

# The chaos run (issue 14): its own broker and node on other ports, 3
# pollers, 3 workers, 2 trackers and 2 indexers under kill -9, a broker and
# a node outage and a poller rescale; it fails on any lost, duplicated or
# different result. It runs after the test services are stopped, so it has
# the machine's cores and memory to itself. KHABAR_CHAOS=0 skips it.
if [ "${pkgs[*]}" = "./..." ] && [ "${KHABAR_CHAOS:-1}" != 0 ]; then
  stop_all
  echo "== chaos run (scripts/chaos.sh)"
  bash scripts/chaos.sh
fi
