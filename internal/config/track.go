package config

// TrackConfig is the tracker's settings (owned by the track/alert work).
type TrackConfig struct{}

// DefaultTrack returns the tracker defaults.
func DefaultTrack() TrackConfig { return TrackConfig{} }

func (t *TrackConfig) validate() error { return nil }

// AlertConfig is the alert stage's settings (owned by the track/alert work).
type AlertConfig struct{}

// DefaultAlert returns the alert defaults.
func DefaultAlert() AlertConfig { return AlertConfig{} }

func (a *AlertConfig) validate() error { return nil }
