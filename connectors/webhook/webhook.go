// Package webhook is the webhook notifier of the alert stage: one JSON POST
// per alert, the alert id as the Idempotency-Key header, and optionally a
// Slack-compatible payload.
package webhook

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

// Config is one webhook.
type Config struct {
	// Name is what alert rules list under notify; used in errors.
	Name string
	URL  string
	// Slack sends {"text", "blocks"} as Slack incoming webhooks expect,
	// instead of the alert record.
	Slack bool
	// Timeout bounds one request when the caller's context has no deadline.
	Timeout time.Duration
	// Client defaults to a client with Timeout.
	Client    *http.Client
	UserAgent string
}

// Notifier posts alerts to a webhook.
type Notifier struct {
	cfg    Config
	client *http.Client
}

var _ alert.Notifier = (*Notifier)(nil)

// maxErrorBody is how much of an error answer is kept for the log.
const maxErrorBody = 2 << 10

// New validates cfg and returns the notifier.
func New(cfg Config) (*Notifier, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("webhook %s: url %q: want an absolute http(s) URL", cfg.Name, cfg.URL)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "khabar-alerts"
	}
	c := cfg.Client
	if c == nil {
		c = &http.Client{Timeout: cfg.Timeout}
	}
	return &Notifier{cfg: cfg, client: c}, nil
}

// Notify posts one alert. A 2xx answer is success; 408, 425, 429 and 5xx
// answers and network errors are worth a retry; any other answer is a
// permanent failure (alert.Permanent) carrying the status and the start of
// the response body, since the same request would fail the same way.
func (n *Notifier) Notify(ctx context.Context, a pipeline.Alert) error {
	var payload any = a
	if n.cfg.Slack {
		payload = slackPayload(a)
	}
	return n.post(ctx, a.ID, a.ID, payload)
}

// Withdrawal is the body of a withdrawal: an alert sent before whose
// input was retracted (a tracker event a late story withdrew).
type Withdrawal struct {
	ID        string    `json:"id"`
	Rule      string    `json:"rule"`
	Key       string    `json:"key"`
	Window    time.Time `json:"window"`
	Retracted bool      `json:"retracted"` // always true
}

// Retract tells the webhook that alert a, sent before, is withdrawn: a
// POST of {"id", "rule", "key", "window", "retracted": true} with
// Idempotency-Key "<alert id>/retracted" (Slack: a "Withdrawn" line). The
// answers are judged as Notify's.
func (n *Notifier) Retract(ctx context.Context, a pipeline.Alert) error {
	var payload any = Withdrawal{ID: a.ID, Rule: a.Rule, Key: a.Key, Window: a.Window, Retracted: true}
	if n.cfg.Slack {
		text := "Withdrawn: " + a.ID + " (the event it reported was retracted)"
		payload = slackMessage{Text: text, Blocks: []slackBlock{{Type: "section", Text: &slackText{Type: "mrkdwn", Text: slackEscape.Replace(text)}}}}
	}
	return n.post(ctx, a.ID, a.ID+"/retracted", payload)
}

var _ alert.Retractor = (*Notifier)(nil)

// post sends one JSON body about alert id.
func (n *Notifier) post(ctx context.Context, id, idempotencyKey string, payload any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return alert.Permanent(fmt.Errorf("webhook %s: encode alert %s: %w", n.cfg.Name, id, err))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.cfg.URL, bytes.NewReader(body))
	if err != nil {
		return alert.Permanent(fmt.Errorf("webhook %s: %w", n.cfg.Name, err))
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("Idempotency-Key", idempotencyKey)
	req.Header.Set("User-Agent", n.cfg.UserAgent)
	req.Header.Set(pipeline.HeaderSchemaVersion, pipeline.SchemaVersion)
	resp, err := n.client.Do(req)
	if err != nil {
		return fmt.Errorf("webhook %s: post alert %s: %w", n.cfg.Name, id, err)
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20)) // let the connection be reused
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	err = &StatusError{Webhook: n.cfg.Name, Alert: id, Status: resp.StatusCode, Body: cleanBody(snippet)}
	switch {
	case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusTooEarly,
		resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode >= 500:
		return err
	}
	return alert.Permanent(err)
}

// StatusError is a non-2xx answer.
type StatusError struct {
	Webhook string
	Alert   string
	Status  int
	Body    string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("webhook %s: alert %s: answered %d %s: %q", e.Webhook, e.Alert, e.Status, http.StatusText(e.Status), e.Body)
}

// IsStatus reports whether err is a StatusError with the status.
func IsStatus(err error, status int) bool {
	var se *StatusError
	return errors.As(err, &se) && se.Status == status
}

func cleanBody(b []byte) string {
	s := strings.TrimSpace(strings.ToValidUTF8(string(b), "\uFFFD"))
	if !utf8.ValidString(s) {
		return ""
	}
	return s
}

// slackEscape escapes what Slack's mrkdwn treats as markup.
var slackEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

type slackText struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type slackBlock struct {
	Type     string      `json:"type"`
	Text     *slackText  `json:"text,omitempty"`
	Elements []slackText `json:"elements,omitempty"`
}

type slackMessage struct {
	Text   string       `json:"text"`
	Blocks []slackBlock `json:"blocks"`
}

func slackPayload(a pipeline.Alert) slackMessage {
	var b strings.Builder
	fmt.Fprintf(&b, "*%s*\n%s", slackEscape.Replace(a.Title), slackEscape.Replace(a.Reason))
	blocks := []slackBlock{{Type: "section", Text: &slackText{Type: "mrkdwn", Text: b.String()}}}
	for i, s := range a.Stories {
		if i == 5 {
			blocks = append(blocks, slackBlock{Type: "context", Elements: []slackText{{Type: "mrkdwn",
				Text: fmt.Sprintf("and %d more stories", len(a.Stories)-i)}}})
			break
		}
		title := s.Title
		if title == "" {
			title = s.ID
		}
		line := slackEscape.Replace(title)
		if s.URL != "" {
			line = "<" + s.URL + "|" + line + ">"
		}
		if s.Source != "" {
			line += " — " + slackEscape.Replace(s.Source)
		}
		for _, ev := range s.Evidence {
			line += "\n> " + slackEscape.Replace(ev)
		}
		blocks = append(blocks, slackBlock{Type: "section", Text: &slackText{Type: "mrkdwn", Text: line}})
	}
	return slackMessage{Text: a.Title + ": " + a.Reason, Blocks: blocks}
}
