// Package config loads khabar's one YAML configuration file, applies
// KHABAR_* environment variables and command-line flags over it, and
// validates the result before anything starts.
//
// Precedence, lowest first: built-in defaults, the file, the environment,
// flags. Every scalar setting has a dotted name (sink.elasticsearch.urls),
// a flag (--sink.elasticsearch.urls) and an environment variable
// (KHABAR_SINK_ELASTICSEARCH_URLS). Lists of scalars take comma-separated
// values. Relative paths in the file are relative to the file's folder;
// relative paths from flags and the environment are relative to the working
// directory.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/khabar/khabar/internal/classify"
)

// Config is the whole configuration.
type Config struct {
	// DataDir holds the embedded index, state and dead letters.
	DataDir string `yaml:"data_dir"`
	// Watchlist is the entity file (deploy/watchlist.yaml).
	Watchlist string `yaml:"watchlist"`
	// Alerts is the alert-rules file (deploy/alerts.yaml).
	Alerts string `yaml:"alerts"`
	// Samples is the folder of bundled demo feeds; feeds whose url starts
	// with "sample:" are served from it over HTTP on a loopback port.
	Samples string `yaml:"samples"`

	HTTP  HTTPConfig   `yaml:"http"`
	Log   LogConfig    `yaml:"log"`
	Feeds []FeedConfig `yaml:"feeds"`
	Poll  PollConfig   `yaml:"poll"`
	Work  WorkConfig   `yaml:"work"`
	Bus   BusConfig    `yaml:"bus"`
	Sink  SinkConfig   `yaml:"sink"`
	Track TrackConfig  `yaml:"track"`
	Alert AlertConfig  `yaml:"alert"`

	// source and root are the file the configuration was read from and
	// its parsed YAML, so later checks (CheckFiles) name file and line.
	source string
	root   *yaml.Node
}

// HTTPConfig is the API server.
type HTTPConfig struct {
	Listen string `yaml:"listen"`
}

// LogConfig selects the log format and level.
type LogConfig struct {
	Format string `yaml:"format"` // auto (text on a terminal, JSON otherwise), text, json
	Level  string `yaml:"level"`  // debug, info, warn, error
	// Summary is how often `khabar run` prints a one-line summary
	// (stories fetched, analysed, indexed; feeds failing; alerts); 0: never.
	Summary time.Duration `yaml:"summary"`
}

// FeedConfig is one feed to poll.
type FeedConfig struct {
	URL  string `yaml:"url"`
	Name string `yaml:"name"`
	// Category is the feed's declared topic (one of classify.TopicNames): a
	// prior for the story's own topic, kept as feed_category.
	Category string `yaml:"category"`
	Language string `yaml:"language"`
	// Topic makes the feed single-topic: every story of it gets this
	// topic (one of classify.TopicNames) with no classification.
	Topic    string        `yaml:"topic"`
	Interval time.Duration `yaml:"interval"` // 0: adaptive within poll bounds
	// FullText fetches the article page when the feed gives only a summary.
	FullText bool `yaml:"full_text"`
}

// WorkConfig is the analysis stage.
type WorkConfig struct {
	Workers int `yaml:"workers"` // parallel analysers; 0 = number of CPUs
	// Languages are the story languages (classify.LanguageNames) whose stances
	// are read; the stance rules are Hindi's, so by default only hi. A
	// story in another language is still indexed with its mentions,
	// amounts, language and topic.
	Languages []string `yaml:"languages"`
}

// BusConfig selects what connects the stages.
type BusConfig struct {
	Kind  string      `yaml:"kind"` // embedded or kafka
	Kafka KafkaConfig `yaml:"kafka"`
}

// SinkConfig selects where the index stage writes.
type SinkConfig struct {
	Kind          string        `yaml:"kind"` // embedded (Bleve) or elasticsearch
	BatchSize     int           `yaml:"batch_size"`
	FlushInterval time.Duration `yaml:"flush_interval"`
	// InFlight is how many batches the index stage writes at once (0..8;
	// 0 = automatic, see InFlightBatches). More than one lets Elasticsearch
	// index one batch while the next is encoded, but two batches may then
	// land out of order: harmless there (external versions: an older story
	// never overwrites a newer one), not for Bleve, which keeps the last
	// write.
	InFlight      int           `yaml:"in_flight"`
	Elasticsearch ElasticConfig `yaml:"elasticsearch"`
}

// MaxInFlight bounds sink.in_flight: each batch in flight holds up to
// batch_size messages unacknowledged.
const MaxInFlight = 8

// InFlightBatches resolves InFlight: as set, or when 0, 2 for
// Elasticsearch (the node idles while one writer encodes its next batch)
// and 1 for the embedded index (order matters to Bleve).
func (s SinkConfig) InFlightBatches() int {
	switch {
	case s.InFlight > 0:
		return s.InFlight
	case s.Kind == "elasticsearch":
		return 2
	default:
		return 1
	}
}

// Default returns the built-in defaults.
func Default() Config {
	return Config{
		DataDir:   ".khabar",
		Watchlist: "deploy/watchlist.yaml",
		Alerts:    "deploy/alerts.yaml",
		HTTP:      HTTPConfig{Listen: "127.0.0.1:8080"},
		Log:       LogConfig{Format: "auto", Level: "info", Summary: time.Minute},
		Poll:      DefaultPoll(),
		Work:      WorkConfig{Languages: []string{"hi"}},
		Bus:       BusConfig{Kind: "embedded", Kafka: DefaultKafka()},
		Sink:      SinkConfig{Kind: "embedded", BatchSize: 2000, FlushInterval: time.Second, Elasticsearch: DefaultElastic()},
		Track:     DefaultTrack(),
		Alert:     DefaultAlert(),
	}
}

// Error is a configuration error that names the file, line and field.
type Error struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "%s: ", e.Field)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Load reads path over the defaults. A missing file is an error only when
// mustExist is set (an explicit --config).
func Load(path string, mustExist bool) (Config, error) {
	cfg := Default()
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !mustExist {
			return cfg, nil
		}
		return cfg, fmt.Errorf("read config: %w", err)
	}
	if err := Parse(path, data, &cfg); err != nil {
		return cfg, err
	}
	cfg.resolvePaths(filepath.Dir(path))
	return cfg, nil
}

// CheckFiles checks that the files the configuration refers to exist: the
// watchlist and alert rules (unless they are the defaults, which the
// binary carries), and, when feeds use sample: URLs, the samples folder
// and each sample file in it. An error names the config file, the line,
// the setting and the resolved path.
func (c *Config) CheckFiles() error {
	fail := func(field, msg string) error {
		e := &Error{File: c.source, Field: field, Msg: msg}
		if c.root != nil {
			e.Line = lineOf(c.root, field)
		}
		return e
	}
	def := Default()
	for _, f := range []struct{ field, path, def string }{
		{"watchlist", c.Watchlist, def.Watchlist},
		{"alerts", c.Alerts, def.Alerts},
	} {
		if f.path == f.def || strings.HasSuffix(filepath.ToSlash(f.path), "/"+f.def) {
			continue // the built-in copy stands in when the file is absent
		}
		if err := isFile(f.path); err != nil {
			return fail(f.field, err.Error())
		}
	}
	for i, fd := range c.Feeds {
		name, ok := strings.CutPrefix(fd.URL, "sample:")
		if !ok {
			continue
		}
		if c.Samples == "" {
			return fail(fmt.Sprintf("feeds[%d].url", i), fmt.Sprintf("%q needs the samples folder (samples:), and none is configured", fd.URL))
		}
		if st, err := os.Stat(c.Samples); err != nil || !st.IsDir() {
			return fail("samples", fmt.Sprintf("%s is not a folder (relative paths are resolved against the config file's folder)", absPath(c.Samples)))
		}
		if err := isFile(filepath.Join(c.Samples, strings.TrimPrefix(name, "/"))); err != nil {
			return fail(fmt.Sprintf("feeds[%d].url", i), fmt.Sprintf("%s: %v", fd.URL, err))
		}
	}
	return nil
}

// isFile reports a path that is not a readable regular file, with the path
// resolved to an absolute one.
func isFile(path string) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("no such file: %s", absPath(path))
	case err != nil:
		return fmt.Errorf("%s: %w", absPath(path), err)
	case st.IsDir():
		return fmt.Errorf("%s is a folder, not a file", absPath(path))
	}
	return nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// Parse decodes YAML data (named name in errors) over cfg, strictly:
// unknown fields and wrong types are errors with a line number.
func Parse(name string, data []byte, cfg *Config) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		e := yamlError(name, err, nil)
		if ce, ok := e.(*Error); ok && ce.Line > 0 {
			if n := syntaxLine(data, ce.Line, ce.Msg); n > 0 {
				ce.Line = n
			}
		}
		return e
	}
	cfg.source, cfg.root = name, &root
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		if errors.Is(err, errEOF) || err.Error() == "EOF" {
			return nil
		}
		return yamlError(name, err, &root)
	}
	if err := cfg.validate(); err != nil {
		var ce *Error
		if errors.As(err, &ce) && ce.File == "" {
			ce.File = name
			ce.Line = lineOf(&root, ce.Field)
		}
		return err
	}
	return nil
}

func (c *Config) resolvePaths(base string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(base, *p)
		}
	}
	abs(&c.DataDir)
	abs(&c.Watchlist)
	abs(&c.Alerts)
	abs(&c.Samples)
	c.Sink.Elasticsearch.resolvePaths(abs)
	c.Bus.Kafka.resolvePaths(abs)
}

// Validate checks the whole configuration; errors name the field.
func (c *Config) Validate() error { return c.validate() }

// CheckAddress checks a listen address: host:port with a port from 0 to
// 65535 (0: any free port) and a host that is empty, a name or an IP.
func CheckAddress(addr string) error {
	if addr == "" {
		return errors.New("must not be empty (host:port, e.g. 127.0.0.1:8080)")
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%q is not host:port (e.g. 127.0.0.1:8080)", addr)
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("%q: port %q is not a number from 0 to 65535", addr, port)
	}
	if strings.ContainsAny(host, " /\\") {
		return fmt.Errorf("%q: %q is not a host name or IP address", addr, host)
	}
	return nil
}

func (c *Config) validate() error {
	if c.DataDir == "" {
		return &Error{Field: "data_dir", Msg: "must not be empty"}
	}
	switch c.Log.Format {
	case "auto", "text", "json":
	default:
		return &Error{Field: "log.format", Msg: fmt.Sprintf("%q is not one of auto, text, json", c.Log.Format)}
	}
	if c.Log.Summary < 0 {
		return &Error{Field: "log.summary", Msg: "must not be negative (0: no summary lines)"}
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return &Error{Field: "log.level", Msg: fmt.Sprintf("%q is not one of debug, info, warn, error", c.Log.Level)}
	}
	if err := CheckAddress(c.HTTP.Listen); err != nil {
		return &Error{Field: "http.listen", Msg: err.Error()}
	}
	seen := map[string]int{}
	for i, f := range c.Feeds {
		field := fmt.Sprintf("feeds[%d]", i)
		if f.URL == "" {
			return &Error{Field: field + ".url", Msg: "must not be empty"}
		}
		if j, dup := seen[f.URL]; dup {
			return &Error{Field: field + ".url", Msg: fmt.Sprintf("duplicate of feeds[%d]", j)}
		}
		seen[f.URL] = i
		if !strings.HasPrefix(f.URL, "sample:") && !strings.HasPrefix(f.URL, "http://") &&
			!strings.HasPrefix(f.URL, "https://") && !strings.HasPrefix(f.URL, "file://") {
			return &Error{Field: field + ".url", Msg: fmt.Sprintf("%q: want http://, https://, file:// or sample:", f.URL)}
		}
		if f.Category != "" && !slices.Contains(classify.TopicNames(), f.Category) {
			return &Error{Field: field + ".category", Msg: fmt.Sprintf("%q is not one of %s", f.Category, strings.Join(classify.TopicNames(), ", "))}
		}
		if f.Topic != "" && !slices.Contains(classify.TopicNames(), f.Topic) {
			return &Error{Field: field + ".topic", Msg: fmt.Sprintf("%q is not one of %s (a single-topic feed's topic)", f.Topic, strings.Join(classify.TopicNames(), ", "))}
		}
		if f.Interval < 0 {
			return &Error{Field: field + ".interval", Msg: "must not be negative"}
		}
	}
	if c.Work.Workers < 0 {
		return &Error{Field: "work.workers", Msg: "must not be negative"}
	}
	for i, l := range c.Work.Languages {
		if !slices.Contains(classify.LanguageNames(), l) {
			return &Error{Field: fmt.Sprintf("work.languages[%d]", i), Msg: fmt.Sprintf("%q is not one of %s", l, strings.Join(classify.LanguageNames(), ", "))}
		}
	}
	switch c.Bus.Kind {
	case "embedded", "kafka":
	default:
		return &Error{Field: "bus.kind", Msg: fmt.Sprintf("%q is not embedded or kafka", c.Bus.Kind)}
	}
	switch c.Sink.Kind {
	case "embedded", "elasticsearch":
	default:
		return &Error{Field: "sink.kind", Msg: fmt.Sprintf("%q is not embedded or elasticsearch", c.Sink.Kind)}
	}
	if c.Sink.BatchSize <= 0 {
		return &Error{Field: "sink.batch_size", Msg: "must be positive"}
	}
	if c.Sink.FlushInterval <= 0 {
		return &Error{Field: "sink.flush_interval", Msg: "must be positive"}
	}
	if c.Sink.InFlight < 0 || c.Sink.InFlight > MaxInFlight {
		return &Error{Field: "sink.in_flight", Msg: fmt.Sprintf("%d is not within 0..%d (0 = automatic)", c.Sink.InFlight, MaxInFlight)}
	}
	if c.Bus.Kind == "kafka" && c.Bus.Kafka.MaxInFlight < c.Sink.InFlightBatches()*c.Sink.BatchSize {
		return &Error{Field: "bus.kafka.max_in_flight", Msg: fmt.Sprintf("%d is below sink.in_flight × sink.batch_size (%d × %d): the index role could never fill its batches", c.Bus.Kafka.MaxInFlight, c.Sink.InFlightBatches(), c.Sink.BatchSize)}
	}
	for _, v := range []interface{ validate() error }{&c.Poll, &c.Bus.Kafka, &c.Sink.Elasticsearch, &c.Track, &c.Alert} {
		if err := v.validate(); err != nil {
			return err
		}
	}
	return nil
}
