// Package membus is the embedded pipeline.Bus: in-process channels with
// backpressure, topic fan-out to consumer groups, competing consumers inside
// a group. The message object itself travels, so the consumer's Ack reaches
// the publisher's source: a story is acknowledged to its feed only when the
// last stage made it durable.
package membus

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/khabar/khabar/pipeline"
)

// ErrClosed is returned by Publish and Subscribe after Close.
var ErrClosed = errors.New("membus: closed")

// Config sizes the bus.
type Config struct {
	// Buffer is the per-group channel capacity; a full group blocks
	// Publish (backpressure). Default 256.
	Buffer int
}

// Bus is an in-process pipeline.Bus.
type Bus struct {
	buffer int

	mu     sync.Mutex
	topics map[string]map[string]chan *pipeline.Message // topic → group → queue
	closed chan struct{}
	once   sync.Once
}

var _ pipeline.Bus = (*Bus)(nil)

// New returns an empty bus.
func New(cfg Config) *Bus {
	if cfg.Buffer <= 0 {
		cfg.Buffer = 256
	}
	return &Bus{buffer: cfg.Buffer, topics: map[string]map[string]chan *pipeline.Message{}, closed: make(chan struct{})}
}

// Publish hands every message to each consumer group of topic, blocking
// while a group's queue is full. With several groups the message is copied
// and acked when every group acked its copy. A topic nobody subscribed to
// drops (and acks) its messages: subscribe every stage before any publishes.
func (b *Bus) Publish(ctx context.Context, topic string, msgs ...*pipeline.Message) error {
	b.mu.Lock()
	groups := make([]chan *pipeline.Message, 0, len(b.topics[topic]))
	for _, q := range b.topics[topic] {
		groups = append(groups, q)
	}
	b.mu.Unlock()
	for i, m := range msgs {
		var deliveries []*pipeline.Message
		switch len(groups) {
		case 0:
			m.Ack()
			continue
		case 1:
			deliveries = []*pipeline.Message{m}
		default:
			for range groups {
				c := pipeline.NewMessage(m.Key, m.Value)
				for k, v := range m.Headers {
					c.Headers[k] = v
				}
				deliveries = append(deliveries, c)
			}
			pipeline.AckAfter(m, deliveries...)
		}
		for j, q := range groups {
			select {
			case q <- deliveries[j]:
			case <-ctx.Done():
				for _, d := range deliveries[j:] {
					d.Nack(ctx.Err())
				}
				for _, rest := range msgs[i+1:] {
					rest.Nack(ctx.Err())
				}
				return fmt.Errorf("publish to %s: %w", topic, ctx.Err())
			case <-b.closed:
				for _, d := range deliveries[j:] {
					d.Nack(ErrClosed)
				}
				for _, rest := range msgs[i+1:] {
					rest.Nack(ErrClosed)
				}
				return fmt.Errorf("publish to %s: %w", topic, ErrClosed)
			}
		}
	}
	return nil
}

// Subscribe joins group on topic. Subscribers of one group compete for its
// messages; each group sees every message. The returned channel is closed
// when ctx is done or the bus is closed; a message taken from the queue but
// not handed out by then is nacked.
func (b *Bus) Subscribe(ctx context.Context, topic, group string) (<-chan *pipeline.Message, error) {
	select {
	case <-b.closed:
		return nil, ErrClosed
	default:
	}
	b.mu.Lock()
	gs := b.topics[topic]
	if gs == nil {
		gs = map[string]chan *pipeline.Message{}
		b.topics[topic] = gs
	}
	q := gs[group]
	if q == nil {
		q = make(chan *pipeline.Message, b.buffer)
		gs[group] = q
	}
	b.mu.Unlock()
	out := make(chan *pipeline.Message)
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case <-b.closed:
				return
			case m := <-q:
				select {
				case out <- m:
				case <-ctx.Done():
					m.Nack(ctx.Err())
					return
				case <-b.closed:
					m.Nack(ErrClosed)
					return
				}
			}
		}
	}()
	return out, nil
}

// Close stops every subscription and nacks what is still queued, so the
// sources of those messages do not commit them.
func (b *Bus) Close() error {
	b.once.Do(func() {
		close(b.closed)
		b.mu.Lock()
		defer b.mu.Unlock()
		for _, gs := range b.topics {
			for _, q := range gs {
				for {
					select {
					case m := <-q:
						m.Nack(ErrClosed)
						continue
					default:
					}
					break
				}
			}
		}
	})
	return nil
}
