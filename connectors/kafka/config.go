// Package kafka is khabar's bus over Apache Kafka (segmentio/kafka-go):
// keyed, versioned JSON messages with acks=all producers, consumer groups
// that commit an offset only after the message and every earlier one of its
// partition were acked, and a dead-letter topic for what cannot be read.
package kafka

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/compress"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"github.com/khabar/khabar/internal/config"
)

// Config is the bus configuration. It mirrors config.KafkaConfig (see
// FromConfig) so that the connector can be built without a config file.
type Config struct {
	Brokers     []string
	TopicPrefix string
	ClientID    string

	Partitions        int
	ReplicationFactor int
	Retention         time.Duration

	DialTimeout time.Duration

	BatchSize    int
	BatchBytes   int
	BatchTimeout time.Duration
	Compression  string
	MaxAttempts  int
	RetryBackoff time.Duration

	SessionTimeout time.Duration
	CommitInterval time.Duration
	MaxInFlight    int
	DrainTimeout   time.Duration
	// MaxBuffered bounds messages handed to the producer but not yet
	// acknowledged by the broker; Publish waits beyond it.
	MaxBuffered int

	TLS  config.KafkaTLS
	SASL config.KafkaSASL
}

// DefaultConfig is config.DefaultKafka as a Config.
func DefaultConfig() Config { return FromConfig(config.DefaultKafka()) }

// FromConfig converts the file's settings.
func FromConfig(k config.KafkaConfig) Config {
	return Config{
		Brokers:           append([]string(nil), k.Brokers...),
		TopicPrefix:       k.TopicPrefix,
		ClientID:          k.ClientID,
		Partitions:        k.Partitions,
		ReplicationFactor: k.ReplicationFactor,
		Retention:         k.Retention,
		DialTimeout:       k.DialTimeout,
		BatchSize:         k.BatchSize,
		BatchBytes:        k.BatchBytes,
		BatchTimeout:      k.BatchTimeout,
		Compression:       k.Compression,
		MaxAttempts:       k.MaxAttempts,
		RetryBackoff:      k.RetryBackoff,
		SessionTimeout:    k.SessionTimeout,
		CommitInterval:    k.CommitInterval,
		MaxInFlight:       k.MaxInFlight,
		DrainTimeout:      k.DrainTimeout,
		MaxBuffered:       10000,
		TLS:               k.TLS,
		SASL:              k.SASL,
	}
}

// Validate checks the configuration; zero values of optional fields take
// the defaults.
func (c *Config) Validate() error {
	d := DefaultConfig()
	if len(c.Brokers) == 0 {
		return errors.New("kafka: no brokers configured (bus.kafka.brokers)")
	}
	for _, b := range c.Brokers {
		if _, _, err := net.SplitHostPort(b); err != nil {
			return fmt.Errorf("kafka: broker %q: %w", b, err)
		}
	}
	if c.ClientID == "" {
		c.ClientID = d.ClientID
	}
	positiveOr(&c.Partitions, d.Partitions)
	positiveOr(&c.ReplicationFactor, d.ReplicationFactor)
	positiveOr(&c.DialTimeout, d.DialTimeout)
	positiveOr(&c.BatchSize, d.BatchSize)
	positiveOr(&c.BatchBytes, d.BatchBytes)
	positiveOr(&c.BatchTimeout, d.BatchTimeout)
	positiveOr(&c.MaxAttempts, d.MaxAttempts)
	positiveOr(&c.RetryBackoff, d.RetryBackoff)
	positiveOr(&c.SessionTimeout, d.SessionTimeout)
	positiveOr(&c.CommitInterval, d.CommitInterval)
	positiveOr(&c.MaxInFlight, d.MaxInFlight)
	positiveOr(&c.DrainTimeout, d.DrainTimeout)
	positiveOr(&c.MaxBuffered, d.MaxBuffered)
	if _, err := c.codec(); err != nil {
		return err
	}
	if _, err := c.saslMechanism(); err != nil {
		return err
	}
	if _, err := c.tlsConfig(); err != nil {
		return err
	}
	return nil
}

// Topic is the full name of a khabar topic ("stories" → "khabar.stories").
func (c *Config) Topic(name string) string { return c.TopicPrefix + name }

func (c *Config) codec() (compress.Compression, error) {
	switch c.Compression {
	case "", "none":
		return 0, nil
	case "gzip":
		return compress.Gzip, nil
	case "snappy":
		return compress.Snappy, nil
	case "lz4":
		return compress.Lz4, nil
	case "zstd":
		return compress.Zstd, nil
	}
	return 0, fmt.Errorf("kafka: compression %q is not one of none, gzip, snappy, lz4, zstd", c.Compression)
}

// positiveOr sets *v to def unless it is positive.
func positiveOr[T int | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

func (c *Config) saslMechanism() (sasl.Mechanism, error) {
	switch c.SASL.Mechanism {
	case "":
		return nil, nil
	case "PLAIN":
		return plain.Mechanism{Username: c.SASL.Username, Password: c.SASL.Password}, nil
	case "SCRAM-SHA-256", "SCRAM-SHA-512":
		algo := scram.SHA256
		if c.SASL.Mechanism == "SCRAM-SHA-512" {
			algo = scram.SHA512
		}
		m, err := scram.Mechanism(algo, c.SASL.Username, c.SASL.Password)
		if err != nil {
			return nil, fmt.Errorf("kafka: sasl %s: %w", c.SASL.Mechanism, err)
		}
		return m, nil
	}
	return nil, fmt.Errorf("kafka: sasl mechanism %q is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512", c.SASL.Mechanism)
}

func (c *Config) tlsConfig() (*tls.Config, error) {
	if !c.TLS.On() {
		return nil, nil
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: c.TLS.ServerName}
	if c.TLS.CAFile != "" {
		pem, err := os.ReadFile(c.TLS.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kafka: tls ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("kafka: tls ca_file %s: no PEM certificate in it", c.TLS.CAFile)
		}
		tc.RootCAs = pool
	}
	if c.TLS.CertFile != "" || c.TLS.KeyFile != "" {
		cert, err := tls.LoadX509KeyPair(c.TLS.CertFile, c.TLS.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("kafka: tls cert_file %s / key_file %s: %w", c.TLS.CertFile, c.TLS.KeyFile, err)
		}
		tc.Certificates = []tls.Certificate{cert}
	}
	return tc, nil
}

// security is the TLS configuration (nil: plaintext) and SASL mechanism
// (nil: none) of every connection.
func (c *Config) security() (*tls.Config, sasl.Mechanism, error) {
	tc, err := c.tlsConfig()
	if err != nil {
		return nil, nil, err
	}
	mech, err := c.saslMechanism()
	if err != nil {
		return nil, nil, err
	}
	return tc, mech, nil
}

// open validates the configuration and returns the logger (log, or one
// that discards when nil) and the connection setup of a bus or admin call.
func (c *Config) open(log *slog.Logger) (*slog.Logger, *kafkago.Transport, error) {
	if err := c.Validate(); err != nil {
		return nil, nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tr, err := c.transport()
	if err != nil {
		return nil, nil, err
	}
	return log, tr, nil
}

// transport is the producer's and admin client's connection setup.
func (c *Config) transport() (*kafkago.Transport, error) {
	tc, mech, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafkago.Transport{
		DialTimeout: c.DialTimeout,
		ClientID:    c.ClientID,
		TLS:         tc,
		SASL:        mech,
		MetadataTTL: 10 * time.Second,
	}, nil
}

// dialer is the consumer's connection setup.
func (c *Config) dialer() (*kafkago.Dialer, error) {
	tc, mech, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafkago.Dialer{
		Timeout:       c.DialTimeout,
		ClientID:      c.ClientID,
		DualStack:     true,
		TLS:           tc,
		SASLMechanism: mech,
	}, nil
}
