package pipeline

import (
	"context"
	"errors"
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
// message cannot be processed; the router dead-letters it (with the reason)
// and moves on. A handler that is interrupted returns ctx.Err(); the message
// is then nacked and delivered again after a restart.
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
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range msgs {
				r.handle(ctx, rt, m)
			}
		}()
	}
	wg.Wait()
	return nil
}

func (r *Router) now() time.Time {
	if r.Clock != nil {
		return r.Clock()
	}
	return time.Now()
}

func (r *Router) handle(ctx context.Context, rt Route, m *Message) {
	start := r.now()
	outs, err := r.call(ctx, rt, m)
	if r.Metrics != nil {
		r.Metrics.Latency.WithLabelValues(rt.Stage).Observe(r.now().Sub(start).Seconds())
	}
	if err != nil {
		if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			m.Nack(err)
			return
		}
		r.deadLetter(ctx, rt, m, err)
		return
	}
	if r.Metrics != nil {
		r.Metrics.Processed.WithLabelValues(rt.Stage).Inc()
	}
	children := make([]*Message, len(outs))
	for i, o := range outs {
		children[i] = o.Msg
	}
	AckAfter(m, children...)
	for _, o := range outs {
		// Publish nacks what it could not hand over; AckAfter carries
		// that back to m.
		if err := r.Pub.Publish(ctx, o.Topic, o.Msg); err != nil && ctx.Err() == nil {
			r.Logger.Error("publish failed", "stage", rt.Stage, "topic", o.Topic, "key", o.Msg.Key, "err", err)
		}
	}
}

// call runs the handler, turning a panic into an error so one poison
// message cannot stop the stage.
func (r *Router) call(ctx context.Context, rt Route, m *Message) (outs []Output, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic in %s: %v\n%s", rt.Stage, p, debug.Stack())
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
	dl := DeadLetter{Stage: rt.Stage, Topic: rt.Topic, Key: m.Key, Value: m.Value, Headers: m.Headers, Reason: cause.Error(), Time: r.now()}
	if r.DLQ == nil {
		m.Nack(cause)
		return
	}
	if err := r.DLQ.DeadLetter(ctx, dl); err != nil {
		r.Logger.Error("dead letter not stored; message left unacknowledged", "stage", rt.Stage, "key", m.Key, "err", err)
		m.Nack(err)
		return
	}
	// The dead letter is durable: the source may commit past the message.
	m.Ack()
}
