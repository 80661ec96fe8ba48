package config

import "time"

// PollConfig is the poll stage's settings (owned by the feeds work).
type PollConfig struct {
	MinInterval time.Duration `yaml:"min_interval"`
	MaxInterval time.Duration `yaml:"max_interval"`
	Timeout     time.Duration `yaml:"timeout"`
	MaxBodySize int64         `yaml:"max_body_size"`
	Workers     int           `yaml:"workers"`
	PerHost     int           `yaml:"per_host"`
	UserAgent   string        `yaml:"user_agent"`
	ContactURL  string        `yaml:"contact_url"`
}

// DefaultPoll returns the poll defaults.
func DefaultPoll() PollConfig {
	return PollConfig{
		MinInterval: 2 * time.Minute,
		MaxInterval: 6 * time.Hour,
		Timeout:     30 * time.Second,
		MaxBodySize: 10 << 20,
		Workers:     16,
		PerHost:     2,
		UserAgent:   "khabar/0.1",
		ContactURL:  "https://github.com/khabar/khabar",
	}
}

func (p *PollConfig) validate() error {
	if p.MinInterval <= 0 || p.MaxInterval < p.MinInterval {
		return &Error{Field: "poll.min_interval", Msg: "want 0 < min_interval <= max_interval"}
	}
	if p.MaxBodySize <= 0 {
		return &Error{Field: "poll.max_body_size", Msg: "must be positive"}
	}
	if p.Workers <= 0 {
		return &Error{Field: "poll.workers", Msg: "must be positive"}
	}
	return nil
}
