package alert

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Page is one page of stored alerts, newest first, and the true number of
// alerts matching the filter.
type Page struct {
	Total  int
	Alerts []pipeline.Alert
}

// ListPage returns the stored alerts matching f, newest first, from
// f.Offset on, at most f.Size (default 50), and how many match in all.
func (e *Engine) ListPage(ctx context.Context, f Filter) (Page, error) {
	return ListPageStored(ctx, e.ls(), f)
}

// CountAlerts returns how many alerts are stored, decoding none.
func (e *Engine) CountAlerts(ctx context.Context) (int, error) {
	p, err := ListPageStored(ctx, e.ls(), Filter{Size: 1})
	return p.Total, err
}

// ListPageStored is ListPage over a state store. It walks the timeline's
// keys (time and id: the rule is the id's first part), which are in
// newest-first order, so it decodes only the page's alerts and stops at
// the first alert older than f.Since; counting the total reads keys only.
// The cost per request is bounded by the alerts kept (alert.retention),
// not by their size. A store written before the timeline existed (no
// timeline entry at all) is listed the old way until the pruner's first
// sweep backfills it.
func ListPageStored(ctx context.Context, store pipeline.StateStore, f Filter) (Page, error) {
	if f.Size <= 0 {
		f.Size = 50
	}
	var (
		page  Page
		ids   []string
		empty = true
	)
	err := store.ForEach(ctx, BucketTimeline, func(k string, _ []byte) error {
		empty = false
		t, id, ok := parseTimelineKey(k)
		if !ok {
			return nil // not ours; never written by this package
		}
		if !f.Since.IsZero() && t.Before(f.Since) {
			return errStop // every later key is older still
		}
		if !f.Until.IsZero() && t.After(f.Until) {
			return nil
		}
		if f.Rule != "" && !strings.HasPrefix(id, f.Rule+"/") {
			return nil
		}
		if page.Total >= f.Offset && len(ids) < f.Size {
			ids = append(ids, id)
		}
		page.Total++
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return Page{}, fmt.Errorf("alert: list: %w", err)
	}
	if empty {
		return legacyPage(ctx, store, f)
	}
	page.Alerts = make([]pipeline.Alert, 0, len(ids))
	for _, id := range ids {
		v, ok, err := store.Get(ctx, BucketAlerts, id)
		if err != nil {
			return Page{}, fmt.Errorf("alert: list: read %s: %w", id, err)
		}
		if !ok {
			continue // pruned between the two reads
		}
		var a pipeline.Alert
		if err := json.Unmarshal(v, &a); err != nil {
			return Page{}, fmt.Errorf("alert: list: decode alert %s: %w", id, err)
		}
		page.Alerts = append(page.Alerts, a)
	}
	return page, nil
}

// legacyPage pages a store without a timeline by decoding every alert.
func legacyPage(ctx context.Context, store pipeline.StateStore, f Filter) (Page, error) {
	size, offset, until := f.Size, f.Offset, f.Until
	f.Size = 1 << 30
	all, err := ListStored(ctx, store, f)
	if err != nil {
		return Page{}, err
	}
	kept := all[:0]
	for _, a := range all {
		if until.IsZero() || !a.Time.After(until) {
			kept = append(kept, a)
		}
	}
	p := Page{Total: len(kept), Alerts: []pipeline.Alert{}}
	if offset < len(kept) {
		p.Alerts = kept[offset:min(len(kept), offset+size)]
	}
	return p, nil
}

// PruneStats says what one pruning sweep did.
type PruneStats struct {
	Alerts     int // stored alerts deleted (with their timeline entries)
	Backfilled int // timeline entries added for alerts stored without one
	StaleKeys  int // key records unchanged for alert.retention (pruned, or handed to their owners)
	Legacy     int // quiet-period and count records from before the judge deleted
	Delivered  int // delivery marks deleted
}

// pruneBatch bounds the ops of one Apply while pruning.
const pruneBatch = 500

// PruneStored deletes the alerts stored longer than alert.retention ago
// and adds a timeline entry (stored now) to any alert stored without one.
// Stored alerts never change once written, so any process may prune them.
// Every write is at most pruneBatch ops (applyBatched).
func (e *Engine) PruneStored(ctx context.Context) (PruneStats, error) {
	var st PruneStats
	cutoff := e.clock().Add(-e.retention())
	indexed := map[string]bool{}
	deleted := map[string]bool{}
	// Collected first, deleted after the scan: a store may not take
	// writes inside its ForEach.
	var dels []string // timeline keys
	err := e.ls().ForEach(ctx, BucketTimeline, func(k string, v []byte) error {
		_, id, ok := parseTimelineKey(k)
		if !ok {
			return nil
		}
		stored, err := time.Parse(time.RFC3339Nano, string(v))
		if err == nil && stored.Before(cutoff) {
			dels = append(dels, k)
			deleted[id] = true
			return nil
		}
		indexed[id] = true
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("alert: prune: scan timeline: %w", err)
	}
	ops := make([]pipeline.StateOp, 0, 2*len(dels))
	for _, k := range dels {
		if _, id, _ := parseTimelineKey(k); !indexed[id] { // not also under a newer entry
			ops = append(ops, pipeline.StateOp{Bucket: BucketAlerts, Key: id, Delete: true})
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketTimeline, Key: k, Delete: true})
		st.Alerts++
	}
	if err := applyBatched(ctx, e.ls(), ops); err != nil {
		return st, fmt.Errorf("alert: prune alerts: %w", err)
	}
	// Delivery marks: written once per alert and notifier by the alert's
	// owner in the delivery group; past the retention the alert itself is
	// gone, and so is any chance of it arriving again.
	ops = ops[:0]
	err = e.ls().ForEach(ctx, BucketDelivered, func(k string, v []byte) error {
		if at, err := time.Parse(time.RFC3339Nano, string(v)); err != nil || at.Before(cutoff) {
			ops = append(ops, pipeline.StateOp{Bucket: BucketDelivered, Key: k, Delete: true})
			st.Delivered++
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("alert: prune: scan delivery marks: %w", err)
	}
	if err := applyBatched(ctx, e.ls(), ops); err != nil {
		return st, fmt.Errorf("alert: prune delivery marks: %w", err)
	}
	// Alerts stored before the timeline existed: index them (stored now).
	now := []byte(e.clock().UTC().Format(time.RFC3339Nano))
	ops = ops[:0]
	err = e.ls().ForEach(ctx, BucketAlerts, func(id string, v []byte) error {
		if indexed[id] || deleted[id] {
			return nil
		}
		var a pipeline.Alert
		if err := json.Unmarshal(v, &a); err != nil {
			e.log.Error("alert: prune: undecodable stored alert left alone", "alert", id, "err", err)
			return nil
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketTimeline, Key: timelineKey(a.Time, a.ID), Value: now})
		st.Backfilled++
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("alert: prune: scan alerts: %w", err)
	}
	if err := applyBatched(ctx, e.ls(), ops); err != nil {
		return st, fmt.Errorf("alert: backfill timeline: %w", err)
	}
	return st, nil
}

// applyBatched applies ops to store in writes of at most pruneBatch ops.
func applyBatched(ctx context.Context, store pipeline.StateStore, ops []pipeline.StateOp) error {
	for i := 0; i < len(ops); i += pruneBatch {
		if err := store.Apply(ctx, ops[i:min(len(ops), i+pruneBatch)]...); err != nil {
			return err
		}
	}
	return nil
}

// StaleKeys returns a prune observation for every key record nothing
// changed for alert.retention. It deletes nothing: the observations go on
// TopicInputs, so each key's owner — the only process that writes the
// key — deletes it if it is still stale when the request arrives, and a
// sweep can never race an update into losing it.
func (e *Engine) StaleKeys(ctx context.Context) ([]Observation, error) {
	cutoff := e.clock().Add(-e.retention())
	var out []Observation
	err := e.store.ForEach(ctx, BucketKeys, func(k string, v []byte) error {
		var ks struct {
			Updated time.Time `json:"updated"`
		}
		rule, key, ok := strings.Cut(k, "\x00")
		if !ok {
			return nil
		}
		if err := json.Unmarshal(v, &ks); err == nil && !ks.Updated.Before(cutoff) {
			return nil
		}
		out = append(out, Observation{Rule: rule, Key: key, Prune: true})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("alert: prune: scan keys: %w", err)
	}
	// The judge's records (judge.go), each written by its key's owner.
	for _, bucket := range []string{BucketInputs, BucketWindows, BucketGranules, BucketTicks} {
		err := e.store.ForEach(ctx, bucket, func(k string, v []byte) error {
			var rec struct {
				Written time.Time `json:"w"`
			}
			if err := json.Unmarshal(v, &rec); err == nil && !rec.Written.Before(cutoff) {
				return nil
			}
			rule, rest, ok := strings.Cut(k, "\x00")
			if !ok {
				return nil
			}
			key, _, ok := strings.Cut(rest, "\x00")
			if !ok {
				return nil
			}
			out = append(out, Observation{Rule: rule, Key: key, Prune: true, Record: bucket + "\x00" + k})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("alert: prune: scan %s: %w", bucket, err)
		}
	}
	return out, nil
}

// Prune is one sweep for a single alert process (embedded mode, tests):
// stored alerts, stale key records (through Judge, under the engine's
// lock) and the direct path's quiet-period and count records.
func (e *Engine) Prune(ctx context.Context) (PruneStats, error) {
	st, err := e.PruneStored(ctx)
	if err != nil {
		return st, err
	}
	stale, err := e.StaleKeys(ctx)
	if err != nil {
		return st, err
	}
	for _, o := range stale {
		if _, err := e.Judge(ctx, o); err != nil {
			return st, err
		}
		st.StaleKeys++
	}
	n, err := e.pruneLegacy(ctx)
	st.Legacy = n
	return st, err
}

// pruneLegacy deletes the quiet-period records whose last firing, and the
// count records whose newest story, is older than alert.retention: what
// OnAnalysis, OnEvent and OnFeedFailing wrote before they went through
// the judge (session 6). The judge's records are pruned by when a key last
// changed.
func (e *Engine) pruneLegacy(ctx context.Context) (int, error) {
	cutoff := e.clock().Add(-e.retention())
	var ops []pipeline.StateOp
	err := e.store.ForEach(ctx, BucketQuiet, func(k string, v []byte) error {
		var q quietState
		if err := json.Unmarshal(v, &q); err == nil && q.Last.Before(cutoff) {
			ops = append(ops, pipeline.StateOp{Bucket: BucketQuiet, Key: k, Delete: true})
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("alert: prune quiet periods: %w", err)
	}
	err = e.store.ForEach(ctx, BucketCounts, func(k string, v []byte) error {
		var obs []observation
		if err := json.Unmarshal(v, &obs); err != nil {
			return nil
		}
		for _, o := range obs {
			if !o.Time.Before(cutoff) {
				return nil
			}
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketCounts, Key: k, Delete: true})
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("alert: prune counts: %w", err)
	}
	if err := applyBatched(ctx, e.store, ops); err != nil {
		return 0, fmt.Errorf("alert: prune: %w", err)
	}
	return len(ops), nil
}

// DefaultPruneEvery is how often RunPruner sweeps.
const DefaultPruneEvery = time.Hour

// RunPruner sweeps at once and then every `every` (DefaultPruneEvery when
// 0) until ctx is done; it returns nil then. With pub (the bus of the
// keyed path), stale key records are handed to their owners as prune
// observations on TopicInputs — what every alert process of a scaled-out
// deployment must do, and any number may run it; without pub, it runs
// Prune (one process owns every key). A failed sweep is logged and tried
// again at the next tick.
func (e *Engine) RunPruner(ctx context.Context, pub pipeline.Publisher, every time.Duration) error {
	if every <= 0 {
		every = DefaultPruneEvery
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		st, err := e.sweep(ctx, pub)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			e.log.Error("alert: pruning sweep failed", "err", err)
		} else if st != (PruneStats{}) {
			e.log.Info("alert: pruned", "alerts", st.Alerts, "keys", st.StaleKeys, "legacy", st.Legacy,
				"delivered", st.Delivered, "backfilled", st.Backfilled)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (e *Engine) sweep(ctx context.Context, pub pipeline.Publisher) (PruneStats, error) {
	if pub == nil {
		return e.Prune(ctx)
	}
	st, err := e.PruneStored(ctx)
	if err != nil {
		return st, err
	}
	stale, err := e.StaleKeys(ctx)
	if err != nil || len(stale) == 0 {
		return st, err
	}
	outs, err := inputOutputs(stale)
	if err != nil {
		return st, err
	}
	msgs := make([]*pipeline.Message, len(outs))
	for i, o := range outs {
		msgs[i] = o.Msg
	}
	if err := pub.Publish(ctx, TopicInputs, msgs...); err != nil {
		return st, fmt.Errorf("alert: prune: publish %d prune requests: %w", len(msgs), err)
	}
	for _, m := range msgs {
		select {
		case <-m.Done():
			if err := m.Err(); err != nil {
				return st, fmt.Errorf("alert: prune: prune request %s: %w", m.Key, err)
			}
		case <-ctx.Done():
			return st, ctx.Err()
		}
	}
	st.StaleKeys = len(stale)
	return st, nil
}
