package alert

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// Quiet periods and alert windows run in event time: a replay a year later
// fires the same alerts, with the same ids and last year's times, flagged
// as a replay; the live run is not flagged.
func TestReplayFiresLastYearsAlerts(t *testing.T) {
	rules := mustRules(t, `rules:
  - {name: shift, on: event, kinds: [stance-shift], polarity: hostile, quiet: 24h}
  - {name: burst, on: analysis, polarity: hostile, key: entity, quiet: 6h, count: {at_least: 2, distinct: source, within: 1h}}`)
	base := time.Date(2025, 6, 4, 8, 0, 0, 0, time.UTC)
	type input struct {
		ev    *pipeline.Event
		story pipeline.Story
	}
	var inputs []input
	for i, off := range []time.Duration{0, 2 * time.Hour, 30 * time.Hour} {
		at := base.Add(off)
		id := []string{"r1", "r2", "r3"}[i]
		ev := pipeline.Event{ID: "stance-shift:donald-trump|elon-musk:" + id, Kind: pipeline.KindStanceShift,
			Pair: [2]string{"donald-trump", "elon-musk"}, From: "allies", To: "rivals", Story: id, Time: at, Evidence: []string{"x"}}
		inputs = append(inputs, input{ev: &ev, story: story(id, "src-"+id, at)})
		for j, src := range []string{"a", "b"} {
			s := story(id+src, src, at.Add(time.Duration(j)*time.Minute))
			inputs = append(inputs, input{story: s})
		}
	}
	run := func(replay bool) []pipeline.Alert {
		clock := newClock()
		e := newEngine(t, rules, track.NewMemoryStore(), clock)
		var out []pipeline.Alert
		for _, in := range inputs {
			s := in.story
			if replay {
				clock.Set(base.AddDate(1, 0, 0))
				s.Fetched = clock.Now()
			} else {
				clock.Set(s.Published.Add(time.Minute))
				s.Fetched = s.Published.Add(30 * time.Second)
			}
			var (
				al  []pipeline.Alert
				err error
			)
			if in.ev != nil {
				ev := *in.ev
				ev.Replay = replay
				al, err = e.OnEvent(context.Background(), ev, s)
			} else {
				al, err = e.OnAnalysis(context.Background(), s, hostileAnalysis(s.ID, "elon-musk", "donald-trump"))
			}
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, al...)
		}
		return out
	}
	live, replay := run(false), run(true)
	// shift: r1 fires, r2 is inside the 24h quiet period, r3 after it.
	// burst: per entity, the second source of r1 and of r3 (r2's, two
	// hours after r1's, is inside the 6h quiet period).
	var ids []string
	for _, a := range live {
		ids = append(ids, a.ID)
		if a.Replay || a.Time.Before(base) || a.Time.After(base.Add(31*time.Hour)) {
			t.Fatalf("live alert %+v", a)
		}
	}
	want := []string{"shift/donald-trump|elon-musk/20250604T000000Z",
		"burst/donald-trump/20250604T060000Z", "burst/elon-musk/20250604T060000Z",
		"shift/donald-trump|elon-musk/20250605T000000Z",
		"burst/donald-trump/20250605T120000Z", "burst/elon-musk/20250605T120000Z"}
	if !reflect.DeepEqual(ids, want) {
		t.Fatalf("live alerts\n got %v\nwant %v", ids, want)
	}
	if len(replay) != len(live) {
		t.Fatalf("replay fired %d alerts, live %d", len(replay), len(live))
	}
	for i := range live {
		r := replay[i]
		if !r.Replay || r.ID != live[i].ID || !r.Time.Equal(live[i].Time) || !r.Window.Equal(live[i].Window) {
			t.Fatalf("replay alert %d: %+v\nlive: %+v", i, r, live[i])
		}
	}
}

// An event's alert cites the stories the event cites, first in event time
// (the attack before the reply), not only the trigger.
func TestEventAlertCitesBuildUp(t *testing.T) {
	rules := mustRules(t, `rules: [{name: feud, on: event, kinds: [new-feud], quiet: 1h}]`)
	clock := newClock()
	e := newEngine(t, rules, track.NewMemoryStore(), clock)
	ev := feud("elon-musk", "sam-altman", "reply", clock.Now())
	ev.Stories = []pipeline.EventStory{
		{ID: "attack", Title: "हमला", Polarity: pipeline.Hostile, Evidence: []string{"मस्क ने ऑल्टमैन पर निशाना साधा।"}},
		{ID: "reply", Title: "जवाब", Polarity: pipeline.Hostile, Trigger: true, Evidence: []string{"ऑल्टमैन ने पलटवार किया।"}},
	}
	al, err := e.OnEvent(context.Background(), ev, story("reply", "x", clock.Now()))
	if err != nil || len(al) != 1 {
		t.Fatalf("%+v %v", al, err)
	}
	var ids []string
	for _, s := range al[0].Stories {
		ids = append(ids, s.ID)
	}
	if !reflect.DeepEqual(ids, []string{"attack", "reply"}) || al[0].Stories[0].Evidence[0] != "मस्क ने ऑल्टमैन पर निशाना साधा।" {
		t.Fatalf("alert stories %+v", al[0].Stories)
	}
}
