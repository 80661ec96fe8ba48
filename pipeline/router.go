package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"
)

// Output is one message a handler produces, with the topic it goes to.
type Output struct {
	Topic string
	Msg   *Message
}

// Handler turns one input message into outputs. It returns an error when the
// message cannot be processed: a permanent one (see ErrPermanent: the
// message is bad) is dead-lettered with the reason and the stage moves on;
// any other is retried with backoff — the handler is called again with the
// same message, so it must be idempotent — until it succeeds or the stage
// stops. A handler that is interrupted returns ctx.Err(); the message is then
// nacked and delivered again after a restart.
type Handler func(ctx context.Context, msg *Message) ([]Output, error)

// DeadLetter is a message a stage gave up on, with the reason.
type DeadLetter struct {
	Stage     string            `json:"stage"`
	Topic     string            `json:"topic"`
	Partition int               `json:"partition,omitempty"`
	Offset    int64             `json:"offset,omitempty"`
	Key       string            `json:"key"`
	Value     []byte            `json:"value"`
	Headers   map[string]string `json:"headers,omitempty"`
	Reason    string            `json:"reason"`
	Time      time.Time         `json:"time"`
}

// DeadLetterer stores dead letters durably (a file under the data dir, or
// the khabar.dlq topic).
type DeadLetterer interface {
	DeadLetter(ctx context.Context, dl DeadLetter) error
}

// Route is one stage's subscription: where it reads and how.
type Route struct {
	Stage   string // name in logs, metrics and dead letters
	Topic   string
	Group   string
	Workers int // parallel handlers; 1 keeps per-topic order
	// ByKey gives each message to the worker its key hashes to, so
	// messages of one key are handled one at a time and in order while
	// different keys run in parallel (a stage whose state is per key).
	ByKey   bool
	Handler Handler
}

// Router runs routes over a bus: it reads, calls the handler, publishes the
// outputs, and acknowledges each input only when all its outputs were
// acknowledged (AckAfter), so a source commits only what is durable.
type Router struct {
	Sub     Subscriber
	Pub     Publisher
	DLQ     DeadLetterer
	Metrics *Metrics
	Logger  *slog.Logger
	Clock   func() time.Time
	// Backoff is the wait before retry attempt n (1, 2, …) of a transient
	// failure: a handler error, an output the bus refused, a dead letter
	// not stored. Nil: 200 ms doubling to 30 s.
	Backoff func(attempt int) time.Duration
}

// retries owns the goroutines of one Consume that re-publish refused
// outputs. A refusal arrives on the bus's goroutine, possibly after the
// workers stopped: once the Consume closes, a refusal starts no new retry
// unless another is still running (a retry's own refusal continues it), and
// Consume returns only when none is left.
type retries struct {
	mu     sync.Mutex
	closed bool
	active int
	idle   chan struct{} // closed when active drops to 0 after close
}

// start runs f in a goroutine it owns, or reports false once closed and
// idle.
func (rs *retries) start(f func()) bool {
	rs.mu.Lock()
	if rs.closed && rs.active == 0 {
		rs.mu.Unlock()
		return false
	}
	rs.active++
	rs.mu.Unlock()
	go func() {
		defer rs.done()
		f()
	}()
	return true
}

func (rs *retries) done() {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	rs.active--
	if rs.active == 0 && rs.idle != nil {
		close(rs.idle)
		rs.idle = nil
	}
}

// close stops new retries and waits for the started ones.
func (rs *retries) close() {
	rs.mu.Lock()
	rs.closed = true
	if rs.active == 0 {
		rs.mu.Unlock()
		return
	}
	idle := make(chan struct{})
	rs.idle = idle
	rs.mu.Unlock()
	<-idle
}

func (r *Router) countRetry(stage string) {
	if r.Metrics != nil && r.Metrics.Retried != nil {
		r.Metrics.Retried.WithLabelValues(stage).Inc()
	}
}

func (r *Router) backoff(attempt int) time.Duration {
	if r.Backoff != nil {
		return r.Backoff(attempt)
	}
	d := 200 * time.Millisecond
	for i := 1; i < attempt && d < 30*time.Second; i++ {
		d *= 2
	}
	return min(d, 30*time.Second)
}

// wait sleeps before retry attempt n; false when ctx ended first.
func (r *Router) wait(ctx context.Context, attempt int) bool {
	t := time.NewTimer(r.backoff(attempt))
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// Run consumes rt until ctx is done or the subscription closes, and returns
// after every worker stopped.
func (r *Router) Run(ctx context.Context, rt Route) error {
	msgs, err := r.Sub.Subscribe(ctx, rt.Topic, rt.Group)
	if err != nil {
		return fmt.Errorf("%s: subscribe %s: %w", rt.Stage, rt.Topic, err)
	}
	return r.Consume(ctx, rt, msgs)
}

// Consume is Run over an existing subscription (so callers can subscribe
// every stage before any of them publishes).
func (r *Router) Consume(ctx context.Context, rt Route, msgs <-chan *Message) error {
	workers := rt.Workers
	if workers <= 0 {
		workers = 1
	}
	var wg sync.WaitGroup
	rs := &retries{}
	if rt.ByKey && workers > 1 {
		// One channel per worker; the dispatcher is the only sender and
		// closes them when msgs closes, so every worker drains and ends.
		lanes := make([]chan *Message, workers)
		for i := range lanes {
			lanes[i] = make(chan *Message)
			wg.Add(1)
			go func(in <-chan *Message) {
				defer wg.Done()
				for m := range in {
					r.handle(ctx, rt, m, rs)
				}
			}(lanes[i])
		}
		for m := range msgs {
			lanes[KeyLane(m.Key, workers)] <- m
		}
		for _, l := range lanes {
			close(l)
		}
	} else {
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for m := range msgs {
					r.handle(ctx, rt, m, rs)
				}
			}()
		}
	}
	wg.Wait()
	rs.close()
	return nil
}

// KeyLane is the lane (0 … n-1) a key goes to, by FNV-1a: the worker of a
// ByKey route, or the lock stripe of a per-key state.
func KeyLane(key string, n int) int {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	return int(h % uint32(n))
}

func (r *Router) now() time.Time {
	if r.Clock != nil {
		return r.Clock()
	}
	return time.Now()
}

func (r *Router) handle(ctx context.Context, rt Route, m *Message, rs *retries) {
	start := r.now()
	var (
		outs []Output
		err  error
	)
	for attempt := 1; ; attempt++ {
		outs, err = r.call(ctx, rt, m)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			// Interrupted (or failing as the stage stops): not processed,
			// delivered again after a restart.
			m.Nack(err)
			return
		}
		if IsPermanent(err) {
			r.deadLetter(ctx, rt, m, err)
			return
		}
		// Transient: hold the message (backpressure on its partition) and
		// try again; it is never dropped and never dead-lettered for a
		// broker, store or sink that is down for a while (issue 14 §1).
		r.countRetry(rt.Stage)
		r.Logger.Warn("transient failure; retrying", "stage", rt.Stage, "topic", rt.Topic, "key", m.Key, "attempt", attempt, "err", err)
		if !r.wait(ctx, attempt) {
			m.Nack(err)
			return
		}
	}
	if r.Metrics != nil {
		r.Metrics.Latency.WithLabelValues(rt.Stage).Observe(r.now().Sub(start).Seconds())
		r.Metrics.Processed.WithLabelValues(rt.Stage).Inc()
	}
	children := make([]*Message, len(outs))
	for i, o := range outs {
		children[i] = o.Msg
	}
	AckAfter(m, children...)
	for _, o := range outs {
		r.publish(ctx, rt, rs, o.Topic, o.Msg, 1)
	}
}

// publish hands a copy of out to the bus; out is acked when a copy is. A
// copy the bus refuses or nacks while the stage runs is published again
// after a backoff, so a broker outage longer than the publisher's own
// retries delays the input instead of rejecting it — a rejected input would
// hold its partition's commits until a restart (issue 14 §1). Only when
// the stage stops is out nacked (and its input delivered again after the
// restart).
func (r *Router) publish(ctx context.Context, rt Route, rs *retries, topic string, out *Message, attempt int) {
	c := r.copyOf(out)
	c.OnDone(func(err error) {
		if err == nil {
			out.Ack()
			return
		}
		if ctx.Err() != nil {
			out.Nack(err)
			return
		}
		r.countRetry(rt.Stage)
		r.Logger.Warn("output not delivered; publishing it again", "stage", rt.Stage, "topic", topic, "key", out.Key, "attempt", attempt, "err", err)
		started := rs.start(func() {
			if !r.wait(ctx, attempt) {
				out.Nack(err)
				return
			}
			r.publish(ctx, rt, rs, topic, out, attempt+1)
		})
		if !started {
			out.Nack(err) // the stage stopped: delivered again after a restart
		}
	})
	r.send(ctx, topic, c)
}

func (r *Router) copyOf(out *Message) *Message {
	return &Message{Key: out.Key, Value: out.Value, Headers: out.Headers, Origin: out.Origin, done: make(chan struct{})}
}

// send publishes c. Publish nacks what it could not hand over; a publisher
// that returns an error without doing so is nacked here (a second Nack is
// ignored).
func (r *Router) send(ctx context.Context, topic string, c *Message) {
	if err := r.Pub.Publish(ctx, topic, c); err != nil {
		c.Nack(err)
	}
}

// call runs the handler, turning a panic into an error so one poison
// message cannot stop the stage.
func (r *Router) call(ctx context.Context, rt Route, m *Message) (outs []Output, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = Permanent(fmt.Errorf("panic in %s: %v\n%s", rt.Stage, p, debug.Stack()))
		}
	}()
	if v := m.Headers[HeaderSchemaVersion]; v != "" && !SchemaCompatible(v) {
		return nil, fmt.Errorf("%w %q (this build reads %s)", ErrUnknownSchema, v, SchemaVersion)
	}
	return rt.Handler(ctx, m)
}

func (r *Router) deadLetter(ctx context.Context, rt Route, m *Message, cause error) {
	if r.Metrics != nil {
		r.Metrics.Failed.WithLabelValues(rt.Stage).Inc()
	}
	r.Logger.Warn("message dead-lettered", "stage", rt.Stage, "topic", rt.Topic, "key", m.Key, "reason", cause)
	dl := NewDeadLetter(rt.Stage, rt.Topic, m, cause, r.now())
	if r.DLQ == nil {
		m.Nack(cause)
		return
	}
	for attempt := 1; ; attempt++ {
		err := r.DLQ.DeadLetter(ctx, dl)
		if err == nil {
			break
		}
		r.Logger.Error("dead letter not stored; retrying", "stage", rt.Stage, "key", m.Key, "attempt", attempt, "err", err)
		if ctx.Err() != nil || !r.wait(ctx, attempt) {
			m.Nack(err)
			return
		}
	}
	// The dead letter is durable: the source may commit past the message.
	m.Ack()
}

// NewDeadLetter describes m, refused by stage for cause, with its origin:
// the position the bus read it from when known (Kafka: full topic name,
// partition, offset), else the stage's topic.
func NewDeadLetter(stage, topic string, m *Message, cause error, now time.Time) DeadLetter {
	dl := DeadLetter{Stage: stage, Topic: topic, Key: m.Key, Value: m.Value, Headers: m.Headers, Reason: cause.Error(), Time: now.UTC()}
	if o := m.Origin; o != nil {
		dl.Topic, dl.Partition, dl.Offset = o.Topic, o.Partition, o.Offset
	}
	return dl
}
