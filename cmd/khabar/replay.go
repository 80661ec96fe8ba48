package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
)

// newReplayCmd pushes stories through the Kafka pipeline again: from a
// JSON Lines file, or from a topic since a time (the stories topic, or the
// dead-letter topic, whose letters go back to the topic they came from).
func (a *app) newReplayCmd() *cobra.Command {
	var (
		fromTopic string
		since     string
		window    int
	)
	cmd := &cobra.Command{
		Use:   "replay [STORIES.jsonl]",
		Short: "Push stories (a JSON Lines file, or a topic since a time) through the Kafka pipeline, with progress",
		Long: `Replay publishes stories to the stories topic and waits until the brokers
acknowledged every one. Outputs are idempotent (deterministic ids), so a
replay overwrites and never duplicates.

  khabar replay stories.jsonl
  khabar replay --from-topic stories --since 6h
  khabar replay --from-topic dlq --since 2026-02-01T00:00:00Z   (dead letters back to their topic)

On a terminal a progress bar shows counts, rate and ETA; otherwise plain
progress lines are written to stderr every few seconds.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if (len(args) == 1) == (fromTopic != "") {
				return &exitError{code: 2, err: errors.New("replay: give either a STORIES.jsonl file or --from-topic")}
			}
			if cfg.Bus.Kind != "kafka" {
				return &exitError{code: 2, err: fmt.Errorf("replay: bus.kind is %q; replay feeds the Kafka pipeline (set bus.kind=kafka or --bus.kind kafka)", cfg.Bus.Kind)}
			}
			var sinceT time.Time
			if since != "" {
				if sinceT, err = parseSince(since, time.Now()); err != nil {
					return &exitError{code: 2, err: err}
				}
			}
			bus, err := kafka.New(cmd.Context(), kafka.FromConfig(cfg.Bus.Kafka), a.logger())
			if err != nil {
				return err
			}
			defer bus.Close()
			r := &replayer{pub: bus, window: window, progress: newProgress(a.stderr, isTerminal(a.stderr))}
			if fromTopic != "" {
				err = r.fromTopic(cmd.Context(), bus, fromTopic, sinceT)
			} else {
				err = r.fromFile(cmd.Context(), args[0])
			}
			r.progress.finish()
			if err != nil {
				return err
			}
			if f := r.progress.failed.Load(); f > 0 {
				return fmt.Errorf("replay: %d message(s) were not acknowledged by the brokers", f)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&fromTopic, "from-topic", "", "replay from this topic (relative: stories, dlq) instead of a file")
	cmd.Flags().StringVar(&since, "since", "", "with --from-topic: a duration back from now (6h) or an RFC 3339 time; default the beginning")
	cmd.Flags().IntVar(&window, "window", 2000, "messages in flight (published, not yet acknowledged)")
	return cmd
}

// parseSince reads "6h" (back from now) or an RFC 3339 time.
func parseSince(s string, now time.Time) (time.Time, error) {
	if d, err := time.ParseDuration(s); err == nil {
		if d < 0 {
			return time.Time{}, fmt.Errorf("--since %q: negative duration", s)
		}
		return now.Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--since %q: neither a duration (6h) nor an RFC 3339 time", s)
	}
	return t, nil
}

// replayer publishes with a bounded window of unacknowledged messages.
type replayer struct {
	pub      pipeline.Publisher
	window   int
	progress *progress
	sem      chan struct{}
	wg       sync.WaitGroup
}

func (r *replayer) send(ctx context.Context, topic string, m *pipeline.Message) error {
	if r.sem == nil {
		r.sem = make(chan struct{}, max(1, r.window))
	}
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	r.wg.Add(1)
	m.OnDone(func(err error) {
		if err != nil {
			r.progress.failed.Add(1)
		} else {
			r.progress.done.Add(1)
		}
		r.progress.tick()
		<-r.sem
		r.wg.Done()
	})
	// Publish nacks m on error, which the OnDone above counts.
	_ = r.pub.Publish(ctx, topic, m)
	return nil
}

func (r *replayer) wait() { r.wg.Wait() }

// fromFile replays a JSON Lines file of stories. A bad line is reported
// with its file and line and skipped; the rest goes on.
func (r *replayer) fromFile(ctx context.Context, path string) error {
	total, err := countLines(path)
	if err != nil {
		return err
	}
	r.progress.setTotal(total)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			if m, perr := storyMessage(b); perr != nil {
				r.progress.skip(fmt.Sprintf("%s:%d: %v", path, line, perr))
			} else if serr := r.send(ctx, pipeline.TopicStories, m); serr != nil {
				r.wait()
				return fmt.Errorf("replay: %s:%d: %w", path, line, serr)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.wait()
			return fmt.Errorf("replay: read %s after line %d: %w", path, line, err)
		}
	}
	r.wait()
	return nil
}

// storyMessage validates one line and builds its message (key = story id).
func storyMessage(line []byte) (*pipeline.Message, error) {
	var s pipeline.Story
	if err := json.Unmarshal(line, &s); err != nil {
		return nil, fmt.Errorf("not a JSON story: %w", err)
	}
	if s.ID == "" {
		s.ID = pipeline.StoryID(s.URL, s.GUID)
		if s.ID == "" {
			return nil, errors.New("story has no id, url or guid")
		}
	}
	return pipeline.Encode(s.ID, s)
}

func countLines(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("replay: %w", err)
	}
	defer f.Close()
	var n int64
	br := bufio.NewReaderSize(f, 1<<20)
	for {
		b, err := br.ReadSlice('\n')
		if len(strings.TrimSpace(string(b))) > 0 && (err == nil || errors.Is(err, io.EOF)) {
			n++
		}
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return 0, fmt.Errorf("replay: read %s: %w", path, err)
		}
	}
}

// fromTopic replays a topic's messages since t. Dead letters go back to
// the topic they came from, with their original value and headers.
func (r *replayer) fromTopic(ctx context.Context, bus *kafka.Bus, topic string, since time.Time) error {
	prefix := strings.TrimSuffix(bus.Topic("x"), "x")
	err := bus.Scan(ctx, topic, since, r.progress.setTotal, func(m *pipeline.Message) error {
		target := pipeline.TopicStories
		if topic == pipeline.TopicDLQ {
			var dl pipeline.DeadLetter
			if err := json.Unmarshal(m.Value, &dl); err != nil || dl.Topic == "" {
				r.progress.skip(fmt.Sprintf("dead letter key %q: not a dead letter", m.Key))
				return nil
			}
			target = strings.TrimPrefix(dl.Topic, prefix)
			orig := pipeline.NewMessage(dl.Key, dl.Value)
			for k, v := range dl.Headers {
				orig.Headers[k] = v
			}
			m = orig
		}
		return r.send(ctx, target, m)
	})
	r.wait()
	return err
}

// progress renders counts, rate and ETA: a redrawn bar on a terminal,
// plain lines otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	start time.Time
	total atomic.Int64

	done, failed, skipped atomic.Int64

	mu   sync.Mutex
	last time.Time
}

func newProgress(w io.Writer, tty bool) *progress {
	return &progress{w: w, tty: tty, start: time.Now()}
}

func (p *progress) setTotal(n int64) { p.total.Store(n) }

func (p *progress) skip(why string) {
	p.skipped.Add(1)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, "replay: skipped %s\n", why)
}

// tick redraws at most every 100 ms on a terminal, every 2 s otherwise.
func (p *progress) tick() {
	every := 2 * time.Second
	if p.tty {
		every = 100 * time.Millisecond
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < every {
		return
	}
	p.last = now
	p.render(now, false)
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.render(time.Now(), true)
}

func (p *progress) render(now time.Time, final bool) {
	done, failed, skipped, total := p.done.Load(), p.failed.Load(), p.skipped.Load(), p.total.Load()
	n := done + failed + skipped
	elapsed := now.Sub(p.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(done+failed) / elapsed.Seconds()
	}
	eta := "?"
	if rate > 0 && total > n {
		eta = time.Duration(float64(total-n) / rate * float64(time.Second)).Round(time.Second).String()
	} else if total <= n {
		eta = "0s"
	}
	pct := 100.0
	if total > 0 {
		pct = 100 * float64(n) / float64(total)
	}
	if p.tty {
		const width = 30
		fill := int(pct / 100 * width)
		fill = min(max(fill, 0), width)
		fmt.Fprintf(p.w, "\r\033[K[%s%s] %d/%d %5.1f%%  %.0f/s  ETA %s  failed %d skipped %d",
			strings.Repeat("█", fill), strings.Repeat("░", width-fill), n, total, pct, rate, eta, failed, skipped)
		if final {
			fmt.Fprintf(p.w, "  (%s)\n", elapsed.Round(time.Millisecond))
		}
		return
	}
	state := "progress"
	if final {
		state = "done"
	}
	fmt.Fprintf(p.w, "replay %s: %d/%d (%.1f%%) acked %d failed %d skipped %d, %.0f/s, elapsed %s, ETA %s\n",
		state, n, total, pct, done, failed, skipped, rate, elapsed.Round(time.Millisecond), eta)
}
