package pipeline

import (
	"context"
	"sync"
)

// Topic names, relative to the configured prefix (default "khabar.").
const (
	TopicStories  = "stories"
	TopicAnalyses = "analyses"
	TopicStances  = "stances"
	TopicEvents   = "events"
	TopicAlerts   = "alerts"
	TopicDLQ      = "dlq"
)

// Header names carried by every message.
const (
	HeaderSchemaVersion = "schema-version"
	// SchemaVersion is the version of the JSON payloads this build writes.
	// A reader rejects an unknown major version into the dead-letter place.
	SchemaVersion = "1.0"
)

// Message is what travels between stages: a key, a JSON value, headers, and
// the acknowledgement that travels with it.
//
// The contract of acknowledgement: whoever finally makes a message's effect
// durable calls Ack; whoever gives up on it (shutdown, unrecoverable error
// already dead-lettered elsewhere) calls Nack. Exactly one of the two takes
// effect; later calls are ignored. A source commits (an offset, a feed's
// validators) only after Ack.
type Message struct {
	Key     string
	Value   []byte
	Headers map[string]string
	// Origin is where a bus read the message from, when it knows (Kafka:
	// the full topic name, partition and offset); dead letters carry it.
	Origin *Origin

	once   sync.Once
	onDone func(err error)
	done   chan struct{}
	err    error
}

// Origin is the position a message was read from.
type Origin struct {
	Topic     string
	Partition int
	Offset    int64
}

// NewMessage builds a message with the current schema-version header.
func NewMessage(key string, value []byte) *Message {
	return &Message{
		Key:     key,
		Value:   value,
		Headers: map[string]string{HeaderSchemaVersion: SchemaVersion},
		done:    make(chan struct{}),
	}
}

// OnDone sets the function called once when the message is acked (err nil)
// or nacked. It must be set before the message is published.
func (m *Message) OnDone(f func(err error)) { m.onDone = f }

// Ack marks the message's effect durable.
func (m *Message) Ack() { m.finish(nil) }

// Nack marks the message as not processed; its source must not commit it.
func (m *Message) Nack(err error) {
	if err == nil {
		err = ErrNacked
	}
	m.finish(err)
}

func (m *Message) finish(err error) {
	m.once.Do(func() {
		m.err = err
		if m.done != nil {
			close(m.done)
		}
		if m.onDone != nil {
			m.onDone(err)
		}
	})
}

// Done is closed once the message is acked or nacked.
func (m *Message) Done() <-chan struct{} {
	if m.done == nil {
		// A zero Message built without NewMessage: lazily safe only before use.
		m.done = make(chan struct{})
	}
	return m.done
}

// Err is nil after Ack, the reason after Nack. Valid once Done is closed.
func (m *Message) Err() error { return m.err }

// Publisher sends messages to a topic. Publish is safe for concurrent use.
// The publisher acks each message once it is durable where it went: a Kafka
// publisher when the broker acknowledged the write (acks=all), the in-process
// bus when a consumer acked it. Publish returns an error only when a message
// could not be handed over at all; such messages are nacked.
type Publisher interface {
	Publish(ctx context.Context, topic string, msgs ...*Message) error
}

// Subscriber delivers a topic's messages to a consumer group. The channel is
// closed when ctx is done (after in-flight messages were handed out) or the
// subscriber is closed. Each message must be acked or nacked; a nacked or
// unacked message is delivered again after a restart.
type Subscriber interface {
	Subscribe(ctx context.Context, topic, group string) (<-chan *Message, error)
}

// Bus is both ends.
type Bus interface {
	Publisher
	Subscriber
	Close() error
}

// AckAfter acks parent when every child was acked, or nacks it with the first
// child's error. With no children, parent is acked at once. It must be called
// before the children are published. This is how fan-out acknowledges its
// source only when every child is done.
func AckAfter(parent *Message, children ...*Message) {
	if len(children) == 0 {
		parent.Ack()
		return
	}
	var (
		mu      sync.Mutex
		left    = len(children)
		firstEr error
	)
	for _, c := range children {
		prev := c.onDone
		c.onDone = func(err error) {
			if prev != nil {
				prev(err)
			}
			mu.Lock()
			left--
			if err != nil && firstEr == nil {
				firstEr = err
			}
			l, e := left, firstEr
			mu.Unlock()
			if l == 0 {
				if e != nil {
					parent.Nack(e)
				} else {
					parent.Ack()
				}
			}
		}
	}
}

// Then adds f to the functions called when the message is done, after any
// set before. Like OnDone it must be called before the message is published.
func (m *Message) Then(f func(err error)) {
	prev := m.onDone
	if prev == nil {
		m.onDone = f
		return
	}
	m.onDone = func(err error) {
		prev(err)
		f(err)
	}
}
