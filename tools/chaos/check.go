package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	kafkago "github.com/segmentio/kafka-go"

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
		fmt.Printf("chaos: detail: %d of %d generated stories were in no feed answer yet (the pollers had not fetched their feed since they appeared; not counted as served)\n", never, len(r.stories))
	}

	// Topic copies: a story published to the stories topic more than once
	// (a poller killed between its publish and its state commit publishes
	// again: at-least-once). Not a failure: the index's documents are what
	// a user sees. A raw figure on a detail line.
	topic, total, err := readTopic(ctx, r.o.broker, "chaos.stories")
	if err != nil {
		return false, err
	}
	var dupIDs, unknown []string
	copies := 0
	for id, c := range topic {
		if !served[id] {
			if !strings.HasPrefix(string(c.first), "{") || !strings.Contains(string(c.first), "latency.chaos.test") {
				unknown = append(unknown, id)
			}
			continue
		}
		if c.n > 1 {
			copies += c.n - 1
			dupIDs = append(dupIDs, fmt.Sprintf("%s×%d", id, c.n))
		}
	}
	sort.Strings(dupIDs)
	if copies > 0 {
		fmt.Printf("chaos: detail: extra topic copies by the last chaos action before them: %s\n", r.attribute(topic, served))
	}
	fmt.Printf("chaos: detail: stories topic holds %d messages, %d distinct keys; %d served stories published more than once (%d extra topic copies, at-least-once, not counted as duplicates): %s\n",
		total, len(topic), len(dupIDs), copies, joinMax(dupIDs, 10))
	if len(unknown) > 0 {
		fmt.Printf("chaos: detail: %d keys on the stories topic are neither served nor latency stories: %s\n", len(unknown), joinMax(unknown, 10))
	}

	// Duplicates and lost, as a user sees them: the story documents in the
	// index at the end (refreshed first, so the last bulk writes count).
	if err := r.es.refresh(ctx, "chaos-*"); err != nil {
		return false, err
	}
	counts, docs, err := r.storyDocs(ctx, "chaos-stories")
	if err != nil {
		return false, err
	}
	var lost, multi []string
	esDups := 0
	for id := range served {
		switch n := counts[id]; {
		case n == 0:
			lost = append(lost, id)
		default:
			r.res.indexed++
			if n > 1 {
				esDups += n - 1
				multi = append(multi, fmt.Sprintf("%s×%d", id, n))
			}
		}
	}
	sort.Strings(lost)
	sort.Strings(multi)
	r.res.lost = len(lost)
	r.res.dups = esDups
	lostWhat := "served but not in the index at the end (lost)"
	if !r.quiet {
		lostWhat = "served but not in the index when the run was cut before quiescence (counted as lost)"
	}
	fmt.Printf("chaos: detail: index holds %d story documents; %d served stories indexed; %d served stories under more than one document (%d extra documents: the duplicates): %s; %s %d: %s\n",
		docs, r.res.indexed, len(multi), esDups, joinMax(multi, 10), lostWhat, len(lost), joinMax(lost, 10))
	if len(lost) > 0 {
		onTopic := 0
		for _, id := range lost {
			if topic[id] != nil {
				onTopic++
			}
		}
		var where []string
		for _, id := range lost[:min(10, len(lost))] {
			if c := topic[id]; c != nil {
				where = append(where, fmt.Sprintf("%s on the topic (%d copies)", id, c.n))
			} else {
				where = append(where, id+" never published")
			}
		}
		fmt.Printf("chaos: detail: lost stories: %d on the stories topic, %d never published; %s\n", onTopic, len(lost)-onTopic, strings.Join(where, "; "))
	}

	// The clean run (see cleanRun): the chaos run's own analyses and
	// stances, first copy of each, through one track process without chaos.
	cleanOK, cleanAlertsOK := false, false
	var cleanEv, cleanAl []string
	if left := time.Until(r.end) - 25*time.Second; left < 30*time.Second {
		fmt.Printf("chaos: detail: clean run skipped: %s of the budget left\n", time.Until(r.end).Round(time.Second))
	} else if cleanEv, cleanAl, cleanAlertsOK, err = r.cleanRun(ctx, served, min(left, r.o.cleanWait)); err != nil {
		fmt.Printf("chaos: detail: clean run failed: %v\n", err)
	} else {
		cleanOK = true
	}

	// Events: kind, pair, from → to and triggering story, as multisets.
	// The verdict compares what a user sees — the event documents in the
	// index — with the clean run's final events (retractions applied). The
	// chaos run's events topic, retractions applied, tells a tracker that
	// got the set wrong from an index that kept a retracted event.
	chaosEv, err := r.eventSigs(ctx, "chaos-events")
	if err != nil {
		return false, err
	}
	topicEv, topicSt, err := topicEvents(ctx, r.o.broker, "chaos.events")
	if err != nil {
		return false, err
	}
	onlyChaos, onlyClean := diff(chaosEv, cleanEv)
	r.res.eventsSame = cleanOK && len(onlyChaos) == 0 && len(onlyClean) == 0
	fmt.Printf("chaos: detail: events: chaos run %d (index documents), clean run %d (final, retractions applied); only in chaos %d: %s; only in clean %d: %s\n",
		len(chaosEv), len(cleanEv), len(onlyChaos), joinMax(onlyChaos, 5), len(onlyClean), joinMax(onlyClean, 5))
	tOnlyChaos, tOnlyClean := diff(topicEv, cleanEv)
	iOnly, tOnly := diff(chaosEv, topicEv)
	fmt.Printf("chaos: detail: chaos events topic: %d messages (%d retractions, %d re-sent ids, %d older than the version held), %d final events; vs clean: only in chaos %d: %s; only in clean %d: %s; index documents not final on the topic (retracted, still indexed) %d: %s; final on the topic, not in the index %d: %s\n",
		topicSt.messages, topicSt.retractions, topicSt.resent, topicSt.stale, len(topicEv), len(tOnlyChaos), joinMax(tOnlyChaos, 5), len(tOnlyClean), joinMax(tOnlyClean, 5),
		len(iOnly), joinMax(iOnly, 5), len(tOnly), joinMax(tOnly, 5))
	if cleanOK && (len(onlyChaos) > 0 || len(onlyClean) > 0) {
		// Is it which story triggered, or which transitions happened?
		a, b := diff(withoutStory(chaosEv), withoutStory(cleanEv))
		fmt.Printf("chaos: detail: events ignoring the triggering story: only in chaos %d: %s; only in clean %d: %s\n",
			len(a), joinMax(a, 5), len(b), joinMax(b, 5))
		r.reportPairFolds(ctx, append(append([]string(nil), onlyChaos...), onlyClean...))
	}

	// Alerts and webhooks: what a user of the webhook sees. Per alert id
	// the sink's POSTs are sends and withdrawals in order; an id stands
	// when its last POST is a send. The verdict: the ids standing are
	// exactly the clean run's alerts (those standing on its alerts
	// topic), no id was sent twice without a withdrawal between, and every
	// POST carries its Idempotency-Key (the alert id; "<id>/retracted" for
	// a withdrawal). An alert sent and then withdrawn (its event retracted)
	// is not counted.
	chaosTopic, chaosTopicSt, err := topicAlerts(ctx, r.o.broker, "chaos.alerts")
	if err != nil {
		return false, err
	}
	chaosAl, err := r.alertIDs(ctx, "chaos-alerts")
	if err != nil {
		return false, err
	}
	tOnlyChaosAl, tOnlyCleanAl := diff(chaosTopic, cleanAl)
	fmt.Printf("chaos: detail: alerts standing on the alerts topic: chaos run %d (%d messages, %d withdrawals), clean run %d; only in chaos %d: %s; only in clean %d: %s; alert documents in the chaos index %d\n",
		len(chaosTopic), chaosTopicSt.messages, chaosTopicSt.withdrawals, len(cleanAl), len(tOnlyChaosAl), joinMax(tOnlyChaosAl, 5), len(tOnlyCleanAl), joinMax(tOnlyCleanAl, 5), len(chaosAl))
	posts := r.sink.snapshot("/hook")
	view := webhookView(posts)
	standingHook := view.standing()
	missing, extra := diff(cleanAl, standingHook)
	var twice []string
	for _, id := range slices.Sorted(maps.Keys(view.twice)) {
		twice = append(twice, fmt.Sprintf("%s×%d", id, view.twice[id]+1))
	}
	r.res.hooksOnce = cleanOK && cleanAlertsOK && len(missing) == 0 && len(extra) == 0 && len(twice) == 0 && view.mismatch == 0
	// What kind of failure: a delivery fault (an alert standing on the
	// chaos run's topic, never sent or withdrawn at the webhook), or an
	// alert set that differs from the clean run's.
	onTopic := map[string]bool{}
	for _, id := range chaosTopic {
		onTopic[id] = true
	}
	var undelivered, cleanOnly []string
	for _, id := range missing {
		if onTopic[id] {
			undelivered = append(undelivered, id)
		} else {
			cleanOnly = append(cleanOnly, id)
		}
	}
	fmt.Printf("chaos: detail: webhook failures by kind: standing on the chaos run's topic, not at the webhook %d: %s; fired only by the clean run %d: %s; clean run's alerts complete: %t\n",
		len(undelivered), joinMax(undelivered, 5), len(cleanOnly), joinMax(cleanOnly, 5), cleanAlertsOK)
	fmt.Printf("chaos: detail: webhooks: %d POSTs (%d withdrawals), %d alert ids, %d standing; sent twice without a withdrawal between %d: %s; without a matching Idempotency-Key %d; clean run's alerts %d, not standing at the webhook %d: %s; standing but not the clean run's %d: %s; withdrawn after being sent %d; clean run posts %d\n",
		len(posts), view.withdrawals, len(view.log), len(standingHook), len(twice), joinMax(twice, 5), view.mismatch, len(cleanAl), len(missing), joinMax(missing, 5),
		len(extra), joinMax(extra, 5), view.withdrawnIDs(), len(r.sink.snapshot("/clean-hook")))

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
	fmt.Printf("chaos: detail: %s\n", r.cpuLine())
	if len(crashes) > 0 {
		fmt.Printf("chaos: detail: role processes that exited without being killed (restarted by the harness): %s\n", strings.Join(crashes, " | "))
	}
	r.res.done = true
	ok := r.res.served == len(r.stories) && r.res.indexed == r.res.served && r.res.dups == 0 && r.res.lost == 0 && r.res.eventsSame && r.res.hooksOnce
	return ok, nil
}

// cleanRun is the reference for events and alerts: one `khabar track`
// process, no chaos, on topics of its own (prefix clean.), fed the first
// copy of every analysis and stance batch the chaos run's workers
// published for the served stories, in event-time order (ties by story
// id). The work stage is a pure function of the story, so this isolates
// what chaos can break downstream of it — folding order, redelivery,
// restarts, state restore, alert counts and quiet periods — and costs no
// second analysis of every story (the clean run must fit in the 10-minute
// bound on 2 cores). It returns the event signatures from the clean events
// topic and the alert ids the clean run posted to its webhook or published.
func (r *run) cleanRun(ctx context.Context, served map[string]bool, limit time.Duration) (evs, al []string, alertsDone bool, err error) {
	start := time.Now()
	type rec struct {
		at  time.Time
		id  string
		msg kafkago.Message
	}
	var analyses, stances []rec
	seenA := map[string]bool{}
	if _, err := eachMessage(ctx, r.o.broker, "chaos.analyses", func(m kafkago.Message) error {
		var v struct {
			Story pipeline.Story `json:"story"`
		}
		if err := json.Unmarshal(m.Value, &v); err != nil {
			return fmt.Errorf("chaos.analyses/%d@%d: %w", m.Partition, m.Offset, err)
		}
		if !served[v.Story.ID] || seenA[v.Story.ID] {
			return nil
		}
		seenA[v.Story.ID] = true
		analyses = append(analyses, rec{v.Story.Published, v.Story.ID, kafkago.Message{Key: m.Key, Value: m.Value, Headers: m.Headers}})
		return nil
	}); err != nil {
		return nil, nil, false, err
	}
	seenS := map[string]bool{}
	if _, err := eachMessage(ctx, r.o.broker, "chaos.stances", func(m kafkago.Message) error {
		var v pipeline.StanceBatch
		if err := json.Unmarshal(m.Value, &v); err != nil {
			return fmt.Errorf("chaos.stances/%d@%d: %w", m.Partition, m.Offset, err)
		}
		k := v.Story.ID + "\x00" + string(m.Key)
		if !served[v.Story.ID] || seenS[k] {
			return nil
		}
		seenS[k] = true
		stances = append(stances, rec{v.Story.Published, v.Story.ID, kafkago.Message{Key: m.Key, Value: m.Value, Headers: m.Headers}})
		return nil
	}); err != nil {
		return nil, nil, false, err
	}
	order := func(a, b rec) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	}
	slices.SortStableFunc(analyses, order)
	slices.SortStableFunc(stances, order)
	msgs := func(rs []rec) []kafkago.Message {
		out := make([]kafkago.Message, len(rs))
		for i, r := range rs {
			out[i] = r.msg
		}
		return out
	}
	fmt.Printf("chaos: detail: clean run input: %d analyses and %d stance batches of %d served stories (first copies)\n", len(analyses), len(stances), len(served))

	cfg, err := r.writeConfig("clean", "clean.", "clean-", r.hookURL+"/clean-hook", false)
	if err != nil {
		return nil, nil, false, err
	}
	if err := r.khabarOnce(ctx, cfg, "clean-setup.log", "setup", "kafka"); err != nil {
		return nil, nil, false, err
	}
	p := r.newProc(cfg, "clean-track", "track")
	if err := p.start(r.o.bin); err != nil {
		return nil, nil, false, err
	}
	r.mu.Lock()
	r.procs = append(r.procs, p)
	r.live = []*proc{p}
	r.mu.Unlock()
	defer r.stopRoles()
	if err := r.waitReady(ctx, 60*time.Second); err != nil {
		return nil, nil, false, err
	}
	// Stances first (the tracker's events are judged by the alert rules
	// too), then analyses; each topic in event-time order.
	if err := publishAll(ctx, r.o.broker, "clean.stances", msgs(stances)); err != nil {
		return nil, nil, false, err
	}
	if err := publishAll(ctx, r.o.broker, "clean.analyses", msgs(analyses)); err != nil {
		return nil, nil, false, err
	}
	deadline := start.Add(limit)
	var alerts map[string]bool
	// Events are done when the tracker consumed every stance and the
	// event set held still for three polls; alerts when every alert group
	// is drained too. The alert judge is the slow part: at the deadline,
	// finished events are returned with the alerts so far (alertsDone
	// false), so the events check does not wait on the judge.
	lastEv, lastAl, evStable, stable := -1, -1, 0, 0
	evDone := false
	for {
		select {
		case <-ctx.Done():
			return nil, nil, false, ctx.Err()
		case <-time.After(2 * time.Second):
		}
		p.sample()
		evs, _, err = topicEvents(ctx, r.o.broker, "clean.events")
		if err != nil {
			return nil, nil, false, err
		}
		// The clean run's alerts: those standing on its alerts topic
		// (the last message of each id not a withdrawal).
		standing, _, err := topicAlerts(ctx, r.o.broker, "clean.alerts")
		if err != nil {
			return nil, nil, false, err
		}
		alerts = map[string]bool{}
		for _, id := range standing {
			alerts[id] = true
		}
		trackBehind, _ := lags(ctx, r.o.broker, [][2]string{{"clean.track", "clean.stances"}})
		behind, lagText := lags(ctx, r.o.broker, [][2]string{{"clean.track", "clean.stances"}, {"clean.alert", "clean.analyses"}, {"clean.alert", "clean.events"}, {"clean.alert-judge", "clean.alert-inputs"}, {"clean.alert-delivery", "clean.alerts"}})
		if len(evs) == lastEv && trackBehind == 0 {
			evStable++
		} else {
			evStable = 0
		}
		if len(evs) == lastEv && len(alerts) == lastAl && behind == 0 {
			stable++
		} else {
			stable = 0
		}
		lastEv, lastAl = len(evs), len(alerts)
		if evStable >= 3 && !evDone {
			evDone = true
			r.log.Info("clean run: events done", "events", len(evs), "took", time.Since(start).Round(time.Second), "lag", lagText)
		}
		if stable >= 3 {
			break
		}
		if time.Now().After(deadline) {
			if !evDone {
				return nil, nil, false, fmt.Errorf("not quiet within %s (%d events, %d alerts so far; lag: %s)", limit.Round(time.Second), len(evs), len(alerts), lagText)
			}
			sort.Strings(evs)
			al := slices.Sorted(maps.Keys(alerts))
			fmt.Printf("chaos: detail: clean run: events done, alerts not within %s (%d alerts so far; lag: %s)\n", limit.Round(time.Second), len(al), lagText)
			return evs, al, false, nil
		}
	}
	sort.Strings(evs)
	al = slices.Sorted(maps.Keys(alerts))
	r.log.Info("clean run done", "events", len(evs), "alerts", len(al), "took", time.Since(start).Round(time.Second))
	return evs, al, true, nil
}

// storyDocs counts the story documents of index per story id (the
// document's id field, else its _id) and returns the total.
func (r *run) storyDocs(ctx context.Context, index string) (map[string]int, int, error) {
	hits, err := r.es.scroll(ctx, index, []string{"id"})
	if err != nil {
		return nil, 0, err
	}
	out := map[string]int{}
	for _, h := range hits {
		var d struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(h.Source, &d); err != nil {
			return nil, 0, fmt.Errorf("%s/%s: %w", h.Index, h.ID, err)
		}
		if d.ID == "" {
			d.ID = h.ID
		}
		out[d.ID]++
	}
	return out, len(hits), nil
}

// eventSig is how the checks name an event: kind, pair, from→to and the
// triggering story.
func eventSig(e pipeline.Event) string {
	return fmt.Sprintf("%s:%s:%s→%s:%s", e.Kind, pipeline.PairKey(e.Pair[0], e.Pair[1]), e.From, e.To, e.Story)
}

// eventStats counts an events topic's messages.
type eventStats struct{ messages, retractions, resent, stale int }

// foldEvents is the final event set of an events topic's messages, taken
// in topic order (a pair's events share a partition) and by version, as
// the index applies them: per event id the message of the highest version
// decides (the later one of equal versions); a retraction removes the
// event, anything else (re)states it. The result is sorted signatures.
func foldEvents(msgs []versionedEvent) ([]string, eventStats) {
	st := eventStats{messages: len(msgs)}
	type held struct {
		version uint64
		sig     string // "" when retracted
	}
	final := map[string]held{}
	seen := map[string]bool{}
	for _, m := range msgs {
		id := m.Event.ID
		if id == "" {
			id = eventSig(m.Event)
		}
		if m.Retracted {
			st.retractions++
		} else {
			if seen[id] {
				st.resent++
			}
			seen[id] = true
		}
		// As the index applies them: a message older than the one held
		// (a redelivered fold's, published late) changes nothing.
		if h, ok := final[id]; ok && m.Version < h.version {
			st.stale++
			continue
		}
		sig := eventSig(m.Event)
		if m.Retracted {
			sig = ""
		}
		final[id] = held{m.Version, sig}
	}
	out := make([]string, 0, len(final))
	for _, h := range final {
		if h.sig != "" {
			out = append(out, h.sig)
		}
	}
	sort.Strings(out)
	return out, st
}

// versionedEvent is an events-topic message: the event or its retraction
// and the version of the tracker's fold that published it.
type versionedEvent struct {
	pipeline.EventMessage
	Version uint64 `json:"version,omitempty"`
}

// topicEvents reads an events topic and folds it (foldEvents).
func topicEvents(ctx context.Context, broker, topic string) ([]string, eventStats, error) {
	var msgs []versionedEvent
	if _, err := eachMessage(ctx, broker, topic, func(m kafkago.Message) error {
		var v versionedEvent
		if err := json.Unmarshal(m.Value, &v); err != nil {
			return fmt.Errorf("%s/%d@%d: %w", topic, m.Partition, m.Offset, err)
		}
		msgs = append(msgs, v)
		return nil
	}); err != nil {
		return nil, eventStats{}, err
	}
	sigs, st := foldEvents(msgs)
	return sigs, st, nil
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

// attribute counts the extra copies of served stories on the stories topic
// by the last chaos action before each copy's broker timestamp.
func (r *run) attribute(topic map[string]*topicCopy, served map[string]bool) string {
	r.mu.Lock()
	acts := append([]action(nil), r.actions...)
	r.mu.Unlock()
	slices.SortStableFunc(acts, func(a, b action) int { return a.at.Compare(b.at) })
	if len(acts) == 0 {
		return "no chaos actions recorded"
	}
	by := map[string]int{}
	for id, c := range topic {
		if !served[id] || c.n < 2 {
			continue
		}
		ts := slices.Clone(c.times)
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
		for _, t := range ts[1:] {
			label := "before any action"
			for _, a := range acts {
				// What can make a poller publish again: its own death or
				// restart, the rescale, a broker outage.
				if !strings.Contains(a.label, "poll") && !strings.Contains(a.label, "broker") && a.label != "feed clock started" {
					continue
				}
				if !a.at.After(t) {
					label = fmt.Sprintf("%s (+%ds)", a.label, int(a.at.Sub(acts[0].at).Seconds()))
				}
			}
			by[label]++
		}
	}
	type kv struct {
		k string
		n int
	}
	var out []kv
	for k, n := range by {
		out = append(out, kv{k, n})
	}
	slices.SortFunc(out, func(a, b kv) int { return b.n - a.n })
	var parts []string
	for _, x := range out {
		parts = append(parts, fmt.Sprintf("%s: %d", x.k, x.n))
	}
	return strings.Join(parts, "; ")
}

// withoutStory drops the triggering story from event signatures, sorted.
func withoutStory(sigs []string) []string {
	out := make([]string, len(sigs))
	for i, s := range sigs {
		if j := strings.LastIndex(s, ":"); j >= 0 {
			s = s[:j]
		}
		out[i] = s
	}
	sort.Strings(out)
	return out
}

// alertTopicStats counts an alerts topic's messages.
type alertTopicStats struct{ messages, withdrawals int }

// topicAlerts reads an alerts topic: the ids standing at its end (the
// last message of each id not a withdrawal; the topic is keyed by id, so
// an id's messages are in order), sorted.
func topicAlerts(ctx context.Context, broker, topic string) ([]string, alertTopicStats, error) {
	var st alertTopicStats
	last := map[string]bool{} // id → standing
	if _, err := eachMessage(ctx, broker, topic, func(m kafkago.Message) error {
		var v struct {
			ID        string `json:"id"`
			Retracted bool   `json:"retracted"`
		}
		if err := json.Unmarshal(m.Value, &v); err != nil {
			return fmt.Errorf("%s/%d@%d: %w", topic, m.Partition, m.Offset, err)
		}
		id := v.ID
		if id == "" {
			id = string(m.Key)
		}
		st.messages++
		if v.Retracted {
			st.withdrawals++
		}
		last[id] = !v.Retracted
		return nil
	}); err != nil {
		return nil, st, err
	}
	var out []string
	for id, ok := range last {
		if ok {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out, st, nil
}

// hookView is what a webhook's user saw: per alert id, its sends and
// withdrawals in the order they arrived.
type hookView struct {
	log         map[string][]bool // id → per POST: true = sent, false = withdrawn
	twice       map[string]int    // id → sends that followed a send
	withdrawals int
	mismatch    int // POSTs whose Idempotency-Key is not theirs
}

func webhookView(posts []post) hookView {
	v := hookView{log: map[string][]bool{}, twice: map[string]int{}}
	for _, p := range posts {
		want := p.AlertID
		if p.Retracted {
			want += "/retracted"
			v.withdrawals++
		}
		if p.AlertID == "" || p.Key != want {
			v.mismatch++
		}
		l := v.log[p.AlertID]
		if !p.Retracted && len(l) > 0 && l[len(l)-1] {
			v.twice[p.AlertID]++
		}
		v.log[p.AlertID] = append(l, !p.Retracted)
	}
	return v
}

// standing are the ids whose last POST was a send, sorted.
func (v hookView) standing() []string {
	var out []string
	for id, l := range v.log {
		if l[len(l)-1] {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// withdrawnIDs counts the ids whose last POST was a withdrawal.
func (v hookView) withdrawnIDs() int {
	n := 0
	for _, l := range v.log {
		if !l[len(l)-1] {
			n++
		}
	}
	return n
}
