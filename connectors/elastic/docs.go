package elastic

import (
	"slices"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// storyDoc is a stories-index document: the story, its analysis, and a few
// flat fields derived for Kibana (which cannot aggregate nested stances).
// Fields match deploy/elasticsearch/stories.json.
type storyDoc struct {
	ID               string    `json:"id"`
	Timestamp        time.Time `json:"@timestamp"`
	PublishedGuessed bool      `json:"published_guessed,omitempty"`
	Fetched          time.Time `json:"fetched,omitzero"`
	Title            string    `json:"title"`
	Body             string    `json:"body"`
	// SearchTitle and SearchBody are title and body analysed by khabar's own Hindi analyzer
	// (the one the embedded index uses), indexed with a whitespace analyzer:
	// khabar's queries give the same answers whether or not the cluster has
	// Elasticsearch's hindi analyzer.
	SearchTitle string   `json:"search_title"`
	SearchBody  string   `json:"search_body"`
	URL         string   `json:"url,omitempty"`
	GUID        string   `json:"guid,omitempty"`
	Feed        string   `json:"feed,omitempty"`
	Source      string   `json:"source,omitempty"`
	Sources     []string `json:"sources,omitempty"`
	// Category is the story's own topic, Language its own language (the
	// work stage's reading); Topic2 a close second topic, Topics the score
	// per topic, FeedCategory the category its feed declared.
	Category       string             `json:"category,omitempty"`
	Language       string             `json:"language,omitempty"`
	LanguageScore  float64            `json:"language_score,omitempty"`
	Topic2         string             `json:"topic2,omitempty"`
	Topics         map[string]float64 `json:"topics,omitempty"`
	FeedCategory   string             `json:"feed_category,omitempty"`
	Entities       []string           `json:"entities"`
	Persons        []string           `json:"persons,omitempty"`
	Orgs           []string           `json:"orgs,omitempty"`
	Deals          []string           `json:"deals,omitempty"`
	Amounts        []pipeline.Amount  `json:"amounts,omitempty"`
	Stances        []pipeline.Stance  `json:"stances,omitempty"`
	HostileTargets []string           `json:"hostile_targets,omitempty"`
	FeudPairs      []string           `json:"feud_pairs,omitempty"`
	Feud           bool               `json:"feud"`
	Cluster        string             `json:"cluster,omitempty"`
	Mentions       []pipeline.Mention `json:"mentions,omitempty"`
	Shifts         []pipeline.Event   `json:"shifts,omitempty"`
	Events         []pipeline.Event   `json:"events,omitempty"`
}

// newStoryDoc flattens a record. terms is the analysed search text.
func newStoryDoc(r pipeline.Record, title, body string, entityType func(string) string) storyDoc {
	s, a := r.Story, r.Analysis
	d := storyDoc{
		ID: s.ID, Timestamp: s.Published, PublishedGuessed: s.PublishedGuessed, Fetched: s.Fetched,
		Title: s.Title, Body: s.Body, SearchTitle: title, SearchBody: body,
		URL: s.URL, GUID: s.GUID, Feed: s.Feed, Source: s.Source, Sources: s.Sources,
		Category: s.Category, Language: s.Language, Cluster: s.Cluster,
		LanguageScore: a.LanguageScore, Topic2: a.Topic2, Topics: a.Topics, FeedCategory: a.FeedCategory,
		Entities: a.Entities, Deals: a.Deals, Amounts: a.Amounts, Stances: a.Stances,
		Feud: a.Feud, Mentions: a.Mentions, Shifts: a.Shifts, Events: a.Events,
	}
	if d.Entities == nil {
		d.Entities = []string{}
	}
	if entityType != nil {
		for _, e := range a.Entities {
			switch entityType(e) {
			case pipeline.TypePerson:
				d.Persons = append(d.Persons, e)
			case pipeline.TypeOrg:
				d.Orgs = append(d.Orgs, e)
			}
		}
	}
	for _, st := range a.Stances {
		if st.Polarity != pipeline.Hostile {
			continue
		}
		if !slices.Contains(d.HostileTargets, st.Target) {
			d.HostileTargets = append(d.HostileTargets, st.Target)
		}
		if a.Feud {
			p := pairKey(st.Source, st.Target)
			if !slices.Contains(d.FeudPairs, p) {
				d.FeudPairs = append(d.FeudPairs, p)
			}
		}
	}
	return d
}

// record rebuilds the pipeline record from a stored document. A document
// with topic scores was classified: its category and language are the
// analysis' topic and language too.
func (d storyDoc) record() pipeline.Record {
	r := pipeline.Record{
		Story: pipeline.Story{
			ID: d.ID, URL: d.URL, GUID: d.GUID, Source: d.Source, Sources: d.Sources, Feed: d.Feed,
			Category: d.Category, Language: d.Language, Title: d.Title, Body: d.Body,
			Published: d.Timestamp, PublishedGuessed: d.PublishedGuessed, Fetched: d.Fetched, Cluster: d.Cluster,
		},
		Analysis: pipeline.Analysis{
			ID: d.ID, Entities: d.Entities, Mentions: d.Mentions, Amounts: d.Amounts, Deals: d.Deals,
			Stances: d.Stances, Feud: d.Feud, Shifts: d.Shifts, Events: d.Events,
			LanguageScore: d.LanguageScore, Topic2: d.Topic2, Topics: d.Topics, FeedCategory: d.FeedCategory,
		},
	}
	if len(d.Topics) > 0 {
		r.Analysis.Topic, r.Analysis.Language = d.Category, d.Language
	}
	return r
}

// hit is the search-result view of a document.
func (d storyDoc) hit(score float64) pipeline.Hit {
	ents := d.Entities
	if ents == nil {
		ents = []string{}
	}
	return pipeline.Hit{
		ID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source, Published: d.Timestamp,
		Entities: ents, Feud: d.Feud, Score: score,
	}
}

// storyVersion orders versions of one story: the later fetch wins, and a
// story never fetched is versioned by its published time. It is the
// external version of the document (version_type external_gte): a replay
// of the same version overwrites (idempotent, and a re-analysis of the
// same fetch lands), an older one is refused by Elasticsearch itself.
func storyVersion(s pipeline.Story) int64 {
	t := s.Fetched
	if t.IsZero() {
		t = s.Published
	}
	v := t.UnixMilli()
	if v < 0 {
		return 0
	}
	return v
}

// eventDoc is an events-index document.
type eventDoc struct {
	ID        string    `json:"id"`
	Timestamp time.Time `json:"@timestamp"`
	Kind      string    `json:"kind"`
	Pair      []string  `json:"pair"`
	PairKey   string    `json:"pair_key"`
	From      string    `json:"from,omitempty"`
	To        string    `json:"to,omitempty"`
	Story     string    `json:"story"`
	Evidence  []string  `json:"evidence,omitempty"`
}

func newEventDoc(e pipeline.Event) eventDoc {
	return eventDoc{
		ID: eventID(e), Timestamp: e.Time, Kind: e.Kind, Pair: []string{e.Pair[0], e.Pair[1]},
		PairKey: pairKey(e.Pair[0], e.Pair[1]), From: e.From, To: e.To, Story: e.Story, Evidence: e.Evidence,
	}
}

// eventID is the event's id, or the contract's kind + pair + story when the
// tracker left it empty.
func eventID(e pipeline.Event) string {
	if e.ID != "" {
		return e.ID
	}
	return e.Kind + ":" + pairKey(e.Pair[0], e.Pair[1]) + ":" + e.Story
}

// alertDoc is an alerts-index document.
type alertDoc struct {
	ID        string                `json:"id"`
	Timestamp time.Time             `json:"@timestamp"`
	Window    time.Time             `json:"window,omitzero"`
	Rule      string                `json:"rule"`
	Key       string                `json:"key"`
	Title     string                `json:"title,omitempty"`
	Reason    string                `json:"reason,omitempty"`
	Stories   []pipeline.AlertStory `json:"stories,omitempty"`
}

func newAlertDoc(a pipeline.Alert) alertDoc {
	return alertDoc{ID: a.ID, Timestamp: a.Time, Window: a.Window, Rule: a.Rule, Key: a.Key,
		Title: a.Title, Reason: a.Reason, Stories: a.Stories}
}

// pairKey is the unordered pair "a|b", sorted, as in tracker state.
func pairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}
