package kafka

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// Subscribe joins consumer group `group` (prefixed) on topic and delivers
// its messages in partition order. An offset is committed only after the
// message and every earlier one of its partition were acked. A message
// nacked while the subscription runs is delivered again on the same channel
// after a backoff (200 ms doubling to 30 s; after later messages of its
// partition, whose commits wait for it), so one refusal never holds a
// partition until a restart (issue 14 §1). One nacked as the subscription
// stops stops commits on its partition for the rest of the session, so it
// and what follows are delivered again after a restart or rebalance.
//
// A message whose schema-version major is not ours is not delivered: it is
// written to the dead-letter topic with the reason, and counts as acked once
// that write is durable.
//
// When ctx ends (or the bus closes) fetching stops and the channel is
// closed; the subscription then waits up to cfg.DrainTimeout for the
// messages already handed out to be acked, commits, and leaves the group.
func (b *Bus) Subscribe(ctx context.Context, topic, group string) (<-chan *pipeline.Message, error) {
	if group == "" {
		return nil, errors.New("kafka: subscribe: empty consumer group")
	}
	full := b.cfg.Topic(topic)
	if err := b.ensureTopic(ctx, full); err != nil {
		return nil, err
	}
	d, err := b.cfg.dialer()
	if err != nil {
		return nil, err
	}
	sctx, cancel := context.WithCancel(ctx)
	s := &subscription{
		ctx:   sctx,
		b:     b,
		name:  topic,
		topic: full,
		group: b.cfg.TopicPrefix + group,
		out:   make(chan *pipeline.Message),
		sem:   make(chan struct{}, b.cfg.MaxInFlight),
		parts: map[int]*partTrack{},
		ready: map[int]kafkago.Message{},
	}
	hb := min(3*time.Second, b.cfg.SessionTimeout/3)
	s.reader = kafkago.NewReader(kafkago.ReaderConfig{
		Brokers:                b.cfg.Brokers,
		GroupID:                s.group,
		Topic:                  full,
		Dialer:                 d,
		MinBytes:               1,
		MaxBytes:               10 << 20,
		MaxWait:                500 * time.Millisecond,
		HeartbeatInterval:      hb,
		SessionTimeout:         b.cfg.SessionTimeout,
		RebalanceTimeout:       b.cfg.SessionTimeout,
		JoinGroupBackoff:       time.Second,
		ReadBackoffMin:         100 * time.Millisecond,
		ReadBackoffMax:         time.Second,
		CommitInterval:         0, // we commit ourselves, only what is acked
		StartOffset:            kafkago.FirstOffset,
		WatchPartitionChanges:  true,
		PartitionWatchInterval: 5 * time.Second,
		ErrorLogger: kafkago.LoggerFunc(func(f string, a ...any) {
			b.log.Warn("consumer: "+fmt.Sprintf(f, a...), "topic", full, "group", s.group)
		}),
	})
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		cancel()
		_ = s.reader.Close()
		return nil, fmt.Errorf("kafka: subscribe to %q: %w", full, io.ErrClosedPipe)
	}
	b.subs[s] = cancel
	b.subWG.Add(1)
	b.mu.Unlock()
	go s.run(sctx)
	return s.out, nil
}

// subscription is one consumer-group member and its commit bookkeeping.
type subscription struct {
	// ctx is the subscription's own context: redeliveries stop with it.
	ctx    context.Context
	b      *Bus
	name   string // relative topic name
	topic  string
	group  string
	reader *kafkago.Reader
	out    chan *pipeline.Message
	// sem holds one token per fetched message not yet acked or nacked.
	sem chan struct{}

	mu    sync.Mutex
	parts map[int]*partTrack
	ready map[int]kafkago.Message // per partition, the highest committable message
	// closing is set once fetching stopped: no new redelivery starts, and
	// redo (the redelivery goroutines) is waited for before out closes.
	closing bool
	redo    sync.WaitGroup
}

// partTrack is one partition's fetched-but-not-committable messages in
// offset order. A new partTrack replaces the old one when the partition is
// fetched again from an earlier offset (after a rebalance); acks of the old
// one's messages then no longer move the commit.
type partTrack struct {
	queue       []*entry
	lastFetched int64
	blocked     bool // a message was nacked: commit nothing more this session
}

type entry struct {
	msg    kafkago.Message
	done   bool
	failed bool
	// attempts counts redeliveries; reason is set for a message being
	// dead-lettered by the subscription itself (redone as a dead letter).
	attempts int
	reason   error
}

func (s *subscription) run(ctx context.Context) {
	b := s.b
	defer b.subWG.Done()
	defer func() {
		b.mu.Lock()
		delete(b.subs, s)
		b.mu.Unlock()
	}()
	commitDone := make(chan struct{})
	stopCommit := make(chan struct{})
	go s.commitLoop(stopCommit, commitDone)

	s.fetchLoop(ctx)
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	s.redo.Wait()
	close(s.out)

	// Drain: wait for every handed-out message to be acked or nacked.
	drained := true
	deadline := time.NewTimer(b.cfg.DrainTimeout)
	for range cap(s.sem) {
		select {
		case s.sem <- struct{}{}:
			continue
		case <-deadline.C:
			drained = false
		}
		break
	}
	deadline.Stop()
	if !drained {
		b.log.Warn("shutdown: messages still unacked after drain timeout; they will be delivered again",
			"topic", s.topic, "group", s.group, "timeout", b.cfg.DrainTimeout)
	}
	close(stopCommit)
	<-commitDone
	if err := s.reader.Close(); err != nil {
		b.log.Warn("consumer close", "topic", s.topic, "group", s.group, "err", err)
	}
}

func (s *subscription) fetchLoop(ctx context.Context) {
	b := s.b
	for {
		select {
		case s.sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		km, err := s.reader.FetchMessage(ctx)
		if err != nil {
			<-s.sem
			if ctx.Err() != nil || errors.Is(err, io.EOF) {
				return
			}
			b.log.Warn("fetch failed; retrying", "topic", s.topic, "group", s.group, "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
				return
			}
			continue
		}
		e, pt := s.track(km)
		if reason := s.check(km); reason != nil {
			s.deadLetter(ctx, km, e, pt, reason)
			continue
		}
		m := s.message(e, pt)
		select {
		case s.out <- m:
		case <-ctx.Done():
			// Fetched but never handed out: not committed, so delivered
			// again to whoever reads the partition next.
			s.finish(e, pt, ctx.Err())
			return
		}
	}
}

// track records a fetched message in its partition's queue.
func (s *subscription) track(km kafkago.Message) (*entry, *partTrack) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pt := s.parts[km.Partition]
	if pt == nil || km.Offset <= pt.lastFetched {
		pt = &partTrack{}
		s.parts[km.Partition] = pt
	}
	pt.lastFetched = km.Offset
	e := &entry{msg: km}
	if !pt.blocked {
		pt.queue = append(pt.queue, e)
	}
	return e, pt
}

// message builds the pipeline message handed out for e.
func (s *subscription) message(e *entry, pt *partTrack) *pipeline.Message {
	km := e.msg
	m := pipeline.NewMessage(string(km.Key), km.Value)
	m.Headers = fromHeaders(km.Headers)
	m.Origin = &pipeline.Origin{Topic: km.Topic, Partition: km.Partition, Offset: km.Offset}
	m.OnDone(func(err error) { s.finish(e, pt, err) })
	return m
}

// redeliver hands e out again (or dead-letters it again) after a backoff;
// when the subscription stops first, e is finished as not processed.
func (s *subscription) redeliver(e *entry, pt *partTrack) {
	defer s.redo.Done()
	d := 200 * time.Millisecond
	for i := 1; i < e.attempts && d < 30*time.Second; i++ {
		d *= 2
	}
	t := time.NewTimer(min(d, 30*time.Second))
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.ctx.Done():
		s.finish(e, pt, s.ctx.Err())
		return
	}
	if e.reason != nil {
		s.deadLetter(s.ctx, e.msg, e, pt, e.reason)
		return
	}
	select {
	case s.out <- s.message(e, pt):
	case <-s.ctx.Done():
		s.finish(e, pt, s.ctx.Err())
	}
}

// finish is the OnDone of a delivered (or dead-lettered) message.
func (s *subscription) finish(e *entry, pt *partTrack, err error) {
	s.mu.Lock()
	if err != nil && s.ctx.Err() == nil && !s.closing && s.parts[e.msg.Partition] == pt && !pt.blocked {
		// Refused while running: deliver it again, keeping its place in
		// the commit queue and its in-flight token.
		e.attempts++
		s.redo.Add(1)
		s.mu.Unlock()
		s.b.log.Warn("message nacked; delivering it again", "topic", s.topic, "partition", e.msg.Partition,
			"offset", e.msg.Offset, "attempt", e.attempts, "err", err)
		go s.redeliver(e, pt)
		return
	}
	e.done, e.failed = true, err != nil
	if s.parts[e.msg.Partition] == pt && !pt.blocked {
		for len(pt.queue) > 0 && pt.queue[0].done {
			head := pt.queue[0]
			if head.failed {
				pt.blocked, pt.queue = true, nil
				break
			}
			if cur, ok := s.ready[head.msg.Partition]; !ok || cur.Offset < head.msg.Offset {
				s.ready[head.msg.Partition] = head.msg
			}
			pt.queue[0] = nil
			pt.queue = pt.queue[1:]
		}
	}
	s.mu.Unlock()
	if err != nil && !errors.Is(err, context.Canceled) {
		s.b.log.Debug("message nacked; its partition commits no further this session",
			"topic", s.topic, "partition", e.msg.Partition, "offset", e.msg.Offset, "err", err)
	}
	<-s.sem
}

func (s *subscription) commitLoop(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(s.b.cfg.CommitInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			s.commit()
		case <-stop:
			s.commit()
			return
		}
	}
}

// commit commits the highest acked-contiguous offset of each partition.
func (s *subscription) commit() {
	s.mu.Lock()
	if len(s.ready) == 0 {
		s.mu.Unlock()
		return
	}
	msgs := make([]kafkago.Message, 0, len(s.ready))
	for _, m := range s.ready {
		msgs = append(msgs, m)
	}
	s.ready = map[int]kafkago.Message{}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.reader.CommitMessages(ctx, msgs...); err != nil {
		s.b.log.Warn("offset commit failed; will retry", "topic", s.topic, "group", s.group, "err", err)
		s.mu.Lock()
		for _, m := range msgs {
			if cur, ok := s.ready[m.Partition]; !ok || cur.Offset < m.Offset {
				s.ready[m.Partition] = m
			}
		}
		s.mu.Unlock()
	}
}

// check returns why a message cannot be delivered, or nil.
func (s *subscription) check(km kafkago.Message) error {
	if s.name == pipeline.TopicDLQ {
		return nil // never dead-letter the dead letters
	}
	for _, h := range km.Headers {
		if h.Key == pipeline.HeaderSchemaVersion {
			return CheckSchema(string(h.Value))
		}
	}
	return fmt.Errorf("%w: no %s header", pipeline.ErrUnknownSchema, pipeline.HeaderSchemaVersion)
}

// CheckSchema accepts a schema-version whose major part is ours; a message
// without one is not ours either.
func CheckSchema(v string) error {
	if v == "" || !pipeline.SchemaCompatible(v) {
		return fmt.Errorf("%w %q (this build reads %s)", pipeline.ErrUnknownSchema, v, pipeline.SchemaVersion)
	}
	return nil
}

// Headers of a dead-letter message, besides schema-version: the reason and
// the source, readable without decoding the value.
const (
	HeaderDLQReason    = "dlq-reason"
	HeaderDLQStage     = "dlq-stage"
	HeaderDLQTopic     = "dlq-topic"
	HeaderDLQPartition = "dlq-partition"
	HeaderDLQOffset    = "dlq-offset"
)

// stageBus names the bus itself as the stage of its own dead letters.
const stageBus = "kafka-consumer"

func (s *subscription) deadLetter(ctx context.Context, km kafkago.Message, e *entry, pt *partTrack, reason error) {
	e.reason = reason
	dl := pipeline.DeadLetter{
		Stage: stageBus + ":" + s.group, Topic: km.Topic, Partition: km.Partition, Offset: km.Offset,
		Key: string(km.Key), Value: km.Value, Headers: fromHeaders(km.Headers), Reason: reason.Error(), Time: time.Now().UTC(),
	}
	m, err := deadLetterMessage(dl)
	if err != nil {
		s.finish(e, pt, err)
		return
	}
	m.OnDone(func(err error) { s.finish(e, pt, err) })
	s.b.log.Warn("dead-lettering message", "topic", km.Topic, "partition", km.Partition, "offset", km.Offset, "reason", reason)
	// Publish nacks m on failure, which blocks this partition's commits:
	// the message is read again after a restart rather than lost.
	_ = s.b.Publish(ctx, pipeline.TopicDLQ, m)
}

func deadLetterMessage(dl pipeline.DeadLetter) (*pipeline.Message, error) {
	val, err := json.Marshal(dl)
	if err != nil {
		return nil, fmt.Errorf("kafka: encode dead letter of %s/%d/%d: %w", dl.Topic, dl.Partition, dl.Offset, err)
	}
	m := pipeline.NewMessage(dl.Key, val)
	m.Headers[HeaderDLQReason] = dl.Reason
	m.Headers[HeaderDLQStage] = dl.Stage
	m.Headers[HeaderDLQTopic] = dl.Topic
	m.Headers[HeaderDLQPartition] = strconv.Itoa(dl.Partition)
	m.Headers[HeaderDLQOffset] = strconv.FormatInt(dl.Offset, 10)
	return m, nil
}

// DeadLetter writes dl to the dead-letter topic and returns once the
// brokers acknowledged it (pipeline.DeadLetterer for the router).
func (b *Bus) DeadLetter(ctx context.Context, dl pipeline.DeadLetter) error {
	m, err := deadLetterMessage(dl)
	if err != nil {
		return err
	}
	if err := b.Publish(ctx, pipeline.TopicDLQ, m); err != nil {
		return err
	}
	select {
	case <-m.Done():
		if err := m.Err(); err != nil {
			return fmt.Errorf("kafka: dead letter of %s key %q: %w", dl.Topic, dl.Key, err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("kafka: dead letter of %s key %q: %w", dl.Topic, dl.Key, ctx.Err())
	}
}

var _ pipeline.DeadLetterer = (*Bus)(nil)
