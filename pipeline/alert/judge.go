package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// The judge (issue 14): the alerts a rule fires for a key are a function
// of the SET of its inputs, whatever order they arrive in and however
// often, like the tracker's events.
//
//   - Event time. An input is placed at its event time (the story's date
//     clamped to when it was observed, the event's time, the time a feed
//     started failing); inputs are ordered by event time, ties by trigger
//     (story:ID, event:ID, feed:URL@since).
//   - Quiet windows. A rule's quiet period divides event time into windows
//     of that length (aligned to multiples of it, in UTC; one second when
//     the rule has none): a rule fires at most one alert per key and
//     window, at the window's FIRST input (in that order) at which the rule
//     holds — for a rule without count, the window's first input; with
//     count, the first input at which at least at_least distinct values
//     have an input within the count window (within) up to and including
//     it. The alert id names the rule, key and window.
//   - Late and retracted inputs. An input that arrives late may move its
//     window's firing earlier (the alert is published again under the same
//     id, with the new time and stories) or make a window fire; a retracted
//     input (a tracker event a late story withdrew) is taken out of the set,
//     which may move the firing later or withdraw the alert: a retraction
//     message (AlertMessage.Retracted) under the alert's id.
//
// State, all small records written once per input (no record grows with
// the inputs of a key):
//
//	alert.inputs   rule \x00 key \x00 trigger        the input: judged marker, its story (commit point, written last)
//	alert.windows  rule \x00 key \x00 window start   the window's firing input and alert id
//	alert.granules rule \x00 key \x00 granule start  count rules: the distinct values with inputs in one `within`-long granule
//	alert.ticks    rule \x00 key \x00 granule \x00 d count rules: one value's inputs in that granule (first and last)
//
// Counting from first and last per granule is exact: a span (t-within, t]
// covers the end of one granule and the start of the next, so a value has
// an input in it exactly when its last input of the earlier granule or its
// first of the later one is in it. Rules on events keep every input (a
// retraction may remove a first or last).
const (
	BucketInputs   = "alert.inputs"
	BucketWindows  = "alert.windows"
	BucketGranules = "alert.granules"
	BucketTicks    = "alert.ticks"
)

// maxAlertStories bounds the stories a count rule's alert cites (the
// values counted at the firing, in event time).
const maxAlertStories = 50

// AlertMessage is the value of an alerts-topic message: an alert, or with
// Retracted set the withdrawal of the alert with that id (only its id,
// rule, key and window are set then).
type AlertMessage struct {
	pipeline.Alert
	Retracted bool `json:"retracted,omitempty"`
}

// tick is one input in event-time order.
type tick struct {
	At int64  `json:"a"` // event time, Unix nanoseconds
	T  string `json:"t"` // trigger
}

func (t tick) less(u tick) bool {
	if t.At != u.At {
		return t.At < u.At
	}
	return t.T < u.T
}

func (t tick) time() time.Time { return time.Unix(0, t.At).UTC() }

// inputRecord is one judged input (BucketInputs).
type inputRecord struct {
	At        time.Time             `json:"at"`
	Wall      time.Time             `json:"wall,omitzero"`
	Version   uint64                `json:"v,omitempty"`
	Retracted bool                  `json:"retracted,omitempty"`
	Distinct  string                `json:"d,omitempty"`
	Story     pipeline.AlertStory   `json:"story,omitzero"`
	Cites     []pipeline.AlertStory `json:"cites,omitempty"`
	Reason    string                `json:"reason,omitempty"`
	Replay    bool                  `json:"replay,omitempty"`
	Written   time.Time             `json:"w"` // wall clock, for pruning
}

// windowRecord is one quiet window's firing (BucketWindows).
type windowRecord struct {
	Alert string    `json:"alert,omitempty"` // the id it fired (kept after a withdrawal)
	Live  bool      `json:"live,omitempty"`
	Fire  tick      `json:"fire,omitzero"`
	Time  time.Time `json:"time,omitzero"` // the live alert's time (its timeline key)
	Sig   uint64    `json:"sig,omitempty"` // hash of the live alert's record: published again only when it changes
	// Inputs are the window's live inputs, for a rule without count whose
	// inputs can be retracted (on: event): the next one fires when the
	// first is retracted.
	Inputs  []tick    `json:"inputs,omitempty"`
	Written time.Time `json:"w"`
}

type granuleRecord struct {
	Distinct []string  `json:"d"`
	Written  time.Time `json:"w"`
}

type ticksRecord struct {
	Ticks   []tick    `json:"ts"` // in order; first and last only unless retractable
	Written time.Time `json:"w"`
}

// retractable: the rule's inputs may be withdrawn (tracker events).
func retractable(r *Rule) bool { return r.On == OnEvent }

// quietOf is the length of the rule's quiet windows.
func quietOf(r *Rule) time.Duration {
	if q := time.Duration(r.Quiet); q > 0 {
		return q
	}
	return time.Second
}

func windowStart(r *Rule, t time.Time) time.Time { return t.UTC().Truncate(quietOf(r)) }

func granuleStart(r *Rule, t time.Time) time.Time {
	return t.UTC().Truncate(time.Duration(r.Count.Within))
}

func nanoKey(t time.Time) string { return strconv.FormatInt(t.UnixNano(), 10) }

// inputTime is an observation's event time: At (when the input has one)
// but never later than when it was observed (Wall), else Wall.
func inputTime(o Observation, wall time.Time) time.Time {
	now := o.Wall
	if now.IsZero() {
		now = wall
	}
	if !o.At.IsZero() && o.At.Before(now) {
		return o.At.UTC()
	}
	return now.UTC()
}

func distinctOf(r *Rule, o Observation) string {
	if r.Count == nil {
		return ""
	}
	if r.Count.Distinct == DistinctSource {
		if o.Cluster != "" {
			return "cluster:" + o.Cluster
		}
		return "source:" + o.Story.Source
	}
	return o.Story.ID
}

// judgeTx is one Judge call's reads and writes: records read or written
// in the call are served from here, writes are applied at the end.
type judgeTx struct {
	e       *Engine
	r       *Rule
	sk      string // rule \x00 key
	wall    time.Time
	inputs  map[string]*inputRecord // by trigger; the current input included
	ops     []pipeline.StateOp
	written map[string]int // bucket \x00 key → index in ops
	out     []AlertMessage
}

func (tx *judgeTx) get(ctx context.Context, bucket, key string, v any) (bool, error) {
	if i, ok := tx.written[bucket+"\x00"+key]; ok {
		op := tx.ops[i]
		if op.Delete {
			return false, nil
		}
		return true, json.Unmarshal(op.Value, v)
	}
	raw, ok, err := tx.e.store.Get(ctx, bucket, key)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return false, fmt.Errorf("decode %s %q: %w", bucket, key, err)
	}
	return true, nil
}

func (tx *judgeTx) put(bucket, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s %q: %w", bucket, key, err)
	}
	tx.set(pipeline.StateOp{Bucket: bucket, Key: key, Value: b})
	return nil
}

func (tx *judgeTx) set(op pipeline.StateOp) {
	k := op.Bucket + "\x00" + op.Key
	if i, ok := tx.written[k]; ok {
		tx.ops[i] = op
		return
	}
	tx.written[k] = len(tx.ops)
	tx.ops = append(tx.ops, op)
}

func (tx *judgeTx) input(ctx context.Context, trigger string) (*inputRecord, error) {
	if in, ok := tx.inputs[trigger]; ok {
		return in, nil
	}
	var in inputRecord
	ok, err := tx.get(ctx, BucketInputs, tx.sk+"\x00"+trigger, &in)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, nil
	}
	tx.inputs[trigger] = &in
	return &in, nil
}

// Judge applies one observation to its rule and key and returns the alert
// messages it changed: alerts fired or moved (same id), and withdrawals.
// Its records are written in one Apply; every write is idempotent. The
// same observation message delivered again (same Wall: its first judging
// died before the offset was committed, with any part of its writes done)
// is judged again and re-emits its windows' alerts; the same input
// observed anew (another Wall) is ignored. Judge must not run concurrently for one key in two
// processes: the alert-inputs topic gives each key one owner. Within a
// process calls of one key are serialised.
func (e *Engine) Judge(ctx context.Context, o Observation) ([]AlertMessage, error) {
	l := e.keyLock(o.Rule, o.Key)
	l.Lock()
	defer l.Unlock()
	wall := e.clock().UTC()
	if o.Prune {
		return nil, e.pruneKey(ctx, o, wall)
	}
	r := e.rule(o.Rule)
	if r == nil {
		e.log.Warn("alert input for a rule no longer configured: skipped", "rule", o.Rule, "key", o.Key, "trigger", o.Trigger)
		return nil, nil
	}
	trigger := o.Trigger
	if trigger == "" {
		trigger = "wall:" + o.Wall.UTC().Format(time.RFC3339Nano)
	}
	tx := &judgeTx{e: e, r: r, sk: stateKey(o.Rule, o.Key), wall: wall,
		inputs: map[string]*inputRecord{}, written: map[string]int{}}
	prev, err := tx.input(ctx, trigger)
	if err != nil {
		return nil, fmt.Errorf("alert: read input %s of %s: %w", trigger, o.MessageKey(), err)
	}
	in := &inputRecord{At: inputTime(o, wall), Wall: o.Wall, Version: o.Version, Retracted: o.Retract,
		Distinct: distinctOf(r, o), Story: o.Story, Cites: o.Cites, Reason: o.Reason, Replay: o.Replay, Written: wall}
	if prev != nil {
		switch {
		case o.Version < prev.Version:
			return nil, nil // an older version of the input than the one judged
		case o.Retract == prev.Retracted && o.Version > prev.Version:
			// A newer version saying the same (the event published again
			// by a later fold): remembered, so an older retraction arriving
			// after it changes nothing.
			up := *prev
			up.Version, up.Written = o.Version, wall
			b, err := json.Marshal(up)
			if err != nil {
				return nil, fmt.Errorf("alert: encode input %s: %w", trigger, err)
			}
			if err := e.store.Apply(ctx, pipeline.StateOp{Bucket: BucketInputs, Key: tx.sk + "\x00" + trigger, Value: b}); err != nil {
				return nil, fmt.Errorf("alert: store input %s of %s: %w", trigger, o.MessageKey(), err)
			}
			return nil, nil
		case o.Retract == prev.Retracted:
			if prev.Wall.Equal(o.Wall) {
				// The same message again: the process judging it died before
				// its offset was committed — maybe after only some of its
				// records were written, maybe before what it fired or
				// withdrew was published. Judged again (every write is
				// idempotent), then its windows re-emitted.
				return e.rejudge(ctx, tx, prev, trigger, o)
			}
			return nil, nil // observed anew, or retracted again
		}
		// Retracted now, or back after a retraction (a newer version).
		if o.Retract {
			in.At, in.Distinct, in.Story, in.Cites, in.Reason, in.Replay = prev.At, prev.Distinct, prev.Story, prev.Cites, prev.Reason, prev.Replay
		}
	} else if o.Retract {
		// Withdrawn before it was judged: remember it, so the input itself
		// (an older version) arriving later is not counted.
		if err := tx.put(BucketInputs, tx.sk+"\x00"+trigger, in); err != nil {
			return nil, fmt.Errorf("alert: %w", err)
		}
		if err := e.store.Apply(ctx, tx.ops...); err != nil {
			return nil, fmt.Errorf("alert: store retraction of %s for %s: %w", trigger, o.MessageKey(), err)
		}
		return nil, nil
	}
	tx.inputs[trigger] = in
	t := tick{At: in.At.UnixNano(), T: trigger}
	if err := tx.apply(ctx, in, t); err != nil {
		return nil, fmt.Errorf("alert: judge %s of %s: %w", trigger, o.MessageKey(), err)
	}
	if len(tx.ops) == 0 && !retractable(r) && o.Version == 0 {
		// The input changed nothing and never will: it came after its
		// window's firing, its count window ends inside that window (no
		// tick kept), and nothing before it can be retracted — so it is
		// never counted, cited or fired at. Judging it again changes
		// nothing either, so it needs no record: a hot key's input after
		// its window fired costs no write.
		return nil, nil
	}
	// One write of everything, the input's record included: a crash may
	// leave any part of it written, and the message is then delivered
	// again (its offset was not committed) and judged again (rejudge).
	if err := tx.put(BucketInputs, tx.sk+"\x00"+trigger, in); err != nil {
		return nil, fmt.Errorf("alert: %w", err)
	}
	if err := e.store.Apply(ctx, tx.ops...); err != nil {
		return nil, fmt.Errorf("alert: store state of %s: %w", o.MessageKey(), err)
	}
	return tx.out, nil
}

// rejudge judges a message delivered again whose input record is stored:
// the input is applied again (its tick, its windows' refolds: idempotent,
// so whatever the first attempt left unwritten is written now), and every
// window it can change re-emits its alert or withdrawal.
func (e *Engine) rejudge(ctx context.Context, tx *judgeTx, prev *inputRecord, trigger string, o Observation) ([]AlertMessage, error) {
	t := tick{At: prev.At.UnixNano(), T: trigger}
	if err := tx.apply(ctx, prev, t); err != nil {
		return nil, fmt.Errorf("alert: judge %s of %s again: %w", trigger, o.MessageKey(), err)
	}
	if err := e.store.Apply(ctx, tx.ops...); err != nil {
		return nil, fmt.Errorf("alert: store state of %s: %w", o.MessageKey(), err)
	}
	msgs, err := tx.current(ctx, prev.At)
	if err != nil {
		return nil, fmt.Errorf("alert: re-emit %s of %s: %w", trigger, o.MessageKey(), err)
	}
	out := tx.out
	for _, m := range msgs {
		if !slices.ContainsFunc(out, func(x AlertMessage) bool { return x.ID == m.ID }) {
			out = append(out, m)
		}
	}
	return out, nil
}

// windowsOf are the windows whose firing an input at `at` can change: its
// own and, for a count rule, the later windows its count window
// [at, at+within) reaches that hold inputs (a window fires only at one of
// its inputs).
func (tx *judgeTx) windowsOf(ctx context.Context, at time.Time) ([]time.Time, error) {
	own := windowStart(tx.r, at)
	ws := []time.Time{own}
	if tx.r.Count == nil {
		return ws, nil
	}
	within := time.Duration(tx.r.Count.Within)
	from, to := own.Add(quietOf(tx.r)), at.Add(within)
	if !from.Before(to) {
		return ws, nil
	}
	seen := map[time.Time]bool{}
	for g := granuleStart(tx.r, from); g.Before(to); g = g.Add(within) {
		var gr granuleRecord
		if _, err := tx.get(ctx, BucketGranules, tx.sk+"\x00"+nanoKey(g), &gr); err != nil {
			return nil, err
		}
		for _, d := range gr.Distinct {
			var tr ticksRecord
			if _, err := tx.get(ctx, BucketTicks, tx.ticksKey(g, d), &tr); err != nil {
				return nil, err
			}
			for _, t := range tr.Ticks {
				if tt := t.time(); !tt.Before(from) && tt.Before(to) {
					seen[windowStart(tx.r, tt)] = true
				}
			}
		}
	}
	later := make([]time.Time, 0, len(seen))
	for w := range seen {
		later = append(later, w)
	}
	slices.SortFunc(later, func(a, b time.Time) int { return a.Compare(b) })
	return append(ws, later...), nil
}

// apply adds the input (or takes it out, when retracted) and refolds the
// windows it can change. A window that fired before an added input does
// not change; a count rule's input is still kept (its tick) when its count
// window reaches the next window or it may be retracted later, so only an
// input inside a window that fired before it, and whose count window ends
// in that window, costs no more than its own record.
func (tx *judgeTx) apply(ctx context.Context, in *inputRecord, t tick) error {
	r := tx.r
	own := windowStart(r, in.At)
	var ownRec windowRecord
	if _, err := tx.get(ctx, BucketWindows, tx.sk+"\x00"+nanoKey(own), &ownRec); err != nil {
		return err
	}
	// A window that fired before an added input does not change — but a
	// rule without count whose inputs may be retracted keeps the window's
	// inputs in its record (the next fires when the first is retracted).
	keepsInputs := r.Count == nil && retractable(r)
	firedBefore := func(wr windowRecord) bool { return !in.Retracted && !keepsInputs && wr.Live && wr.Fire.less(t) }
	if r.Count != nil {
		reachesNext := in.At.Add(time.Duration(r.Count.Within)).After(own.Add(quietOf(r)))
		if retractable(r) || reachesNext || !firedBefore(ownRec) {
			if err := tx.putTick(ctx, in, t); err != nil {
				return err
			}
		}
	}
	ws, err := tx.windowsOf(ctx, in.At)
	if err != nil {
		return err
	}
	for _, w := range ws {
		var wr windowRecord
		if _, err := tx.get(ctx, BucketWindows, tx.sk+"\x00"+nanoKey(w), &wr); err != nil {
			return err
		}
		if firedBefore(wr) {
			continue
		}
		if err := tx.refold(ctx, w, &wr, in, t); err != nil {
			return err
		}
	}
	return nil
}

func (tx *judgeTx) ticksKey(g time.Time, d string) string {
	return tx.sk + "\x00" + nanoKey(g) + "\x00" + d
}

// putTick adds the input to (or removes it from) its value's ticks in its
// granule, and the value to the granule's list when new there.
func (tx *judgeTx) putTick(ctx context.Context, in *inputRecord, t tick) error {
	g := granuleStart(tx.r, in.At)
	tk := tx.ticksKey(g, in.Distinct)
	var tr ticksRecord
	found, err := tx.get(ctx, BucketTicks, tk, &tr)
	if err != nil {
		return err
	}
	i, has := slices.BinarySearchFunc(tr.Ticks, t, func(a, b tick) int {
		if a == b {
			return 0
		}
		if a.less(b) {
			return -1
		}
		return 1
	})
	switch {
	case in.Retracted && has:
		tr.Ticks = slices.Delete(tr.Ticks, i, i+1)
	case !in.Retracted && !has:
		tr.Ticks = slices.Insert(tr.Ticks, i, t)
		if !retractable(tx.r) && len(tr.Ticks) > 2 {
			tr.Ticks = []tick{tr.Ticks[0], tr.Ticks[len(tr.Ticks)-1]}
		}
	default:
		return nil
	}
	tr.Written = tx.wall
	if err := tx.put(BucketTicks, tk, tr); err != nil {
		return err
	}
	if found {
		return nil
	}
	var gr granuleRecord
	gk := tx.sk + "\x00" + nanoKey(g)
	if _, err := tx.get(ctx, BucketGranules, gk, &gr); err != nil {
		return err
	}
	if slices.Contains(gr.Distinct, in.Distinct) {
		return nil
	}
	gr.Distinct = append(gr.Distinct, in.Distinct)
	gr.Written = tx.wall
	return tx.put(BucketGranules, gk, gr)
}

// firing is what a window fires: the input and the stories cited.
type firing struct {
	fire    tick
	stories []pipeline.AlertStory
	counted int
}

// refold works out window w's firing from its inputs and, when it
// changed, records it and queues the alert (or its withdrawal).
func (tx *judgeTx) refold(ctx context.Context, w time.Time, wr *windowRecord, in *inputRecord, t tick) error {
	r := tx.r
	var f *firing
	var err error
	if r.Count == nil {
		f, err = tx.firstInput(ctx, wr, in, t)
	} else {
		f, err = tx.countFiring(ctx, w)
	}
	if err != nil {
		return err
	}
	wk := tx.sk + "\x00" + nanoKey(w)
	if f == nil {
		if !wr.Live {
			if wr.Alert != "" && in.Retracted {
				// Withdrawn by this input before (its record was not
				// written): the withdrawal may not have been published.
				tx.out = append(tx.out, AlertMessage{Alert: pipeline.Alert{ID: wr.Alert, Rule: r.Name, Key: keyFromState(tx.sk), Window: w}, Retracted: true})
			}
			if r.Count == nil && retractable(r) {
				wr.Written = tx.wall
				return tx.put(BucketWindows, wk, wr)
			}
			return nil
		}
		// Withdrawn: its inputs were retracted.
		tx.set(pipeline.StateOp{Bucket: BucketAlerts, Key: wr.Alert, Delete: true})
		tx.set(pipeline.StateOp{Bucket: BucketTimeline, Key: timelineKey(wr.Time, wr.Alert), Delete: true})
		tx.out = append(tx.out, AlertMessage{Alert: pipeline.Alert{ID: wr.Alert, Rule: r.Name, Key: keyFromState(tx.sk), Window: w}, Retracted: true})
		wr.Live, wr.Fire, wr.Time, wr.Sig, wr.Written = false, tick{}, time.Time{}, 0, tx.wall
		return tx.put(BucketWindows, wk, wr)
	}
	fin, err := tx.input(ctx, f.fire.T)
	if err != nil {
		return err
	}
	if fin == nil {
		return fmt.Errorf("window %s fires at input %s, which is not stored", w.Format(time.RFC3339), f.fire.T)
	}
	reason := fin.Reason
	if r.Count != nil {
		reason = countReason(r, f.counted, fin.Reason)
	}
	al := newAlert(r, keyFromState(tx.sk), f.fire.time(), reason, f.stories, fin.Replay)
	ops, err := storeAlertOps(al, tx.wall)
	if err != nil {
		return err
	}
	h := fnv.New64a()
	_, _ = h.Write(ops[0].Value)
	sig := h.Sum64()
	if wr.Live && wr.Alert == al.ID && wr.Sig == sig {
		// The same alert. When this input is the one it fires at, this is
		// the input judged again after a failed commit: the alert may not
		// have been published.
		if f.fire == t {
			tx.out = append(tx.out, AlertMessage{Alert: al})
		}
		if retractable(r) && r.Count == nil {
			wr.Written = tx.wall
			return tx.put(BucketWindows, wk, wr) // its input list changed
		}
		return nil
	}
	if wr.Live && !wr.Time.Equal(al.Time) {
		tx.set(pipeline.StateOp{Bucket: BucketTimeline, Key: timelineKey(wr.Time, wr.Alert), Delete: true})
	}
	for _, op := range ops {
		tx.set(op)
	}
	tx.out = append(tx.out, AlertMessage{Alert: al})
	wr.Alert, wr.Live, wr.Fire, wr.Time, wr.Sig, wr.Written = al.ID, true, f.fire, al.Time, sig, tx.wall
	return tx.put(BucketWindows, wk, wr)
}

// keyFromState is the key part of stateKey(rule, key).
func keyFromState(sk string) string {
	for i := 0; i < len(sk); i++ {
		if sk[i] == 0 {
			return sk[i+1:]
		}
	}
	return sk
}

// firstInput is the firing of a rule without count: the window's first
// input.
func (tx *judgeTx) firstInput(ctx context.Context, wr *windowRecord, in *inputRecord, t tick) (*firing, error) {
	var fire tick
	if retractable(tx.r) {
		i, has := slices.BinarySearchFunc(wr.Inputs, t, cmpTick)
		switch {
		case in.Retracted && has:
			wr.Inputs = slices.Delete(wr.Inputs, i, i+1)
		case !in.Retracted && !has:
			wr.Inputs = slices.Insert(wr.Inputs, i, t)
		}
		if len(wr.Inputs) == 0 {
			return nil, nil
		}
		fire = wr.Inputs[0]
	} else {
		if in.Retracted {
			return nil, nil // never the case: only event inputs are retracted
		}
		fire = t
		if wr.Live && wr.Fire.less(t) {
			fire = wr.Fire
		}
	}
	fin, err := tx.input(ctx, fire.T)
	if err != nil {
		return nil, err
	}
	if fin == nil {
		return nil, fmt.Errorf("input %s of the window is not stored", fire.T)
	}
	stories := []pipeline.AlertStory{}
	if fin.Story.ID != "" {
		stories = []pipeline.AlertStory{fin.Story}
		if len(fin.Cites) > 0 {
			stories = slices.Clone(fin.Cites)
		}
	}
	return &firing{fire: fire, stories: stories}, nil
}

func cmpTick(a, b tick) int {
	if a == b {
		return 0
	}
	if a.less(b) {
		return -1
	}
	return 1
}

// countFiring is the firing of a count rule in window w: the first input
// in w at which at least at_least distinct values have an input in
// (t-within, t], or nil.
func (tx *judgeTx) countFiring(ctx context.Context, w time.Time) (*firing, error) {
	r := tx.r
	within := time.Duration(r.Count.Within)
	end := w.Add(quietOf(r))
	type dtick struct {
		tick
		d string
	}
	var all []dtick
	for g := granuleStart(r, w.Add(-within)); g.Before(end); g = g.Add(within) {
		var gr granuleRecord
		if _, err := tx.get(ctx, BucketGranules, tx.sk+"\x00"+nanoKey(g), &gr); err != nil {
			return nil, err
		}
		for _, d := range gr.Distinct {
			var tr ticksRecord
			if _, err := tx.get(ctx, BucketTicks, tx.ticksKey(g, d), &tr); err != nil {
				return nil, err
			}
			for _, t := range tr.Ticks {
				all = append(all, dtick{t, d})
			}
		}
	}
	slices.SortFunc(all, func(a, b dtick) int { return cmpTick(a.tick, b.tick) })
	counts := map[string]int{}
	lo := 0
	for hi, c := range all {
		if c.At >= end.UnixNano() {
			break
		}
		counts[c.d]++
		for all[lo].At <= c.At-int64(within) {
			if counts[all[lo].d]--; counts[all[lo].d] == 0 {
				delete(counts, all[lo].d)
			}
			lo++
		}
		if c.At < w.UnixNano() || len(counts) < r.Count.AtLeast {
			continue
		}
		// Fires at c. Each value counted cites one story: its first input
		// in c's granule up to c, else its last of the granule before —
		// inputs that granules keep whatever the order of arrival.
		gc := granuleStart(r, c.time())
		chosen := map[string]tick{}
		for _, u := range all[lo : hi+1] {
			prev, ok := chosen[u.d]
			if !ok || !granuleStart(r, prev.time()).Equal(gc) {
				chosen[u.d] = u.tick
			}
		}
		ticks := make([]tick, 0, len(chosen))
		for _, u := range chosen {
			ticks = append(ticks, u)
		}
		slices.SortFunc(ticks, cmpTick)
		if len(ticks) > maxAlertStories {
			ticks = ticks[len(ticks)-maxAlertStories:]
		}
		f := &firing{fire: c.tick, counted: len(counts)}
		for _, u := range ticks {
			in, err := tx.input(ctx, u.T)
			if err != nil {
				return nil, err
			}
			if in != nil && in.Story.ID != "" {
				f.stories = append(f.stories, in.Story)
			}
		}
		return f, nil
	}
	return nil, nil
}

// current is what the windows of an input at `at` stand at: their live
// alerts and their withdrawals, re-emitted for a redelivered message.
func (tx *judgeTx) current(ctx context.Context, at time.Time) ([]AlertMessage, error) {
	var out []AlertMessage
	ws, err := tx.windowsOf(ctx, at)
	if err != nil {
		return nil, err
	}
	for _, w := range ws {
		var wr windowRecord
		if _, err := tx.get(ctx, BucketWindows, tx.sk+"\x00"+nanoKey(w), &wr); err != nil {
			return nil, err
		}
		if wr.Alert == "" {
			continue
		}
		if !wr.Live {
			out = append(out, AlertMessage{Alert: pipeline.Alert{ID: wr.Alert, Rule: tx.r.Name, Key: keyFromState(tx.sk), Window: w}, Retracted: true})
			continue
		}
		a, err := tx.e.reemit(ctx, wr.Alert)
		if err != nil {
			return nil, err
		}
		for _, al := range a {
			out = append(out, AlertMessage{Alert: al})
		}
	}
	return out, nil
}

// pruneKey is a prune request of a key record of the previous judge
// (BucketKeys): deleted by its owner if still stale.
func (e *Engine) pruneKey(ctx context.Context, o Observation, wall time.Time) error {
	if bucket, key, ok := strings.Cut(o.Record, "\x00"); ok {
		// One record of the judge (inputs, windows, granules, ticks).
		raw, found, err := e.store.Get(ctx, bucket, key)
		if err != nil || !found {
			return err
		}
		var rec struct {
			Written time.Time `json:"w"`
		}
		if err := json.Unmarshal(raw, &rec); err == nil && !rec.Written.Before(wall.Add(-e.retention())) {
			return nil // written again since the sweep saw it
		}
		ops := []pipeline.StateOp{{Bucket: bucket, Key: key, Delete: true}}
		if bucket == BucketWindows {
			// A window's alert goes with it (the judge's copy; the
			// listed one is pruned by age, PruneStored).
			var wr windowRecord
			if err := json.Unmarshal(raw, &wr); err == nil && wr.Live && wr.Alert != "" {
				ops = append(ops, pipeline.StateOp{Bucket: BucketAlerts, Key: wr.Alert, Delete: true},
					pipeline.StateOp{Bucket: BucketTimeline, Key: timelineKey(wr.Time, wr.Alert), Delete: true})
			}
		}
		if err := e.store.Apply(ctx, ops...); err != nil {
			return fmt.Errorf("alert: prune %s of %s: %w", bucket, o.MessageKey(), err)
		}
		return nil
	}
	sk := stateKey(o.Rule, o.Key)
	raw, found, err := e.store.Get(ctx, BucketKeys, sk)
	if err != nil {
		return fmt.Errorf("alert: read state of %s: %w", o.MessageKey(), err)
	}
	if !found {
		return nil
	}
	var ks keyState
	if err := json.Unmarshal(raw, &ks); err == nil && !ks.Updated.Before(wall.Add(-e.retention())) {
		return nil
	}
	e.log.Debug("alert key state pruned", "rule", o.Rule, "key", o.Key, "updated", ks.Updated)
	if err := e.store.Apply(ctx, pipeline.StateOp{Bucket: BucketKeys, Key: sk, Delete: true}); err != nil {
		return fmt.Errorf("alert: prune %s: %w", o.MessageKey(), err)
	}
	return nil
}
