package kafka_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
)

// tlsBroker returns the broker's SSL listener and the CA that signed its
// certificate (scripts/kafka.sh start; scripts/kafka.sh ca prints the CA
// path). In CI their absence is a failure, not a skip.
func tlsBroker(t *testing.T) (addr, ca string) {
	t.Helper()
	addr, ca = os.Getenv("KHABAR_TEST_KAFKA_TLS"), os.Getenv("KHABAR_TEST_KAFKA_TLS_CA")
	if addr == "" || ca == "" {
		const msg = "KHABAR_TEST_KAFKA_TLS / KHABAR_TEST_KAFKA_TLS_CA not set: export KHABAR_TEST_KAFKA_TLS=127.0.0.1:9095 KHABAR_TEST_KAFKA_TLS_CA=$(scripts/kafka.sh ca) after scripts/kafka.sh start"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return addr, ca
}

// otherCA writes a CA certificate that signed nothing the broker has.
func otherCA(t *testing.T, dir string) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(7),
		Subject:               pkix.Name{CommonName: "khabar unrelated test CA"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "other-ca.pem")
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestTLS publishes and consumes over the broker's SSL listener with the CA
// named in the config file (bus.kafka.tls.ca_file, relative to the file),
// and fails clearly, without hanging, when the CA does not vouch for the
// broker's certificate.
func TestTLS(t *testing.T) {
	plain := realBroker(t)
	addr, ca := tlsBroker(t)
	dir := t.TempDir()
	// The CA next to the config file, named relatively: the path is
	// resolved against the config file as documented.
	caPEM, err := os.ReadFile(ca)
	if err != nil {
		t.Fatalf("the broker's CA %s: %v", ca, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broker-ca.pem"), caPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, tlsYAML string
		ok            bool
	}{
		{"broker CA", `{ca_file: broker-ca.pem}`, true},
		{"unknown CA", fmt.Sprintf(`{ca_file: %q}`, otherCA(t, dir)), false},
		{"system roots", `{enabled: true}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfgPath := filepath.Join(dir, "khabar.yaml")
			yaml := fmt.Sprintf("bus:\n  kind: kafka\n  kafka:\n    brokers: [%q]\n    dial_timeout: 5s\n    tls: %s\n", addr, tt.tlsYAML)
			if err := os.WriteFile(cfgPath, []byte(yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			fileCfg, err := config.Load(cfgPath, true)
			if err != nil {
				t.Fatal(err)
			}
			// Topics are made over the plain listener under a fresh prefix.
			plainCfg := testConfig(t, plain)
			if _, err := kafka.Setup(t.Context(), plainCfg, nil); err != nil {
				t.Fatal(err)
			}
			cfg := kafka.FromConfig(fileCfg.Bus.Kafka)
			if !cfg.TLS.On() {
				t.Fatalf("the config file's tls %s did not turn TLS on: %+v", tt.tlsYAML, cfg.TLS)
			}
			cfg.TopicPrefix, cfg.Partitions = plainCfg.TopicPrefix, plainCfg.Partitions
			cfg.DrainTimeout, cfg.SessionTimeout, cfg.CommitInterval = plainCfg.DrainTimeout, plainCfg.SessionTimeout, plainCfg.CommitInterval
			start := time.Now()
			b, err := kafka.New(t.Context(), cfg, testLogger(t))
			if !tt.ok {
				if err == nil {
					b.Close()
					t.Fatal("a broker certificate the configured CA did not sign was accepted")
				}
				if !strings.Contains(err.Error(), "certificate") {
					t.Fatalf("error %q does not say the certificate was the problem", err)
				}
				if d := time.Since(start); d > time.Minute {
					t.Fatalf("the failure took %s", d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			roundTrip(t, b, "tls", "TLS", []byte(`{"title":"टीएलएस पर भेजी गई खबर"}`))
		})
	}
}
