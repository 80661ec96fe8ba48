// Package testenv is what the tests over the shared services have in
// common: the address of a service started by a script under scripts/
// (KHABAR_TEST_KAFKA, KHABAR_TEST_ELASTICSEARCH) and a fresh name prefix,
// so that tests sharing a broker or a node never see each other's topics
// or indices.
//
// It depends on nothing but the standard library, so the Kafka helpers
// (kafkatest) and the Elasticsearch tests can both use it.
package testenv

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
)

// Service returns the address in the environment variable env. Without
// one the test is skipped, and in CI it fails: a missing service is never
// a silent pass. start is the command that starts the service, named in
// the message.
func Service(tb testing.TB, env, start string) string {
	tb.Helper()
	addr := os.Getenv(env)
	if addr == "" {
		if os.Getenv("CI") != "" {
			tb.Fatalf("%s not set: run %s", env, start)
		}
		tb.Skipf("%s not set: run %s", env, start)
	}
	return addr
}

// Elasticsearch returns the URL of the node started by
// scripts/elasticsearch.sh (KHABAR_TEST_ELASTICSEARCH), as Service does.
func Elasticsearch(tb testing.TB) string {
	tb.Helper()
	return Service(tb, "KHABAR_TEST_ELASTICSEARCH", "scripts/elasticsearch.sh start")
}

// Prefix is a fresh name prefix: tag, 8 random hex digits and sep (e.g.
// "." for Kafka topics, "-" for Elasticsearch indices, whose names must
// be lower case).
func Prefix(tb testing.TB, tag, sep string) string {
	tb.Helper()
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		tb.Fatalf("name prefix: %v", err)
	}
	return tag + hex.EncodeToString(b[:]) + sep
}
