package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Two stores (issue 14 §2). The judge's records (inputs, windows,
// granules, ticks, and the alerts it fired, which it re-emits for a
// redelivered input) are per rule and key, so a store loaded per
// partition of TopicInputs (PartitionKey) holds what a judge process
// owns and nothing else. Listing (GET /api/alerts, `khabar alerts
// list`), pruning by age and delivery need the stored alerts of every
// key: over Kafka they live in a list store of their own, written by the
// alert-delivery consumer group from the alerts topic (RecordAlert), which
// any process may restore whole without the judge's per-key state. With
// one store for everything (embedded mode, bbolt) the judge's own alert
// records are the listed ones and nothing changes.

// SetListStore makes s the store of the listed alerts, their timeline and
// the delivery marks (and the outbox); call it before the engine is used.
// The judge keeps its records (and its copies of the alerts it fired) in
// the engine's store; DeliveryHandler writes each alert of the alerts
// topic to s (RecordAlert) before delivering it.
func (e *Engine) SetListStore(s pipeline.StateStore) {
	if s != nil && s != e.store {
		e.list = s
	}
}

// ls is the store of the listed alerts and delivery marks.
func (e *Engine) ls() pipeline.StateStore {
	if e.list != nil {
		return e.list
	}
	return e.store
}

// RecordAlert writes an alerts-topic message to the list store: the alert
// (and its timeline entry, moved when its time moved), or for a withdrawal
// its deletion. It does nothing when the engine has one store (the judge
// wrote the alert already). Idempotent: the same message again writes the
// same records.
func (e *Engine) RecordAlert(ctx context.Context, m AlertMessage) error {
	if e.list == nil {
		return nil
	}
	raw, found, err := e.list.Get(ctx, BucketAlerts, m.ID)
	if err != nil {
		return fmt.Errorf("alert: list store: read %s: %w", m.ID, err)
	}
	var ops []pipeline.StateOp
	if found {
		var prev pipeline.Alert
		if err := json.Unmarshal(raw, &prev); err != nil {
			return fmt.Errorf("alert: list store: decode stored alert %s: %w", m.ID, err)
		}
		if m.Retracted || !prev.Time.Equal(m.Time) {
			ops = append(ops, pipeline.StateOp{Bucket: BucketTimeline, Key: timelineKey(prev.Time, m.ID), Delete: true})
		}
	}
	if m.Retracted {
		if !found {
			return nil
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketAlerts, Key: m.ID, Delete: true})
	} else {
		add, err := storeAlertOps(m.Alert, e.clock())
		if err != nil {
			return err
		}
		ops = append(ops, add...)
	}
	if err := e.list.Apply(ctx, ops...); err != nil {
		return fmt.Errorf("alert: list store: write %s: %w", m.ID, err)
	}
	return nil
}

// PartitionKey is the TopicInputs message key (Observation.MessageKey) of
// the rule and key a judge record belongs to, for a store loaded per
// partition of TopicInputs (the Kafka alert-judge-state changelog): every
// record of a rule and key lies in the partition of that topic the key's
// observations go to, so its owner loads and writes it, and no other
// process. Stored alerts go by their id (rule/key/window; a key-less
// rule's id says "*"); the delivery buckets have no key ("").
func PartitionKey(bucket, key string) string {
	switch bucket {
	case BucketInputs, BucketWindows, BucketGranules, BucketTicks, BucketKeys, BucketQuiet, BucketCounts:
		rule, rest, ok := strings.Cut(key, "\x00")
		if !ok {
			return ""
		}
		k, _, _ := strings.Cut(rest, "\x00")
		return rule + "/" + k
	case BucketAlerts:
		return alertPartitionKey(key)
	case BucketTimeline:
		if _, id, ok := parseTimelineKey(key); ok {
			return alertPartitionKey(id)
		}
	}
	return ""
}

// alertPartitionKey is the rule/key of an alert id (rule/key/window).
func alertPartitionKey(id string) string {
	i := strings.LastIndexByte(id, '/')
	if i < 0 {
		return ""
	}
	rk := id[:i]
	if rule, key, ok := strings.Cut(rk, "/"); ok && key == "*" {
		return rule + "/" // alertID writes a key-less rule's key as "*"
	}
	return rk
}

// ownPartition makes this process the writer (pipeline.PartitionFencer)
// or at least a reader (pipeline.PartitionOwner) of the judge store's
// partition of m, before its state is read: after a rebalance the new
// owner's fence makes a stale judge's writes fail (transient), and its
// retry fences again, reading the other's writes first.
func ownPartition(ctx context.Context, store pipeline.StateStore, m *pipeline.Message) error {
	if m.Origin == nil {
		return nil
	}
	if pf, ok := store.(pipeline.PartitionFencer); ok {
		if err := pf.Fence(ctx, m.Origin.Partition); err != nil {
			return fmt.Errorf("alert: fence state partition %d: %w", m.Origin.Partition, err)
		}
	} else if po, ok := store.(pipeline.PartitionOwner); ok {
		if err := po.Own(ctx, m.Origin.Partition); err != nil {
			return fmt.Errorf("alert: state of partition %d: %w", m.Origin.Partition, err)
		}
	}
	return nil
}
