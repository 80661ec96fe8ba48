// Package pipeline holds khabar's records (Story, Analysis, Event, Alert),
// the message type that travels between stages with its acknowledgement, and
// the small interfaces the stages see. It imports no connector.
package pipeline

import (
	"time"

	"github.com/khabar/khabar/internal/classify"
)

// Categories of a feed and its stories.
const (
	CategoryTech     = "tech"
	CategoryPolitics = "politics"
)

// Topics are the categories a story's own topic takes.
func Topics() []string { return classify.TopicNames() }

// Languages are the languages a story is told to be in.
func Languages() []string { return classify.LanguageNames() }

// Story is one news item as the poll stage saw it. Every feed format
// converges on it.
type Story struct {
	// ID is derived from the canonical link (see StoryID); stable across polls and feeds.
	ID   string `json:"id"`
	URL  string `json:"url,omitempty"`
	GUID string `json:"guid,omitempty"`
	// Source is the name of the feed (outlet) that first carried the story.
	Source string `json:"source,omitempty"`
	// Sources lists every outlet seen carrying this story (including Source).
	Sources []string `json:"sources,omitempty"`
	Feed    string   `json:"feed,omitempty"` // URL of the feed it came from
	// Category and Language are first the feed's declared ones; the work
	// stage replaces them in the records it writes with the story's own
	// topic and language (the feed's category stays in the analysis as
	// feed_category), so search, facets, Kibana and alert rules see what
	// the story is about.
	Category string `json:"category,omitempty"`
	Language string `json:"language,omitempty"`
	// Topic is set only for a feed configured as single-topic: that topic
	// then decides, with no classification.
	Topic string `json:"topic,omitempty"`
	Title string `json:"title"`
	Body  string `json:"body"`
	// Published is the feed's date; when the feed had none, the first-seen
	// time, with PublishedGuessed set.
	Published        time.Time `json:"published"`
	PublishedGuessed bool      `json:"published_guessed,omitempty"`
	// PublishedFuture is set when the feed dated the story after the
	// moment it was fetched (feeds do send such dates): the tracker then
	// counts it at its fetch time (track.EventTime), and search shows the
	// date the outlet gave.
	PublishedFuture bool      `json:"published_future,omitempty"`
	Fetched         time.Time `json:"fetched,omitempty"`
	// Cluster is the near-duplicate cluster id: the id of the first story
	// of its cluster (its own id when it is the first or has no siblings).
	// Alert counts by source count a cluster once.
	Cluster string `json:"cluster,omitempty"`
}

// Entity types of the watchlist.
const (
	TypePerson = "person"
	TypeOrg    = "org"
	TypeDeal   = "deal"
)

// Polarities of a stance.
const (
	Hostile    = "hostile"
	Supportive = "supportive"
)

// Mention is one occurrence of a tracked entity. Start and End are byte
// offsets into the original (un-normalised) field, UTF-8, End exclusive.
type Mention struct {
	Entity string `json:"entity"`
	Text   string `json:"text"`
	Field  string `json:"field"` // "title" or "body"
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Amount is a stated sum of money normalised to a value and an ISO 4217 code.
type Amount struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Text     string  `json:"text"`
	Deal     string  `json:"deal,omitempty"`
}

// Stance is a directed attitude of one tracked entity (Source) towards
// another (Target), read from one sentence.
type Stance struct {
	Source   string  `json:"source"`
	Target   string  `json:"target"`
	Polarity string  `json:"polarity"` // Hostile or Supportive
	Score    float64 `json:"score"`
	Evidence string  `json:"evidence"`
	// Kind is the frame's kind (criticism, accusation, lawsuit, mockery,
	// threat, rupture, praise, endorsement, donation, alliance,
	// reconciliation, de-escalation, …), from the lexicon data files.
	Kind string `json:"kind,omitempty"`
	// Mood is empty for an asserted stance; otherwise one of the Mood*
	// constants. Only asserted stances make a feud or move a relationship.
	Mood string `json:"mood,omitempty"`
	// Field, Start and End locate the evidence span: byte offsets into the
	// original (un-normalised) field, End exclusive.
	Field string `json:"field,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Moods of a stance that is not asserted as fact.
const (
	MoodNegated      = "negated"
	MoodQuestion     = "question"
	MoodSpeculative  = "speculative"
	MoodFuture       = "future"
	MoodHypothetical = "hypothetical"
)

// Asserted reports whether the stance is stated as fact (no mood): only
// asserted stances count towards a feud or a relationship.
func (s Stance) Asserted() bool { return s.Mood == "" }

// Analysis is what the work stage makes of a Story: a pure function of the
// story and the watchlist.
type Analysis struct {
	ID       string    `json:"id"`
	Entities []string  `json:"entities"`
	Mentions []Mention `json:"mentions"`
	Amounts  []Amount  `json:"amounts"`
	Deals    []string  `json:"deals"`
	Stances  []Stance  `json:"stances"`
	Feud     bool      `json:"feud"`
	// Language is the story's own language (hi, mr, ne, en, hi-Latn,
	// other) with the classifier's confidence; Topic its main topic
	// (politics, tech, business, sports, entertainment, other) with a score
	// per topic. FeedCategory is the category its feed declared.
	Language      string             `json:"language,omitempty"`
	LanguageScore float64            `json:"language_score,omitempty"`
	Topic         string             `json:"topic,omitempty"`
	Topic2        string             `json:"topic2,omitempty"` // a close second topic, or ""
	Topics        map[string]float64 `json:"topics,omitempty"`
	FeedCategory  string             `json:"feed_category,omitempty"`
	// Shifts and Events are filled by the tracker (khabar analyze folds its
	// input in order); the work stage leaves them empty.
	Shifts []Event `json:"shifts"`
	Events []Event `json:"events"`
}

// Record is a story with its analysis: what the index stage writes.
type Record struct {
	Story    Story    `json:"story"`
	Analysis Analysis `json:"analysis"`
	// Terms are the story's search terms, computed by the work stage (which
	// scales with its workers) so the index stage only ships documents. A
	// sink that needs them computes them when absent (older records).
	Terms *SearchTerms `json:"terms,omitempty"`
}

// SearchTerms are the analysed terms of a story's title and body
// (internal/searchterms: Bleve's Hindi analyzer), space-separated.
type SearchTerms struct {
	Title string `json:"title"`
	Body  string `json:"body"`
}

// Event kinds emitted by the tracker.
const (
	// KindNewFeud is the first settled rivalry of a pair that had no
	// settled state before.
	KindNewFeud = "new-feud"
	// KindStanceShift is a change of a pair's settled state (From → To:
	// allies, rivals, mixed).
	KindStanceShift = "stance-shift"
	// KindEscalation is a sharp rise of hostile evidence inside an
	// existing rivalry.
	KindEscalation = "escalation"
)

// Event is a change in a pair's relationship, emitted by the track stage.
type Event struct {
	// ID is deterministic: kind + pair + triggering story id.
	ID   string    `json:"id,omitempty"`
	Kind string    `json:"kind"`
	Pair [2]string `json:"pair"` // sorted entity ids
	// From and To are settled states (allies, rivals, mixed; From may be
	// none for a new feud).
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Story is the id of the triggering story: the one that crossed the
	// threshold.
	Story string `json:"story"`
	// Evidence are the cited stories' sentences, the trigger's first.
	Evidence []string `json:"evidence"`
	// Time is the event time: the triggering story's date, clamped to its
	// fetch time.
	Time time.Time `json:"time"`
	// Stories are the cited stories: the trigger and the stories that
	// built up to it, first in event time (ties by id), with their
	// sentences.
	Stories []EventStory `json:"stories,omitempty"`
	// Replay is set when the triggering story was fetched long after its
	// date (a replay or a backfill), so its alerts are not news.
	Replay bool `json:"replay,omitempty"`
}

// EventStory is one story an event cites.
type EventStory struct {
	ID        string    `json:"id"`
	Time      time.Time `json:"time"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Polarity  string    `json:"polarity"`
	Trigger   bool      `json:"trigger,omitempty"`
	Clamped   bool      `json:"clamped,omitempty"` // its date was in the future of its fetch time
	Evidence  []string  `json:"evidence"`
	Published time.Time `json:"published,omitzero"`
}

// Alert is one firing of an alert rule.
type Alert struct {
	// ID is deterministic: rule + key + window.
	ID     string    `json:"id"`
	Rule   string    `json:"rule"`
	Key    string    `json:"key"`
	Window time.Time `json:"window"`
	Time   time.Time `json:"time"`
	Title  string    `json:"title"`
	Reason string    `json:"reason"`
	// Stories carry the evidence that made the rule fire.
	Stories []AlertStory `json:"stories"`
	// Replay is set when what fired came from a replay or a backfill
	// (fetched long after its date): Time and Window are its event time.
	Replay bool `json:"replay,omitempty"`
}

// AlertStory is one story behind an alert, with the sentences that count.
type AlertStory struct {
	ID       string   `json:"id"`
	Title    string   `json:"title,omitempty"`
	URL      string   `json:"url,omitempty"`
	Source   string   `json:"source,omitempty"`
	Evidence []string `json:"evidence,omitempty"`
}
