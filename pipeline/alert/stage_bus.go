package alert

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// messageOutputs are the judge's alert messages on the alerts topic, keyed
// by alert id (a withdrawal under the id of the alert it withdraws).
func messageOutputs(msgs []AlertMessage) ([]pipeline.Output, error) {
	outs := make([]pipeline.Output, 0, len(msgs))
	for _, a := range msgs {
		msg, err := pipeline.Encode(a.ID, a)
		if err != nil {
			return nil, err
		}
		outs = append(outs, pipeline.Output{Topic: pipeline.TopicAlerts, Msg: msg})
	}
	return outs, nil
}

// ---- the keyed path (issue 14 §3): see keyed.go ----

// InputsFromAnalyses is the first alert step on the analyses topic: the
// analysis rules a story matches, out as observations on TopicInputs keyed
// by rule and key. It reads and writes no state, so any number of
// processes may run it in one group.
func InputsFromAnalyses(e *Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var r pipeline.Record
		if err := pipeline.Decode(m, &r); err != nil {
			return nil, err
		}
		return inputOutputs(e.ObserveAnalysis(r.Story, r.Analysis))
	}
}

// eventMessage is an events-topic message as the tracker writes it: the
// event (or its retraction) and the version of the fold that published it.
type eventMessage struct {
	pipeline.EventMessage
	Version uint64 `json:"version,omitempty"`
}

// InputsFromEvents is the first alert step on the events topic. A
// retraction (an event a late story withdrew) is observed like the event,
// marked Retract: the judge takes the event out of its keys' inputs, which
// may withdraw an alert it fired. Every observation carries the event
// message's version, so an older message arriving late changes nothing.
func InputsFromEvents(e *Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var em eventMessage
		if err := pipeline.Decode(m, &em); err != nil {
			return nil, err
		}
		obs := e.ObserveEvent(em.Event, eventStory(em.EventMessage))
		for i := range obs {
			obs[i].Retract, obs[i].Version = em.Retracted, em.Version
		}
		return inputOutputs(obs)
	}
}

// FeedFailingMessage is the value of a feed-failing topic message: a feed
// a poller has seen failing for longer than poll.failing_after.
type FeedFailingMessage struct {
	URL      string    `json:"url"`
	Name     string    `json:"name,omitempty"`
	Category string    `json:"category,omitempty"`
	Failures int       `json:"failures"`
	Since    time.Time `json:"since"`
	// LastError is the last poll's error, as the poller logged it.
	LastError string `json:"last_error,omitempty"`
}

// FeedFailingHandler is the first alert step on the feed-failing topic:
// the feed rules (on: feed) a reported failing feed matches, out as
// observations on TopicInputs. A message without a feed URL is permanent
// (dead-lettered). (It was cmd/khabar's feedFailingHandler, which judged
// the feed at once; the judging is now Judge's, by the feed's key owner.)
func FeedFailingHandler(e *Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var f FeedFailingMessage
		if err := pipeline.Decode(m, &f); err != nil {
			return nil, err
		}
		if f.URL == "" {
			return nil, pipeline.Permanent(fmt.Errorf("feed-failing message (key %q) has no feed url", m.Key))
		}
		obs, err := e.ObserveFeed(FeedFailure(f))
		if err != nil {
			return nil, pipeline.Permanent(err)
		}
		return inputOutputs(obs)
	}
}

// JudgeHandler is the second alert step, on TopicInputs: each observation
// updates its rule and key's state (one record) and the alerts it fires go
// to the alerts topic, keyed by alert id. The topic's partitioning gives
// each key one owner; run it ByKey to judge several keys at once. Before
// the first message of a partition new to this process, a shared store
// (pipeline.Syncer) is brought up to date with the previous owner's writes;
// a store loaded per partition (PartitionKey) is loaded for it, and fenced
// when it fences its writers (pipeline.PartitionFencer), as the tracker's.
func JudgeHandler(e *Engine) pipeline.Handler {
	synced := newPartitionSync(e.store)
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		if err := ownPartition(ctx, e.store, m); err != nil {
			return nil, err
		}
		if err := synced.before(ctx, m); err != nil {
			return nil, err
		}
		var o Observation
		if err := pipeline.Decode(m, &o); err != nil {
			return nil, err
		}
		if o.Rule == "" {
			return nil, pipeline.Permanent(fmt.Errorf("alert input (key %q) names no rule", m.Key))
		}
		msgs, err := e.Judge(ctx, o)
		if err != nil {
			return nil, err
		}
		return messageOutputs(msgs)
	}
}

// DeliveryHandler delivers the alerts of the alerts topic to the notifiers
// their rules list (Engine.Deliver). Run it in its own consumer group
// (e.g. "alert-delivery"): the topic is keyed by alert id, so each alert
// has one owner, and the message is acknowledged only after every notifier
// took the alert. A transient failure holds the message, and so its
// partition, while it is retried with backoff; a permanent one (a 4xx
// answer other than 408/425/429, or failing for alert.give_up_after) is
// dead-lettered. A notifier that already took the alert before a crash is
// sent it again, with the same Idempotency-Key (the alert id).
func DeliveryHandler(e *Engine) pipeline.Handler {
	synced := newPartitionSync(e.ls())
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		if err := synced.before(ctx, m); err != nil {
			return nil, err
		}
		a, err := decodeAlert(m)
		if err != nil {
			return nil, err
		}
		// With a list store of its own (Kafka), the alert is listed from
		// here: the topic gives each alert id one owner, in order.
		if err := e.RecordAlert(ctx, a); err != nil {
			return nil, err
		}
		if a.Retracted {
			return nil, e.Withdraw(ctx, a.Alert)
		}
		return nil, e.Deliver(ctx, a.Alert)
	}
}

// decodeAlert reads an alerts-topic message; one without an alert id is
// permanent (dead-lettered).
func decodeAlert(m *pipeline.Message) (AlertMessage, error) {
	var a AlertMessage
	if err := pipeline.Decode(m, &a); err != nil {
		return a, err
	}
	if a.ID == "" {
		return a, pipeline.Permanent(fmt.Errorf("alert message (key %q) has no id", m.Key))
	}
	return a, nil
}

func eventStory(em pipeline.EventMessage) pipeline.Story {
	return pipeline.Story{ID: em.Story.ID, Title: em.Story.Title, URL: em.Story.URL, Source: em.Story.Source,
		Category: em.Story.Category, Cluster: em.Story.Cluster, Published: em.Story.Published}
}

func inputOutputs(obs []Observation) ([]pipeline.Output, error) {
	outs := make([]pipeline.Output, 0, len(obs))
	for _, o := range obs {
		msg, err := pipeline.Encode(o.MessageKey(), o)
		if err != nil {
			return nil, err
		}
		outs = append(outs, pipeline.Output{Topic: TopicInputs, Msg: msg})
	}
	return outs, nil
}

// partitionSync syncs a shared store (pipeline.Syncer) once per input
// partition this handler has not handled yet: a partition new to the
// process was, until the rebalance, another process's, and its last writes
// (key records, delivery marks) must be read before the key is judged again.
type partitionSync struct {
	store pipeline.Syncer // nil: the store is not shared (bbolt, memory)
	mu    sync.Mutex
	seen  map[int]bool
}

func newPartitionSync(store pipeline.StateStore) *partitionSync {
	ps := &partitionSync{seen: map[int]bool{}}
	ps.store, _ = store.(pipeline.Syncer)
	return ps
}

func (ps *partitionSync) before(ctx context.Context, m *pipeline.Message) error {
	if ps.store == nil || m.Origin == nil {
		return nil
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.seen[m.Origin.Partition] {
		return nil
	}
	if err := ps.store.Sync(ctx); err != nil {
		return fmt.Errorf("alert: catch up with the state of partition %d: %w", m.Origin.Partition, err)
	}
	ps.seen[m.Origin.Partition] = true
	return nil
}
