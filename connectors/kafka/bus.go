package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// ErrMissingTopic marks a publish or subscribe to a topic the brokers do
// not have. Topics are created by `khabar setup kafka`, never implicitly: a
// typo must not silently become a new, unread topic.
var ErrMissingTopic = errors.New("topic does not exist")

// ErrUnreachable marks brokers that could not be reached at all.
var ErrUnreachable = errors.New("kafka brokers unreachable")

// Bus is a pipeline.Bus over Kafka. Topic names given to Publish and
// Subscribe are relative ("stories"); the configured prefix is added.
// Consumer group names get the prefix too, so two deployments sharing a
// cluster with different prefixes never share offsets.
type Bus struct {
	cfg    Config
	log    *slog.Logger
	client *kafkago.Client
	tr     *kafkago.Transport
	writer *kafkago.Writer
	// buffered bounds messages handed to the async writer but not yet
	// completed; kafka-go's queue behind it is unbounded.
	buffered chan struct{}

	mu     sync.Mutex
	known  map[string]bool // full topic names seen in metadata
	subs   map[*subscription]context.CancelFunc
	closed bool
	subWG  sync.WaitGroup
}

var _ pipeline.Bus = (*Bus)(nil)

// New connects to the brokers and returns the bus. It fails within about
// cfg.DialTimeout when no broker answers, naming the addresses tried.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Bus, error) {
	log, tr, err := cfg.open(log)
	if err != nil {
		return nil, err
	}
	b := &Bus{
		cfg:      cfg,
		log:      log.With("component", "kafka"),
		tr:       tr,
		client:   &kafkago.Client{Addr: kafkago.TCP(cfg.Brokers...), Transport: tr, Timeout: 10 * time.Second},
		buffered: make(chan struct{}, cfg.MaxBuffered),
		known:    map[string]bool{},
		subs:     map[*subscription]context.CancelFunc{},
	}
	if err := b.probe(ctx); err != nil {
		tr.CloseIdleConnections()
		return nil, err
	}
	// Murmur2 is the Java client's partitioner: a key lands on the same
	// partition whichever client wrote it.
	b.writer = b.newWriter(&kafkago.Murmur2Balancer{})
	b.writer.Async = true
	b.writer.Completion = b.completion
	b.writer.ErrorLogger = kafkago.LoggerFunc(func(f string, a ...any) { b.log.Warn("producer: " + fmt.Sprintf(f, a...)) })
	return b, nil
}

// newWriter is a producer with the bus's settings (acks=all, attempts and
// backoff, batching, compression, connections) that places messages with
// balancer. It never creates a topic.
func (b *Bus) newWriter(balancer kafkago.Balancer) *kafkago.Writer {
	codec, _ := b.cfg.codec()
	return &kafkago.Writer{
		Addr:                   kafkago.TCP(b.cfg.Brokers...),
		Balancer:               balancer,
		MaxAttempts:            b.cfg.MaxAttempts,
		WriteBackoffMin:        min(100*time.Millisecond, b.cfg.RetryBackoff),
		WriteBackoffMax:        b.cfg.RetryBackoff,
		BatchSize:              b.cfg.BatchSize,
		BatchBytes:             int64(b.cfg.BatchBytes),
		BatchTimeout:           b.cfg.BatchTimeout,
		RequiredAcks:           kafkago.RequireAll,
		Compression:            codec,
		Transport:              b.tr,
		AllowAutoTopicCreation: false,
	}
}

// probe asks for cluster metadata so that a wrong address is an error now,
// within the dial timeout, instead of a hang in the first Publish.
func (b *Bus) probe(ctx context.Context) error {
	pctx, cancel := context.WithTimeout(ctx, b.cfg.DialTimeout+time.Second)
	defer cancel()
	if _, err := b.client.Metadata(pctx, &kafkago.MetadataRequest{Topics: []string{}}); err != nil {
		return fmt.Errorf("kafka: no broker answered at %s within %s (bus.kafka.brokers): %w: %w",
			strings.Join(b.cfg.Brokers, ","), b.cfg.DialTimeout, ErrUnreachable, err)
	}
	return nil
}

// Topic returns the full name of a relative topic name.
func (b *Bus) Topic(name string) string { return b.cfg.Topic(name) }

// ensureTopic checks once per topic that it exists, so that a missing topic
// is a clear error instead of retries until the attempts run out.
func (b *Bus) ensureTopic(ctx context.Context, full string) error {
	b.mu.Lock()
	ok := b.known[full]
	b.mu.Unlock()
	if ok {
		return nil
	}
	res, err := b.client.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil {
		return fmt.Errorf("kafka: metadata for topic %q: %w", full, err)
	}
	for _, t := range res.Topics {
		if t.Name != full {
			continue
		}
		if t.Error != nil {
			if errors.Is(t.Error, kafkago.UnknownTopicOrPartition) {
				return missingTopic(full)
			}
			return fmt.Errorf("kafka: topic %q: %w", full, t.Error)
		}
		b.mu.Lock()
		b.known[full] = true
		b.mu.Unlock()
		return nil
	}
	return missingTopic(full)
}

// Partitions returns how many partitions topic (relative name) has.
func (b *Bus) Partitions(ctx context.Context, topic string) (int, error) {
	full := b.cfg.Topic(topic)
	if err := b.ensureTopic(ctx, full); err != nil {
		return 0, err
	}
	res, err := b.client.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil {
		return 0, fmt.Errorf("kafka: metadata for topic %q: %w", full, err)
	}
	for _, t := range res.Topics {
		if t.Name == full {
			if t.Error != nil {
				return 0, fmt.Errorf("kafka: topic %q: %w", full, t.Error)
			}
			return len(t.Partitions), nil
		}
	}
	return 0, missingTopic(full)
}

func missingTopic(full string) error {
	return fmt.Errorf("kafka: topic %q %w: run `khabar setup kafka` to create khabar's topics", full, ErrMissingTopic)
}

// Publish hands msgs to the producer. Each message is acked when the
// brokers acknowledged it (acks=all), or nacked when every attempt failed.
// Publish itself retries the hand-over (metadata, broker down) with backoff
// until cfg.MaxAttempts or ctx ends; it returns an error, and nacks every
// message, only when the messages could not be handed over.
func (b *Bus) Publish(ctx context.Context, topic string, msgs ...*pipeline.Message) error {
	if len(msgs) == 0 {
		return nil
	}
	err := b.publish(ctx, topic, msgs)
	if err != nil {
		for _, m := range msgs {
			m.Nack(err)
		}
	}
	return err
}

func (b *Bus) publish(ctx context.Context, topic string, msgs []*pipeline.Message) error {
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if closed {
		return fmt.Errorf("kafka: publish to %q: %w", topic, io.ErrClosedPipe)
	}
	full := b.cfg.Topic(topic)
	if err := b.ensureTopic(ctx, full); err != nil {
		return err
	}
	kms := make([]kafkago.Message, len(msgs))
	for i, m := range msgs {
		kms[i] = kafkago.Message{Topic: full, Key: []byte(m.Key), Value: m.Value, Headers: toHeaders(m.Headers), WriterData: m}
	}
	// Reserve buffer slots first: a slot is released by the completion
	// of its message, so the wait is the producer's backpressure.
	for i := range msgs {
		select {
		case b.buffered <- struct{}{}:
		case <-ctx.Done():
			b.release(i)
			return fmt.Errorf("kafka: publish to %q: %w", full, ctx.Err())
		}
	}
	backoff := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := b.writer.WriteMessages(ctx, kms...)
		if err == nil {
			return nil
		}
		var tooLarge kafkago.MessageTooLargeError
		if attempt >= b.cfg.MaxAttempts || ctx.Err() != nil || errors.As(err, &tooLarge) || errors.Is(err, io.ErrClosedPipe) {
			b.release(len(msgs))
			return fmt.Errorf("kafka: publish %d message(s) to %q (attempt %d): %w", len(msgs), full, attempt, err)
		}
		b.log.Warn("publish failed; retrying", "topic", full, "attempt", attempt, "err", err)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
		}
		backoff = min(2*backoff, b.cfg.RetryBackoff)
	}
}

func (b *Bus) release(n int) {
	for range n {
		<-b.buffered
	}
}

// completion runs on the writer's goroutines once per written batch.
func (b *Bus) completion(kms []kafkago.Message, err error) {
	if err != nil {
		b.log.Error("messages not written after every attempt; nacking", "count", len(kms), "err", err)
	}
	for _, km := range kms {
		<-b.buffered
		m, ok := km.WriterData.(*pipeline.Message)
		if !ok {
			continue
		}
		if err != nil {
			m.Nack(fmt.Errorf("kafka: write to %q: %w", km.Topic, err))
		} else {
			m.Ack()
		}
	}
}

func toHeaders(h map[string]string) []kafkago.Header {
	if len(h) == 0 {
		return nil
	}
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]kafkago.Header, len(keys))
	for i, k := range keys {
		out[i] = kafkago.Header{Key: k, Value: []byte(h[k])}
	}
	return out
}

func fromHeaders(hs []kafkago.Header) map[string]string {
	out := make(map[string]string, len(hs))
	for _, h := range hs {
		out[h.Key] = string(h.Value)
	}
	return out
}

// Close stops every subscription (each drains its acks, commits and leaves
// its group), then flushes the producer: messages already handed over are
// still written and acked.
func (b *Bus) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	for _, cancel := range b.subs {
		cancel()
	}
	b.mu.Unlock()
	b.subWG.Wait()
	err := b.writer.Close()
	b.tr.CloseIdleConnections()
	if err != nil {
		return fmt.Errorf("kafka: close producer: %w", err)
	}
	return nil
}
