package track

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	jsoniter "github.com/json-iterator/go"

	"github.com/khabar/khabar/pipeline"
)

// The window (issue 14, session 4): a pair's events are a function of the
// SET of stories folded into it, not of the order they arrived in. The pair
// record keeps a base — the rule's state after every story up to the cut,
// in event-time order (ties by story id) — and the window: the asserted
// stories after the cut, sorted the same way. The summary is the base with
// the window folded over it in that order, and so are the window's events.
// A story that arrives in order is folded onto the summary in O(1) (the
// same result as a replay); a late one is inserted where its time puts it
// and the window is folded again from the base: the events that replay no
// longer produces are retracted and the new ones emitted. The cut moves
// forward over the oldest stories whose "already folded" markers are gone
// (and past DefaultWindowCount stories), so the window is the stories a
// redelivery may still bring back: at most the markers' horizon.
//
// A story older than the cut when it arrives (a replay of old news, past
// the horizon) is folded into the base at its own time, as a late story
// was before: its events are final, and the window is folded again over
// the new base.

// winEntry is one asserted story of a pair's window: what the rule needs.
type winEntry struct {
	Story   string
	Time    time.Time
	Source  string
	Cluster string
	H, S    float64 // asserted hostile / supportive weight
	Replay  bool    // fetched long after its event time
}

// before orders entries (and the cut) by event time, ties by story id.
func (e winEntry) before(o winEntry) bool {
	if !e.Time.Equal(o.Time) {
		return e.Time.Before(o.Time)
	}
	return e.Story < o.Story
}

// window is the pair record's window, encoded with the outlets interned:
// {"src": [outlet…], "e": [[story, unix s, ns, outlet index, cluster, h, s, replay]…]}.
type window []winEntry

func (w window) appendJSON(b []byte) ([]byte, error) {
	idx := map[string]int{}
	var srcs []string
	for _, e := range w {
		if _, ok := idx[e.Source]; !ok {
			idx[e.Source] = len(srcs)
			srcs = append(srcs, e.Source)
		}
	}
	str := func(b []byte, s string) ([]byte, error) {
		if plainJSON(s) {
			b = append(b, '"')
			b = append(b, s...)
			return append(b, '"'), nil
		}
		q, err := codec.Marshal(s)
		if err != nil {
			return nil, fmt.Errorf("encode window string %q: %w", s, err)
		}
		return append(b, q...), nil
	}
	var err error
	b = append(b, `{"src":[`...)
	for i, s := range srcs {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = str(b, s); err != nil {
			return nil, err
		}
	}
	b = append(b, `],"e":[`...)
	for i, e := range w {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		if b, err = str(b, e.Story); err != nil {
			return nil, err
		}
		b = append(b, ',')
		b = strconv.AppendInt(b, e.Time.Unix(), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(e.Time.Nanosecond()), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(idx[e.Source]), 10)
		b = append(b, ',')
		if b, err = str(b, e.Cluster); err != nil {
			return nil, err
		}
		b = append(b, ',')
		b = appendWeight(b, e.H)
		b = append(b, ',')
		b = appendWeight(b, e.S)
		if e.Replay {
			b = append(b, ",1"...)
		}
		b = append(b, ']')
	}
	return append(b, "]}"...), nil
}

// appendWeight writes a weight; a score of at most three decimals (0.9,
// 1, 0) without the shortest-float search, which parses back to the same
// float64 (n/1000 and the decimal both round to the nearest float).
func appendWeight(b []byte, w float64) []byte {
	if n := int64(w * 1000); n >= 0 && n <= 1000 && float64(n)/1000 == w {
		b = strconv.AppendInt(b, n/1000, 10)
		if f := n % 1000; f != 0 {
			b = append(b, '.', byte('0'+f/100))
			if f%100 != 0 {
				b = append(b, byte('0'+f/10%10))
				if f%10 != 0 {
					b = append(b, byte('0'+f%10))
				}
			}
		}
		return b
	}
	return strconv.AppendFloat(b, w, 'g', -1, 64)
}

// UnmarshalJSON reads what appendJSON wrote.
func (w *window) UnmarshalJSON(data []byte) error {
	it := codec.BorrowIterator(data)
	defer codec.ReturnIterator(it)
	var srcs []string
	out := window{}
	type raw struct {
		e   winEntry
		src int
	}
	var rows []raw
	it.ReadObjectCB(func(it *jsoniter.Iterator, field string) bool {
		switch field {
		case "src":
			it.ReadArrayCB(func(it *jsoniter.Iterator) bool {
				srcs = append(srcs, it.ReadString())
				return true
			})
		case "e":
			it.ReadArrayCB(func(it *jsoniter.Iterator) bool {
				var r raw
				var sec, nsec int64
				i := 0
				it.ReadArrayCB(func(it *jsoniter.Iterator) bool {
					switch i {
					case 0:
						r.e.Story = it.ReadString()
					case 1:
						sec = it.ReadInt64()
					case 2:
						nsec = it.ReadInt64()
					case 3:
						r.src = it.ReadInt()
					case 4:
						r.e.Cluster = it.ReadString()
					case 5:
						r.e.H = it.ReadFloat64()
					case 6:
						r.e.S = it.ReadFloat64()
					case 7:
						r.e.Replay = it.ReadInt() != 0
					default:
						it.Skip()
					}
					i++
					return true
				})
				r.e.Time = time.Unix(sec, nsec).UTC()
				rows = append(rows, r)
				return true
			})
		default:
			it.Skip()
		}
		return true
	})
	if it.Error != nil && it.Error != io.EOF {
		return fmt.Errorf("decode window: %w", it.Error)
	}
	for _, r := range rows {
		if r.src < 0 || r.src >= len(srcs) {
			return fmt.Errorf("decode window: story %s names outlet %d of %d", r.e.Story, r.src, len(srcs))
		}
		r.e.Source = srcs[r.src]
		out = append(out, r.e)
	}
	*w = out
	return nil
}

// cutMark is the last story folded into the base: [unix s, ns, story].
type cutMark struct {
	Time  time.Time
	Story string
	Set   bool
}

func (c cutMark) entry() winEntry { return winEntry{Time: c.Time, Story: c.Story} }

// atOrBefore reports whether e is at or before the cut (folded into the base).
func (c cutMark) atOrBefore(e winEntry) bool {
	return c.Set && !c.entry().before(e)
}

func (c cutMark) appendJSON(b []byte) ([]byte, error) {
	b = append(b, '[')
	b = strconv.AppendInt(b, c.Time.Unix(), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(c.Time.Nanosecond()), 10)
	b = append(b, ',')
	q, err := codec.Marshal(c.Story)
	if err != nil {
		return nil, fmt.Errorf("encode cut: %w", err)
	}
	b = append(b, q...)
	return append(b, ']'), nil
}

// UnmarshalJSON reads what appendJSON wrote.
func (c *cutMark) UnmarshalJSON(data []byte) error {
	it := codec.BorrowIterator(data)
	defer codec.ReturnIterator(it)
	var sec, nsec int64
	i := 0
	it.ReadArrayCB(func(it *jsoniter.Iterator) bool {
		switch i {
		case 0:
			sec = it.ReadInt64()
		case 1:
			nsec = it.ReadInt64()
		case 2:
			c.Story = it.ReadString()
		default:
			it.Skip()
		}
		i++
		return true
	})
	if it.Error != nil && it.Error != io.EOF {
		return fmt.Errorf("decode cut: %w", it.Error)
	}
	c.Time, c.Set = time.Unix(sec, nsec).UTC(), true
	return nil
}

// legacyCut is the cut of a record written before the window: every story
// up to the pair's present is in the base (the story id sorts after any).
const legacyCut = "\U0010FFFF"

// clonePair copies a summary so that folding into the copy leaves the
// original's mark lists alone.
func clonePair(st PairState) PairState {
	st.RecentHostile = append([]Mark(nil), st.RecentHostile...)
	st.RecentSupportive = append([]Mark(nil), st.RecentSupportive...)
	return st
}

// stepped is what folding one entry into the rule's state gave: at most
// one event (identity and the marks it cites) and at most one change.
type stepped struct {
	entry  winEntry
	event  *pipeline.Event // ID, Kind, Pair, From, To, Story, Time, Replay
	pol    string          // the cited polarity
	cite   []Mark
	change *Change // Seq, From, To, Time, Story, Event, Stories
}

// replay folds w over a copy of base in order and returns the state and
// what each entry gave (only entries that gave something).
func (t *Tracker) replay(base PairState, w window, pair [2]string) (PairState, []stepped) {
	st := clonePair(base)
	var out []stepped
	for _, e := range w {
		if s := t.step(&st, e, pair); s.event != nil || s.change != nil {
			out = append(out, s)
		}
	}
	return st, out
}

// eventKey is what makes two versions of an event (one id) the same
// event: from → to and the stories it cites (their content is the
// timeline's, which a story's fold writes once).
type eventKey struct{ from, to, cites string }

func stepKey(s stepped) eventKey {
	var ids []string
	for _, m := range sortMarks(s.cite) {
		ids = appendUnique(ids, m.Story)
	}
	ids = appendUnique(ids, s.event.Story)
	return eventKey{s.event.From, s.event.To, strings.Join(ids, "\x00")}
}

func fullKey(e pipeline.Event) eventKey {
	ids := make([]string, 0, len(e.Stories))
	for _, s := range e.Stories {
		ids = append(ids, s.ID)
	}
	return eventKey{e.From, e.To, strings.Join(ids, "\x00")}
}

func liveEvents(steps []stepped) map[string]eventKey {
	out := map[string]eventKey{}
	for _, s := range steps {
		if s.event != nil {
			out[s.event.ID] = stepKey(s)
		}
	}
	return out
}

// retraction is the message body that withdraws ev: its identity only.
func retraction(ev pipeline.Event) pipeline.Event {
	return pipeline.Event{ID: ev.ID, Kind: ev.Kind, Pair: ev.Pair, From: ev.From, To: ev.To, Story: ev.Story,
		Time: ev.Time, Replay: ev.Replay, Evidence: []string{}}
}
