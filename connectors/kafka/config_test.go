package kafka

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/internal/config"
)

// writeCert writes a self-signed certificate and its key as PEM files.
func writeCert(t *testing.T, dir string) (certFile, keyFile string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "khabar-test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true,
		BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	return certFile, keyFile
}

func TestTLSConfig(t *testing.T) {
	dir := t.TempDir()
	cert, key := writeCert(t, dir)
	notPEM := filepath.Join(dir, "junk.pem")
	if err := os.WriteFile(notPEM, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		tls     config.KafkaTLS
		wantErr string // "" = valid
	}{
		{"off", config.KafkaTLS{}, ""},
		{"system roots", config.KafkaTLS{Enabled: true}, ""},
		{"ca and client cert", config.KafkaTLS{CAFile: cert, CertFile: cert, KeyFile: key}, ""},
		{"missing ca", config.KafkaTLS{CAFile: filepath.Join(dir, "nope.pem")}, "ca_file"},
		{"ca not pem", config.KafkaTLS{CAFile: notPEM}, "no PEM certificate"},
		{"key is not the cert's", config.KafkaTLS{CertFile: cert, KeyFile: notPEM}, "key_file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.TLS = tt.tls
			err := cfg.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				tc, _ := cfg.tlsConfig()
				if tt.tls.On() != (tc != nil) {
					t.Fatalf("TLS on=%v but config %v", tt.tls.On(), tc)
				}
				if tt.tls.CertFile != "" && (len(tc.Certificates) != 1 || tc.RootCAs == nil) {
					t.Fatal("client certificate or CA not loaded")
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got %v, want an error mentioning %q", err, tt.wantErr)
			}
		})
	}
}

func TestSASLMechanisms(t *testing.T) {
	for _, m := range []string{"", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "GSSAPI"} {
		t.Run(m, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.SASL = config.KafkaSASL{Mechanism: m, Username: "u", Password: "p"}
			mech, err := cfg.saslMechanism()
			switch {
			case m == "GSSAPI":
				if err == nil {
					t.Fatal("GSSAPI accepted")
				}
			case m == "":
				if mech != nil || err != nil {
					t.Fatalf("no mechanism configured, got %v %v", mech, err)
				}
			default:
				if err != nil || mech == nil || mech.Name() != m {
					t.Fatalf("mechanism %q: got %v %v", m, mech, err)
				}
			}
		})
	}
}

func TestCheckSchema(t *testing.T) {
	for v, ok := range map[string]bool{"1.0": true, "1.7": true, "1": true, "2.0": false, "": false, "10.0": false, "x": false} {
		if err := CheckSchema(v); (err == nil) != ok {
			t.Errorf("CheckSchema(%q) = %v, want ok=%v", v, err, ok)
		}
	}
}

// TestValidateDefaults: Validate gives a zero or negative count or
// duration its default and keeps a positive one.
func TestValidateDefaults(t *testing.T) {
	d := DefaultConfig()
	c := Config{Brokers: []string{"127.0.0.1:9092"}, Partitions: -1, BatchSize: 7, DialTimeout: -time.Second, RetryBackoff: 3 * time.Second}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Partitions != d.Partitions || c.MaxInFlight != d.MaxInFlight || c.DialTimeout != d.DialTimeout || c.SessionTimeout != d.SessionTimeout {
		t.Errorf("defaults not applied: partitions %d, max in flight %d, dial timeout %s, session timeout %s; want %d, %d, %s, %s",
			c.Partitions, c.MaxInFlight, c.DialTimeout, c.SessionTimeout, d.Partitions, d.MaxInFlight, d.DialTimeout, d.SessionTimeout)
	}
	if c.BatchSize != 7 || c.RetryBackoff != 3*time.Second {
		t.Errorf("set values replaced: batch size %d, retry backoff %s; want 7, 3s", c.BatchSize, c.RetryBackoff)
	}
}
