package config

import (
	"fmt"
	"strings"
	"time"
)

// KafkaConfig is the Kafka bus: where the brokers are, how topics are named
// and created, how producers batch and retry, and how consumers commit.
type KafkaConfig struct {
	Brokers     []string `yaml:"brokers"`
	TopicPrefix string   `yaml:"topic_prefix"`
	ClientID    string   `yaml:"client_id"`

	// Topic creation (khabar setup kafka).
	Partitions        int           `yaml:"partitions"`
	ReplicationFactor int           `yaml:"replication_factor"`
	Retention         time.Duration `yaml:"retention"` // 0: the broker's default

	// DialTimeout bounds connecting to a broker: a wrong address is an
	// error after about this long, not a hang.
	DialTimeout time.Duration `yaml:"dial_timeout"`
	// StartupWait is how long a long-running role (run, poll, work, track,
	// index) waits for a broker to answer at start-up, retrying with
	// backoff and logging each attempt; 0 fails at once. One-shot commands
	// (setup, replay, feeds, alerts …) never wait: they fail within
	// DialTimeout.
	StartupWait time.Duration `yaml:"startup_wait"`

	// Producer.
	BatchSize    int           `yaml:"batch_size"`    // messages per batch
	BatchBytes   int           `yaml:"batch_bytes"`   // bytes per batch
	BatchTimeout time.Duration `yaml:"batch_timeout"` // longest wait to fill a batch
	Compression  string        `yaml:"compression"`   // none, gzip, snappy, lz4, zstd
	MaxAttempts  int           `yaml:"max_attempts"`  // tries per batch before a nack
	RetryBackoff time.Duration `yaml:"retry_backoff"` // longest wait between tries

	// Consumer.
	SessionTimeout time.Duration `yaml:"session_timeout"` // a dead member is noticed after this
	CommitInterval time.Duration `yaml:"commit_interval"` // acked offsets are committed this often
	MaxInFlight    int           `yaml:"max_in_flight"`   // unacked messages per subscription
	DrainTimeout   time.Duration `yaml:"drain_timeout"`   // on shutdown, wait this long for acks

	TLS  KafkaTLS  `yaml:"tls"`
	SASL KafkaSASL `yaml:"sasl"`
}

// KafkaTLS enables TLS to the brokers. It is on when Enabled is set or any
// file is given.
type KafkaTLS struct {
	Enabled    bool   `yaml:"enabled"`
	CAFile     string `yaml:"ca_file"`
	CertFile   string `yaml:"cert_file"`
	KeyFile    string `yaml:"key_file"`
	ServerName string `yaml:"server_name"`
}

// KafkaSASL authenticates to the brokers. An empty mechanism means none.
type KafkaSASL struct {
	Mechanism string `yaml:"mechanism"` // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
	Username  string `yaml:"username"`
	Password  string `yaml:"password"`
}

// On reports whether TLS is to be used.
func (t KafkaTLS) On() bool {
	return t.Enabled || t.CAFile != "" || t.CertFile != "" || t.KeyFile != ""
}

// DefaultKafka returns the Kafka defaults.
func DefaultKafka() KafkaConfig {
	return KafkaConfig{
		Brokers:           []string{"127.0.0.1:9092"},
		TopicPrefix:       "khabar.",
		ClientID:          "khabar",
		Partitions:        6,
		ReplicationFactor: 1,
		Retention:         7 * 24 * time.Hour,
		DialTimeout:       5 * time.Second,
		StartupWait:       2 * time.Minute,
		BatchSize:         500,
		BatchBytes:        1 << 20,
		BatchTimeout:      5 * time.Millisecond,
		Compression:       "snappy",
		MaxAttempts:       40,
		RetryBackoff:      2 * time.Second,
		SessionTimeout:    10 * time.Second,
		CommitInterval:    200 * time.Millisecond,
		MaxInFlight:       5000, // ≥ sink.in_flight × sink.batch_size, so the index role can fill its batches
		DrainTimeout:      10 * time.Second,
	}
}

func (k *KafkaConfig) resolvePaths(abs func(*string)) {
	abs(&k.TLS.CAFile)
	abs(&k.TLS.CertFile)
	abs(&k.TLS.KeyFile)
}

func (k *KafkaConfig) validate() error {
	if len(k.Brokers) == 0 {
		return &Error{Field: "bus.kafka.brokers", Msg: "must list at least one host:port"}
	}
	for _, b := range k.Brokers {
		if c := strings.LastIndexByte(b, ':'); c <= 0 || c == len(b)-1 {
			return &Error{Field: "bus.kafka.brokers", Msg: fmt.Sprintf("%q is not host:port", b)}
		}
	}
	if strings.ContainsAny(k.TopicPrefix, " /\\,:") {
		return &Error{Field: "bus.kafka.topic_prefix", Msg: fmt.Sprintf("%q: topic names allow only letters, digits, '.', '_' and '-'", k.TopicPrefix)}
	}
	positive := []struct {
		name string
		v    int64
	}{
		{"partitions", int64(k.Partitions)},
		{"replication_factor", int64(k.ReplicationFactor)},
		{"dial_timeout", int64(k.DialTimeout)},
		{"batch_size", int64(k.BatchSize)},
		{"batch_bytes", int64(k.BatchBytes)},
		{"batch_timeout", int64(k.BatchTimeout)},
		{"max_attempts", int64(k.MaxAttempts)},
		{"retry_backoff", int64(k.RetryBackoff)},
		{"session_timeout", int64(k.SessionTimeout)},
		{"commit_interval", int64(k.CommitInterval)},
		{"max_in_flight", int64(k.MaxInFlight)},
		{"drain_timeout", int64(k.DrainTimeout)},
	}
	for _, p := range positive {
		if p.v <= 0 {
			return &Error{Field: "bus.kafka." + p.name, Msg: "must be positive"}
		}
	}
	if k.StartupWait < 0 {
		return &Error{Field: "bus.kafka.startup_wait", Msg: "must not be negative (0 fails at once when no broker answers)"}
	}
	if k.Retention < 0 {
		return &Error{Field: "bus.kafka.retention", Msg: "must not be negative (0 keeps the broker's default)"}
	}
	switch k.Compression {
	case "none", "", "gzip", "snappy", "lz4", "zstd":
	default:
		return &Error{Field: "bus.kafka.compression", Msg: fmt.Sprintf("%q is not one of none, gzip, snappy, lz4, zstd", k.Compression)}
	}
	if (k.TLS.CertFile == "") != (k.TLS.KeyFile == "") {
		return &Error{Field: "bus.kafka.tls.key_file", Msg: "cert_file and key_file go together"}
	}
	switch k.SASL.Mechanism {
	case "":
	case "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512":
		if k.SASL.Username == "" {
			return &Error{Field: "bus.kafka.sasl.username", Msg: "must be set with sasl.mechanism " + k.SASL.Mechanism}
		}
	default:
		return &Error{Field: "bus.kafka.sasl.mechanism", Msg: fmt.Sprintf("%q is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512", k.SASL.Mechanism)}
	}
	return nil
}
