package config

// ElasticConfig is the Elasticsearch sink (owned by the Elasticsearch work).
type ElasticConfig struct {
	URLs        []string `yaml:"urls"`
	IndexPrefix string   `yaml:"index_prefix"`
}

// DefaultElastic returns the Elasticsearch defaults.
func DefaultElastic() ElasticConfig {
	return ElasticConfig{URLs: []string{"http://127.0.0.1:9200"}, IndexPrefix: "khabar-"}
}

func (e *ElasticConfig) resolvePaths(abs func(*string)) {}

func (e *ElasticConfig) validate() error { return nil }
