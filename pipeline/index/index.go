// Package index is the last stage: it batches analysed stories, events and
// alerts into the sink and acknowledges each message only after the batch
// that carries it is durable. While the sink refuses, it retries with
// backoff and stops consuming (backpressure), so nothing unwritten is
// acknowledged.
package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Sink is what the index stage writes to (pipeline.Sink satisfies it).
type Sink interface {
	WriteRecords(ctx context.Context, recs []pipeline.Record) error
	WriteEvents(ctx context.Context, evs []pipeline.Event) error
	WriteAlerts(ctx context.Context, alerts []pipeline.Alert) error
}

// EventDeleter is a Sink that can remove event documents. A retraction on
// the events topic (pipeline.EventMessage.Retracted) deletes its event's
// document when the sink is one; with a sink that is not, a retraction is
// dead-lettered (it cannot be applied, and must not be written as if it
// were the event).
type EventDeleter interface {
	DeleteEvents(ctx context.Context, ids []string) error
}

// EventChange is one message of the events topic for a sink to apply:
// the event (its identity only when retracted), whether it is a
// retraction, and the version of the tracker's fold that published it
// (track.EventMessage.Version; 0 for a message from before versions).
type EventChange struct {
	Event     pipeline.Event
	Retracted bool
	Version   uint64
}

// EventApplier is a sink that applies event messages by version: a change
// is applied only if its version is at least the one the sink last
// applied for that id, a retraction included (it deletes the document and
// keeps its version), so two messages of an id give the same document
// whatever order they arrive in: an event's retraction (a newer fold)
// applied before the event leaves no document, and an event re-sent after
// its retraction leaves the re-sent event. The stage gives it one change
// per id per batch (the newest); version 0 is older than any other.
// Sinks that are not EventAppliers get writes and deletes (EventDeleter)
// decided by version within a batch only.
type EventApplier interface {
	ApplyEvents(ctx context.Context, changes []EventChange) error
}

// AlertDeleter is a Sink that can remove alert documents. A withdrawal on
// the alerts topic (alert.AlertMessage.Retracted: the judge no longer
// holds the alert, say after a retraction of an event behind it) deletes
// the alert's document when the sink is one; with a sink that is not, a
// withdrawal is dead-lettered (it carries only the alert's id, rule, key
// and window, and must not be written as if it were the alert).
//
// Alert messages carry no version: every message of an alert id has the
// id as its key, so they arrive on one partition in the order the judge
// published them, and the last one read decides (within a batch, the last
// message of an id; batches of alerts are written one at a time whatever
// Config.InFlight says). See README.md for what this cannot decide.
type AlertDeleter interface {
	DeleteAlerts(ctx context.Context, ids []string) error
}

// alertMessage is what the alert stage publishes (alert.AlertMessage): an
// alert, or with Retracted set its withdrawal.
type alertMessage struct {
	pipeline.Alert
	Retracted bool `json:"retracted,omitempty"`
}

// eventMessage is what the track stage publishes (track.EventMessage):
// pipeline.EventMessage and the fold's version.
type eventMessage struct {
	pipeline.EventMessage
	Version uint64 `json:"version,omitempty"`
}

// Config tunes batching.
type Config struct {
	BatchSize     int           // flush at this many messages (default 2000)
	FlushInterval time.Duration // or this long after the first (default 1s)
	// InFlight is how many batches may be written at once (default 1: one
	// write at a time, batches land in order). More lets the sink work on
	// one batch while the next is encoded and sent, but two batches may
	// then land out of order: only for sinks where that is harmless
	// (Elasticsearch, whose external versions keep the newer story), not
	// for Bleve. Each batch in flight holds its messages unacknowledged.
	// It applies to records only: alerts are written one batch at a time
	// (an alert, its withdrawal and its firing again must land in order).
	InFlight int
	// MaxBackoff caps the wait between retries of a refused write (default 30s).
	MaxBackoff time.Duration
	// ShutdownTimeout bounds the final flush, and the wait for the writes
	// in flight, after ctx is done or the subscription ends (default 10s).
	ShutdownTimeout time.Duration
}

func (c *Config) defaults() {
	if c.BatchSize <= 0 {
		c.BatchSize = 2000
	}
	if c.FlushInterval <= 0 {
		c.FlushInterval = time.Second
	}
	if c.InFlight <= 0 {
		c.InFlight = 1
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 30 * time.Second
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 10 * time.Second
	}
}

// Stage is the index stage.
type Stage struct {
	cfg     Config
	sink    Sink
	dlq     pipeline.DeadLetterer
	metrics *pipeline.Metrics
	log     *slog.Logger
}

// New builds the stage. dlq receives messages that cannot be decoded.
func New(cfg Config, sink Sink, dlq pipeline.DeadLetterer, metrics *pipeline.Metrics, log *slog.Logger) (*Stage, error) {
	if sink == nil {
		return nil, errors.New("index: no sink")
	}
	if log == nil {
		return nil, errors.New("index: no logger")
	}
	cfg.defaults()
	return &Stage{cfg: cfg, sink: sink, dlq: dlq, metrics: metrics, log: log}, nil
}

// Kind says what a subscription carries.
type Kind int

// What a subscription carries.
const (
	Records Kind = iota // pipeline.Record on the analyses topic
	Events              // pipeline.EventMessage on the events topic
	Alerts              // alert.AlertMessage (an alert or its withdrawal) on the alerts topic
)

func (k Kind) String() string {
	return [...]string{"records", "events", "alerts"}[k]
}

// Consume batches msgs of one kind into the sink until the channel closes
// (the subscription ends when its context is done), then flushes what it
// holds, waits for every write in flight and returns.
//
// Up to Config.InFlight batches are written at once, each by a goroutine
// Consume owns; while that many are in flight, Consume stops reading msgs
// (backpressure) until one returns. A batch's messages are acknowledged
// only after its own write returned. When ctx is done or msgs closes, the
// writes still running get ShutdownTimeout to finish; what is not written
// by then is nacked, so its sources redeliver it.
func (s *Stage) Consume(ctx context.Context, kind Kind, topic string, msgs <-chan *pipeline.Message) error {
	// The writes run on wctx, which outlives ctx by ShutdownTimeout, so a
	// shutdown drains the batches in flight instead of cutting them off.
	wctx, cancelWrites := context.WithCancel(context.WithoutCancel(ctx))
	draining := make(chan struct{})
	inFlight := s.cfg.InFlight
	if kind == Alerts {
		inFlight = 1 // the last message of an alert id decides: in order
	}
	var (
		wg    sync.WaitGroup
		slots = make(chan struct{}, inFlight)
	)
	wg.Go(func() {
		select {
		case <-ctx.Done():
		case <-draining:
		case <-wctx.Done():
			return
		}
		t := time.NewTimer(s.cfg.ShutdownTimeout)
		defer t.Stop()
		select {
		case <-t.C:
			cancelWrites()
		case <-wctx.Done():
		}
	})
	defer func() {
		cancelWrites() // stops the deadline goroutine once every write is done
		wg.Wait()
	}()

	var (
		batch []*pipeline.Message
		timer *time.Timer
		tick  <-chan time.Time
	)
	flush := func() {
		if timer != nil {
			timer.Stop()
		}
		tick = nil
		if len(batch) == 0 {
			return
		}
		slots <- struct{}{} // blocks while InFlight batches are being written
		// The goroutine owns this slice; the next batch gets its own.
		b := batch
		batch = nil
		wg.Go(func() {
			defer func() { <-slots }()
			s.flush(wctx, kind, topic, b)
		})
	}
	for {
		select {
		case m, ok := <-msgs:
			if !ok {
				close(draining)
				flush()
				// Wait for the writes: every slot back means none in flight.
				for range inFlight {
					slots <- struct{}{}
				}
				return nil
			}
			if batch == nil {
				batch = make([]*pipeline.Message, 0, min(s.cfg.BatchSize, 4096))
			}
			batch = append(batch, m)
			if len(batch) == 1 {
				timer = time.NewTimer(s.cfg.FlushInterval)
				tick = timer.C
			}
			if len(batch) >= s.cfg.BatchSize {
				flush()
			}
		case <-tick:
			flush()
		}
	}
}

// flush writes one batch, retrying refused writes with capped exponential
// backoff until it succeeds or ctx ends (then the batch is nacked, so its
// sources redeliver it after a restart).
func (s *Stage) flush(ctx context.Context, kind Kind, topic string, batch []*pipeline.Message) {
	start := time.Now()
	good := make([]*pipeline.Message, 0, len(batch))
	var (
		recs   []pipeline.Record
		events []pipeline.Event
		alerts []pipeline.Alert
		// Events: the newest message of an id in the batch (highest
		// version, then the last in topic order) decides whether its
		// document is written or deleted.
		changes    []EventChange
		newest     = map[string]int{}
		deleter, _ = s.sink.(EventDeleter)
		applier, _ = s.sink.(EventApplier)
		// Alerts: the last message of an id in the batch decides.
		alertChanges    []alertMessage
		lastAlert       = map[string]int{}
		alertDeleter, _ = s.sink.(AlertDeleter)
	)
	for _, m := range batch {
		var err error
		switch kind {
		case Records:
			var r pipeline.Record
			if err = pipeline.Decode(m, &r); err == nil && r.Story.ID == "" {
				err = fmt.Errorf("record (key %q) has no story id", m.Key)
			}
			if err == nil {
				recs = append(recs, r)
			}
		case Events:
			var e eventMessage
			if err = pipeline.Decode(m, &e); err == nil && e.Event.ID == "" {
				err = fmt.Errorf("event (key %q) has no id", m.Key)
			}
			if err == nil && e.Retracted && deleter == nil && applier == nil {
				err = fmt.Errorf("retraction of event %s: this sink cannot delete events", e.Event.ID)
			}
			if err == nil {
				id := e.Event.ID
				if j, ok := newest[id]; !ok || e.Version >= changes[j].Version {
					newest[id] = len(changes)
				}
				changes = append(changes, EventChange{Event: e.Event, Retracted: e.Retracted, Version: e.Version})
			}
		case Alerts:
			var a alertMessage
			if err = pipeline.Decode(m, &a); err == nil && a.ID == "" {
				err = fmt.Errorf("alert (key %q) has no id", m.Key)
			}
			if err == nil && a.Retracted && alertDeleter == nil {
				err = fmt.Errorf("withdrawal of alert %s: this sink cannot delete alerts", a.ID)
			}
			if err == nil {
				lastAlert[a.ID] = len(alertChanges)
				alertChanges = append(alertChanges, a)
			}
		}
		if err != nil {
			s.deadLetter(ctx, topic, m, err)
			continue
		}
		good = append(good, m)
	}
	if len(good) == 0 {
		return
	}
	var deletes []string
	if kind == Events {
		kept := changes[:0:0]
		for i, c := range changes {
			if newest[c.Event.ID] != i {
				continue
			}
			kept = append(kept, c)
			if c.Retracted {
				deletes = append(deletes, c.Event.ID)
			} else {
				events = append(events, c.Event)
			}
		}
		changes = kept
	}
	var alertDeletes []string
	if kind == Alerts {
		for i, a := range alertChanges {
			switch {
			case lastAlert[a.ID] != i:
			case a.Retracted:
				alertDeletes = append(alertDeletes, a.ID)
			default:
				alerts = append(alerts, a.Alert)
			}
		}
	}
	backoff := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		var err error
		switch kind {
		case Records:
			err = s.sink.WriteRecords(ctx, recs)
		case Events:
			if applier != nil {
				err = applier.ApplyEvents(ctx, changes)
				break
			}
			// Writes and deletes name different ids: their order is free.
			if len(events) > 0 {
				err = s.sink.WriteEvents(ctx, events)
			}
			if err == nil && len(deletes) > 0 {
				err = deleter.DeleteEvents(ctx, deletes)
			}
		case Alerts:
			// Writes and deletes name different ids: their order is free.
			if len(alerts) > 0 {
				err = s.sink.WriteAlerts(ctx, alerts)
			}
			if err == nil && len(alertDeletes) > 0 {
				err = alertDeleter.DeleteAlerts(ctx, alertDeletes)
			}
		}
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			s.log.Warn("index: batch not written before shutdown; it will be redelivered", "kind", kind, "messages", len(good), "err", err)
			for _, m := range good {
				m.Nack(err)
			}
			return
		}
		s.log.Warn("index: sink refused a batch; retrying", "kind", kind, "messages", len(good), "attempt", attempt, "backoff", backoff, "err", err)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
		}
		backoff = min(backoff*2, s.cfg.MaxBackoff)
	}
	for _, m := range good {
		m.Ack()
	}
	if s.metrics != nil {
		s.metrics.Processed.WithLabelValues("index").Add(float64(len(good)))
		s.metrics.Latency.WithLabelValues("index").Observe(time.Since(start).Seconds())
	}
}

func (s *Stage) deadLetter(ctx context.Context, topic string, m *pipeline.Message, cause error) {
	if s.metrics != nil {
		s.metrics.Failed.WithLabelValues("index").Inc()
	}
	s.log.Warn("index: message dead-lettered", "topic", topic, "key", m.Key, "reason", cause)
	if s.dlq == nil {
		m.Nack(cause)
		return
	}
	dl := pipeline.NewDeadLetter("index", topic, m, cause, time.Now())
	backoff := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := s.dlq.DeadLetter(ctx, dl)
		if err == nil {
			break
		}
		// Retried while the stage runs: a nack would hold the source's
		// partition until a restart (issue 14 §1).
		s.log.Error("index: dead letter not stored; retrying", "key", m.Key, "attempt", attempt, "err", err)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			m.Nack(err)
			return
		}
		backoff = min(backoff*2, s.cfg.MaxBackoff)
	}
	m.Ack()
}
