package config

// KafkaConfig is the Kafka bus (owned by the Kafka work).
type KafkaConfig struct {
	Brokers     []string `yaml:"brokers"`
	TopicPrefix string   `yaml:"topic_prefix"`
	ClientID    string   `yaml:"client_id"`
}

// DefaultKafka returns the Kafka defaults.
func DefaultKafka() KafkaConfig {
	return KafkaConfig{Brokers: []string{"127.0.0.1:9092"}, TopicPrefix: "khabar.", ClientID: "khabar"}
}

func (k *KafkaConfig) resolvePaths(abs func(*string)) {}

func (k *KafkaConfig) validate() error { return nil }
