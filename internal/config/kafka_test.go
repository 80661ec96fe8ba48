package config

import (
	"errors"
	"strings"
	"testing"
)

func TestKafkaValidate(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		field string // "" = valid
	}{
		{"defaults", "bus:\n  kind: kafka\n", ""},
		{"sasl scram", "bus:\n  kafka:\n    sasl: {mechanism: SCRAM-SHA-512, username: u, password: p}\n", ""},
		{"no brokers", "bus:\n  kafka:\n    brokers: []\n", "bus.kafka.brokers"},
		{"broker without port", "bus:\n  kafka:\n    brokers: [kafka1]\n", "bus.kafka.brokers"},
		{"bad prefix", "bus:\n  kafka:\n    topic_prefix: \"a b\"\n", "bus.kafka.topic_prefix"},
		{"zero partitions", "bus:\n  kafka:\n    partitions: 0\n", "bus.kafka.partitions"},
		{"negative retention", "bus:\n  kafka:\n    retention: -1h\n", "bus.kafka.retention"},
		{"bad compression", "bus:\n  kafka:\n    compression: brotli\n", "bus.kafka.compression"},
		{"cert without key", "bus:\n  kafka:\n    tls: {cert_file: c.pem}\n", "bus.kafka.tls.key_file"},
		{"bad mechanism", "bus:\n  kafka:\n    sasl: {mechanism: GSSAPI, username: u}\n", "bus.kafka.sasl.mechanism"},
		{"mechanism without user", "bus:\n  kafka:\n    sasl: {mechanism: PLAIN}\n", "bus.kafka.sasl.username"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Default()
			err := Parse("khabar.yaml", []byte(tt.yaml), &cfg)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid config rejected: %v", err)
				}
				return
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.Field != tt.field {
				t.Fatalf("got %v, want an error on %s", err, tt.field)
			}
			if ce.Line == 0 || !strings.Contains(err.Error(), "khabar.yaml") {
				t.Fatalf("error %q does not name the file and line", err)
			}
		})
	}
}

func TestKafkaPathsRelativeToFile(t *testing.T) {
	cfg := Default()
	if err := Parse("x.yaml", []byte("bus:\n  kafka:\n    tls: {ca_file: ca.pem, cert_file: /abs/c.pem, key_file: k.pem}\n"), &cfg); err != nil {
		t.Fatal(err)
	}
	cfg.resolvePaths("/etc/khabar")
	tls := cfg.Bus.Kafka.TLS
	if tls.CAFile != "/etc/khabar/ca.pem" || tls.CertFile != "/abs/c.pem" || tls.KeyFile != "/etc/khabar/k.pem" || !tls.On() {
		t.Fatalf("tls paths %+v", tls)
	}
}
