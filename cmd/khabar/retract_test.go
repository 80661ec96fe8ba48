package main

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

// TestKafkaRetraction: over Kafka, a retraction on the events topic
// deletes its event's document in the index role's index, and the alert
// stage observes it as a retraction of its event: of two new-feud events,
// one retracted, and a retraction of an event never indexed, the index
// keeps the one standing; the observations are the two events' and, marked
// retracted, the two retractions'.
func TestKafkaRetraction(t *testing.T) {
	c := newClusterWith(t, 3, 1)
	trk := c.start("track", "track")
	idx := c.start("index", "index")
	c.apiOf(t, "index")
	now := time.Now().UTC().Truncate(time.Second)
	feud := func(a, b, story string) pipeline.Event {
		return pipeline.Event{ID: pipeline.KindNewFeud + ":" + pipeline.PairKey(a, b) + ":" + story, Kind: pipeline.KindNewFeud,
			Pair: [2]string{a, b}, From: "none", To: "rivals", Story: story, Time: now}
	}
	standing, withdrawn, never := feud("donald-trump", "elon-musk", "s1"), feud("elon-musk", "sam-altman", "s2"), feud("donald-trump", "sam-altman", "s3")
	msgs := []pipeline.EventMessage{
		{Event: standing, Story: pipeline.StoryRef{ID: "s1", Published: now}},
		{Event: withdrawn, Story: pipeline.StoryRef{ID: "s2", Published: now}},
		{Event: withdrawn, Story: pipeline.StoryRef{ID: "s4", Published: now}, Retracted: true},
		{Event: never, Story: pipeline.StoryRef{ID: "s4", Published: now}, Retracted: true},
	}
	b, err := kafka.New(t.Context(), c.kcfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, em := range msgs {
		m, err := pipeline.Encode(pipeline.PairKey(em.Event.Pair[0], em.Event.Pair[1]), em)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Publish(t.Context(), pipeline.TopicEvents, m); err != nil {
			t.Fatal(err)
		}
		select {
		case <-m.Done():
		case <-time.After(time.Minute):
			t.Fatal("publish not acknowledged")
		}
		if m.Err() != nil {
			t.Fatal(m.Err())
		}
	}
	b.Close()
	c.waitDrained(2*time.Minute, [2]string{"index", pipeline.TopicEvents}, [2]string{"alert", pipeline.TopicEvents})
	c.stop("track", trk)
	c.stop("index", idx)

	var triggers, retractions []string
	for _, raw := range readTopicValues(t, c, alert.TopicInputs) {
		var o alert.Observation
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatalf("alert-inputs holds %q: %v", raw, err)
		}
		switch {
		case o.Prune:
		case o.Retract:
			retractions = append(retractions, o.Trigger)
		default:
			triggers = append(triggers, o.Trigger)
		}
	}
	slices.Sort(triggers)
	slices.Sort(retractions)
	want := []string{"event:" + withdrawn.ID, "event:" + standing.ID}
	slices.Sort(want)
	if !slices.Equal(triggers, want) {
		t.Fatalf("observations triggered by %v, want %v (one per event)", triggers, want)
	}
	wantRetracted := []string{"event:" + withdrawn.ID, "event:" + never.ID}
	slices.Sort(wantRetracted)
	if !slices.Equal(retractions, wantRetracted) {
		t.Fatalf("retractions observed %v, want %v (one per retraction)", retractions, wantRetracted)
	}
	_, ix := c.indexed(t, "index")
	evs, err := ix.Events(t.Context(), "", 10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	if !slices.Equal(ids, []string{standing.ID}) {
		t.Fatalf("indexed events %v, want %s only", ids, standing.ID)
	}
}
