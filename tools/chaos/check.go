package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// check counts and compares after the chaos phase; it fills r.res and
// reports whether every check passed. Details go to stdout, one line each.
func (r *run) check(ctx context.Context) (bool, error) {
	served := map[string]bool{}
	for i, s := range r.stories {
		if r.feedSrv.served[i].Load() {
			served[s.id] = true
		}
	}
	r.res.served = len(served)
	if never := len(r.stories) - len(served); never > 0 {
		fmt.Printf("chaos: detail: %d of %d generated stories were never fetched while in their feed's window (not counted as served)\n", never, len(r.stories))
	}

	// Duplicates: a story published to the stories topic more than once
	// (the pollers re-delivered it), and index documents per story id.
	topic, total, err := readTopic(ctx, r.o.broker, "chaos.stories")
	if err != nil {
		return false, err
	}
	var dupIDs, unknown []string
	dups := 0
	for id, c := range topic {
		if !served[id] {
			if !strings.HasPrefix(string(c.first), "{") || !strings.Contains(string(c.first), "latency.chaos.test") {
				unknown = append(unknown, id)
			}
			continue
		}
		if c.n > 1 {
			dups += c.n - 1
			dupIDs = append(dupIDs, fmt.Sprintf("%s×%d", id, c.n))
		}
	}
	sort.Strings(dupIDs)
	fmt.Printf("chaos: detail: stories topic holds %d messages, %d distinct keys; %d served stories published more than once (%d extra copies): %s\n",
		total, len(topic), len(dupIDs), dups, joinMax(dupIDs, 10))
	if len(unknown) > 0 {
		fmt.Printf("chaos: detail: %d keys on the stories topic are neither served nor latency stories: %s\n", len(unknown), joinMax(unknown, 10))
	}

	hits, err := r.es.scroll(ctx, "chaos-stories", []string{"id"})
	if err != nil {
		return false, err
	}
	inES := map[string]int{}
	for _, h := range hits {
		var d struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(h.Source, &d)
		id := d.ID
		if id == "" {
			id = h.ID
		}
		inES[id]++
	}
	esDups := 0
	var lost []string
	for id := range served {
		switch n := inES[id]; {
		case n == 0:
			lost = append(lost, id)
		default:
			r.res.indexed++
			esDups += n - 1
		}
	}
	sort.Strings(lost)
	r.res.lost = len(lost)
	r.res.dups = dups + esDups
	fmt.Printf("chaos: detail: index holds %d story documents; %d served stories indexed, %d served stories under more than one document, lost %d: %s\n",
		len(hits), r.res.indexed, esDups, len(lost), joinMax(lost, 10))
	if len(lost) > 0 {
		var where []string
		for _, id := range lost[:min(10, len(lost))] {
			if c := topic[id]; c != nil {
				where = append(where, fmt.Sprintf("%s on the topic (%d copies)", id, c.n))
			} else {
				where = append(where, id+" never published")
			}
		}
		fmt.Printf("chaos: detail: lost stories: %s\n", strings.Join(where, "; "))
	}

	// The clean run: the same story records (first copy of each served
	// story from the chaos stories topic) through one `khabar run --bus
	// kafka` process with no chaos, into its own topics and indices.
	cleanOK := false
	cleanFile := filepath.Join(r.o.dir, "clean-stories.jsonl")
	if err := writeClean(cleanFile, topic, served); err != nil {
		return false, err
	}
	if err := r.cleanRun(ctx, cleanFile, len(served)); err != nil {
		fmt.Printf("chaos: detail: clean run failed: %v\n", err)
	} else {
		cleanOK = true
	}

	// Events: kind, pair, from → to and triggering story, as multisets.
	chaosEv, err := r.eventSigs(ctx, "chaos-events")
	if err != nil {
		return false, err
	}
	cleanEv, err := r.eventSigs(ctx, "clean-events")
	if err != nil {
		return false, err
	}
	onlyChaos, onlyClean := diff(chaosEv, cleanEv)
	r.res.eventsSame = cleanOK && len(onlyChaos) == 0 && len(onlyClean) == 0
	fmt.Printf("chaos: detail: events: chaos run %d, clean run %d; only in chaos %d: %s; only in clean %d: %s\n",
		len(chaosEv), len(cleanEv), len(onlyChaos), joinMax(onlyChaos, 5), len(onlyClean), joinMax(onlyClean, 5))

	// Alerts and webhooks.
	chaosAl, err := r.alertIDs(ctx, "chaos-alerts")
	if err != nil {
		return false, err
	}
	cleanAl, err := r.alertIDs(ctx, "clean-alerts")
	if err != nil {
		return false, err
	}
	aOnlyChaos, aOnlyClean := diff(chaosAl, cleanAl)
	fmt.Printf("chaos: detail: alerts stored: chaos run %d, clean run %d; only in chaos %d: %s; only in clean %d: %s\n",
		len(chaosAl), len(cleanAl), len(aOnlyChaos), joinMax(aOnlyChaos, 5), len(aOnlyClean), joinMax(aOnlyClean, 5))
	posts := r.sink.snapshot("/hook")
	perID := map[string]int{}
	mismatch := 0
	for _, p := range posts {
		perID[p.AlertID]++
		if p.Key == "" || p.Key != p.AlertID {
			mismatch++
		}
	}
	var twice []string
	for id, n := range perID {
		if n > 1 {
			twice = append(twice, fmt.Sprintf("%s×%d", id, n))
		}
	}
	sort.Strings(twice)
	expected := map[string]bool{}
	for _, id := range chaosAl {
		expected[id] = true
	}
	for _, id := range cleanAl {
		expected[id] = true
	}
	var missing, extra []string
	for id := range expected {
		if perID[id] == 0 {
			missing = append(missing, id)
		}
	}
	for id := range perID {
		if !expected[id] {
			extra = append(extra, id)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	r.res.hooksOnce = cleanOK && len(missing) == 0 && mismatch == 0 && len(extra) == 0
	fmt.Printf("chaos: detail: webhooks: %d POSTs, %d distinct alert ids, %d ids posted more than once (same Idempotency-Key: %t): %s; without a matching Idempotency-Key %d; expected alerts (chaos ∪ clean) %d, never posted %d: %s; posted but stored by neither run %d: %s; clean run posts %d\n",
		len(posts), len(perID), len(twice), mismatch == 0, joinMax(twice, 5), mismatch, len(expected), len(missing), joinMax(missing, 5),
		len(extra), joinMax(extra, 5), len(r.sink.snapshot("/clean-hook")))

	r.mu.Lock()
	var rss, crashes []string
	for _, p := range r.procs {
		rss = append(rss, fmt.Sprintf("%s %d MB (%d starts, %d kill -9, %d exits on its own)", p.name, (p.maxHWM+1023)/1024, p.starts, p.kills, p.crashes))
		if p.crashes > 0 {
			crashes = append(crashes, fmt.Sprintf("%s ×%d, last: %s", p.name, p.crashes, p.lastCrash))
		}
	}
	r.mu.Unlock()
	fmt.Printf("chaos: detail: peak RSS (VmHWM) per process: %s\n", strings.Join(rss, "; "))
	if len(crashes) > 0 {
		fmt.Printf("chaos: detail: role processes that exited without being killed (restarted by the harness): %s\n", strings.Join(crashes, " | "))
	}
	r.res.done = true
	ok := r.res.served == len(r.stories) && r.res.indexed == r.res.served && r.res.dups == 0 && r.res.lost == 0 && r.res.eventsSame && r.res.hooksOnce
	return ok, nil
}

// writeClean writes the first copy of every served story, in event-time
// order (ties by id), as JSON Lines for `khabar replay`.
func writeClean(path string, topic map[string]*topicCopy, served map[string]bool) error {
	type rec struct {
		at  time.Time
		id  string
		raw []byte
	}
	var recs []rec
	for id, c := range topic {
		if !served[id] {
			continue
		}
		var s pipeline.Story
		if err := json.Unmarshal(c.first, &s); err != nil {
			return fmt.Errorf("story %s on the topic: %w", id, err)
		}
		recs = append(recs, rec{s.Published, id, c.first})
	}
	slices.SortFunc(recs, func(a, b rec) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("clean stories: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, r := range recs {
		w.Write(r.raw)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("clean stories: %w", err)
	}
	return f.Close()
}

// cleanRun runs every role in one process over its own topics and indices
// and replays the stories into it; it waits until all are indexed and the
// events and alerts counts held still for 10 s.
func (r *run) cleanRun(ctx context.Context, file string, n int) error {
	cfg, err := r.writeConfig("clean", "clean.", "clean-", r.hookURL+"/clean-hook", false)
	if err != nil {
		return err
	}
	if err := r.setup(ctx, cfg); err != nil {
		return err
	}
	p := r.newProc(cfg, "clean-run", "run", "--bus", "kafka")
	if err := p.start(r.o.bin); err != nil {
		return err
	}
	r.mu.Lock()
	r.procs = append(r.procs, p)
	r.live = []*proc{p}
	r.mu.Unlock()
	defer r.stopRoles()
	if err := r.waitReady(ctx, 60*time.Second); err != nil {
		return err
	}
	start := time.Now()
	if err := r.khabarOnce(ctx, cfg, "clean-replay.log", "replay", file); err != nil {
		return err
	}
	deadline := start.Add(r.o.cleanWait)
	var lastEv, lastAl, stable int
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
		p.sample()
		st, err1 := r.es.count(ctx, "clean-stories")
		ev, err2 := r.es.count(ctx, "clean-events")
		al, err3 := r.es.count(ctx, "clean-alerts")
		if err1 != nil || err2 != nil || err3 != nil || st < n {
			stable = 0
			continue
		}
		if ev == lastEv && al == lastAl {
			stable++
		} else {
			stable = 0
		}
		lastEv, lastAl = ev, al
		if stable >= 5 {
			r.log.Info("clean run done", "stories", st, "events", ev, "alerts", al, "took", time.Since(start).Round(time.Second))
			return nil
		}
	}
	st, _ := r.es.count(ctx, "clean-stories")
	return fmt.Errorf("not quiet within %s (%d of %d stories indexed)", r.o.cleanWait, st, n)
}

// eventSigs lists the events of an index as "kind pair from→to story".
func (r *run) eventSigs(ctx context.Context, index string) ([]string, error) {
	hits, err := r.es.scroll(ctx, index, []string{"kind", "pair_key", "from", "to", "story"})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(hits))
	for _, h := range hits {
		var e struct {
			Kind, PairKey, From, To, Story string
		}
		var raw map[string]any
		if err := json.Unmarshal(h.Source, &raw); err != nil {
			return nil, fmt.Errorf("%s/%s: %w", index, h.ID, err)
		}
		str := func(k string) string { s, _ := raw[k].(string); return s }
		e.Kind, e.PairKey, e.From, e.To, e.Story = str("kind"), str("pair_key"), str("from"), str("to"), str("story")
		out = append(out, fmt.Sprintf("%s:%s:%s→%s:%s", e.Kind, e.PairKey, e.From, e.To, e.Story))
	}
	sort.Strings(out)
	return out, nil
}

func (r *run) alertIDs(ctx context.Context, index string) ([]string, error) {
	hits, err := r.es.scroll(ctx, index, []string{"id"})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.ID)
	}
	sort.Strings(out)
	return out, nil
}

// diff returns the elements of sorted multisets a and b that the other
// lacks.
func diff(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			i++
			j++
		case a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		default:
			onlyB = append(onlyB, b[j])
			j++
		}
	}
	return append(onlyA, a[i:]...), append(onlyB, b[j:]...)
}
