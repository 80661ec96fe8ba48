package work

import (
	"fmt"

	"github.com/khabar/khabar/internal/classify"
	"github.com/khabar/khabar/pipeline"
)

// Option configures an Analyzer.
type Option func(*Analyzer)

// WithStanceLanguages sets the story languages (internal/classify codes)
// whose stances are read; the rules are Hindi's, so by default only "hi".
// A story in another language still gets its mentions, amounts, language
// and topic.
func WithStanceLanguages(langs ...string) Option {
	return func(a *Analyzer) {
		a.stanceLangs = make(map[string]bool, len(langs))
		for _, l := range langs {
			a.stanceLangs[l] = true
		}
	}
}

func (a *Analyzer) setupClassifier(opts []Option) error {
	cls, err := classify.New()
	if err != nil {
		return fmt.Errorf("work: %w", err)
	}
	a.cls = cls
	a.setupTopicTypes26()
	WithStanceLanguages(classify.LangHindi)(a)
	for _, o := range opts {
		o(a)
	}
	return nil
}

// classifyLanguage reads the story's language into out and reports whether
// its stances are to be read.
// r is the story's classify.Reading, which classifyTopic reads after (a
// topic the feed declares is not read).
func (a *Analyzer) classifyLanguage(r *classify.Reading, s pipeline.Story, out *pipeline.Analysis) bool {
	r.Reset(s.Title, s.Body, s.Topic == "")
	out.Language, out.LanguageScore = a.cls.LanguageOf(r)
	out.LanguageScore = round3(out.LanguageScore)
	out.FeedCategory = s.Category
	return a.stanceLangs[out.Language]
}

// classifyTopic reads the story's topic into out, once its entities are
// known (their types are features; seen are the entities whose IDs
// out.Entities lists). A feed declared single-topic (s.Topic) decides it.
func (a *Analyzer) classifyTopic(r *classify.Reading, s pipeline.Story, seen []int, out *pipeline.Analysis) {
	if s.Topic != "" {
		out.Topic, out.Topics = s.Topic, map[string]float64{s.Topic: 1}
		return
	}
	if out.Language != classify.LangHindi {
		// The topic model knows Hindi text only: another language keeps
		// its feed's category rather than a guess.
		return
	}
	// The types of the entities out.Entities lists (seen's IDs), in
	// their IDs' order (topicTypes26).
	var tbuf [len(topicKinds26)]string
	types := a.topicTypes26(seen, &tbuf)
	tp := a.cls.TopicOf(r, types, s.Category)
	out.Topic, out.Topics, out.Topic2 = tp.Topic, tp.Scores, tp.Second
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }
