package pipeline

import (
	"encoding/json"
	"fmt"
	"time"

	jsoniter "github.com/json-iterator/go"
)

// StoryRef is the part of a story that travels with its stances and events:
// enough to order them and to link back, without the body.
type StoryRef struct {
	ID        string    `json:"id"`
	Published time.Time `json:"published"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Category  string    `json:"category,omitempty"`
	Cluster   string    `json:"cluster,omitempty"`
	// Fetched is when the poller first saw the story: event time is the
	// story's date clamped to it.
	Fetched time.Time `json:"fetched,omitzero"`
}

// Ref returns the story's reference.
func (s Story) Ref() StoryRef {
	return StoryRef{ID: s.ID, Published: s.Published, Title: s.Title, URL: s.URL, Source: s.Source, Category: s.Category, Cluster: s.Cluster, Fetched: s.Fetched}
}

// StanceBatch is the value on the stances topic: one story's stances about
// one pair, keyed by the pair so one tracker owns it.
type StanceBatch struct {
	Story   StoryRef  `json:"story"`
	Pair    [2]string `json:"pair"`
	Stances []Stance  `json:"stances"`
}

// EventMessage is the value on the events topic: the event and the story
// that triggered it.
//
// With Retracted set, the message withdraws an event published before
// (Event carries its id, kind, pair, from, to, story and time; Evidence
// is empty): a late story changed what the pair's stories, in event-time
// order, give. The index deletes the event's document (Event.ID); the
// alert stage ignores the message (rules never match a retraction).
// Story is then the story whose fold retracted it.
type EventMessage struct {
	Event     Event    `json:"event"`
	Story     StoryRef `json:"story"`
	Retracted bool     `json:"retracted,omitempty"`
}

// Encode builds a message whose value is v as JSON.
func Encode(key string, v any) (*Message, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, Permanent(fmt.Errorf("encode %T for %s: %w", v, key, err))
	}
	return NewMessage(key, raw), nil
}

// Decode reads a message's JSON value into v, naming the message in errors.
// It decodes with json-iterator in its standard-library-compatible mode:
// the same results as encoding/json, about 4.7× faster on a story record
// (92 µs → 20 µs for a 7 KB record), which the index stage pays per message.
func Decode(m *Message, v any) error {
	if err := jsoniter.ConfigCompatibleWithStandardLibrary.Unmarshal(m.Value, v); err != nil {
		return Permanent(fmt.Errorf("decode %T (key %q): %w", v, m.Key, err))
	}
	return nil
}

// GroupStances splits a story's stances by unordered pair, in first-seen order.
func GroupStances(story Story, stances []Stance) []StanceBatch {
	var out []StanceBatch
	idx := map[string]int{}
	for _, s := range stances {
		k := PairKey(s.Source, s.Target)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, StanceBatch{Story: story.Ref(), Pair: SortedPair(s.Source, s.Target)})
		}
		out[i].Stances = append(out[i].Stances, s)
	}
	return out
}
