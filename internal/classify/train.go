package classify

import "fmt"

// Doc is one training (or evaluation) text.
type Doc struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Body     string `json:"body"`
	Language string `json:"language"`
	Topic    string `json:"topic,omitempty"`
	// Topic2 is an acceptable second topic (evaluation only).
	Topic2       string   `json:"topic2,omitempty"`
	FeedCategory string   `json:"feed_category,omitempty"`
	EntityTypes  []string `json:"-"`
}

// Models are trained models in their file form (model/*.json).
type Models struct {
	LanguageDeva, LanguageLatin, Topic []byte
}

// Smoothing and pruning of training: add-alpha, and features seen fewer
// times than this in all the training text are dropped (they are mostly
// names and typos, and cost memory).
const (
	langAlpha, langMinCount   = 0.1, 2
	topicAlpha, topicMinCount = 0.2, 2
)

// Train builds the three models from docs. Language docs need Language;
// a doc with a Topic trains the topic model (Hindi docs only: that is the
// text the topic model classifies). The same docs give the same bytes.
func Train(docs []Doc) (Models, error) {
	deva, latin, topic := newTrainer(devaClasses), newTrainer(latinClasses), newTrainer(topicClasses)
	b := newBag()
	var buf []byte
	s := &scratch{bag: b}
	for _, d := range docs {
		if d.Language == "" {
			return Models{}, fmt.Errorf("train: doc %q has no language", d.ID)
		}
		b.reset()
		buf = langFeatures(b, d.Title, d.Body, buf)
		var err error
		switch d.Language {
		case LangHindi, LangMarathi, LangNepali:
			err = deva.add(d.Language, b)
		case LangEnglish, LangHindiLatin:
			err = latin.add(d.Language, b)
		case LangOther:
		default:
			err = fmt.Errorf("unknown language %q", d.Language)
		}
		if err != nil {
			return Models{}, fmt.Errorf("train: doc %q: %w", d.ID, err)
		}
		if d.Topic == "" || d.Language != LangHindi {
			continue
		}
		b.reset()
		s.buf = buf
		buf = topicFeatures(s, b, TopicInput{Title: d.Title, Body: d.Body, EntityTypes: d.EntityTypes, FeedCategory: d.FeedCategory})
		if err := topic.add(d.Topic, b); err != nil {
			return Models{}, fmt.Errorf("train: doc %q: %w", d.ID, err)
		}
	}
	var out Models
	var err error
	if out.LanguageDeva, err = deva.model(langAlpha, langMinCount).marshal("language-deva"); err != nil {
		return Models{}, err
	}
	if out.LanguageLatin, err = latin.model(langAlpha, langMinCount).marshal("language-latin"); err != nil {
		return Models{}, err
	}
	if out.Topic, err = topic.model(topicAlpha, topicMinCount).marshal("topic"); err != nil {
		return Models{}, err
	}
	return out, nil
}

// FromModels builds a classifier from trained models (tests, evaluation).
func FromModels(m Models) (*Classifier, error) {
	deva, err := unmarshalModel(m.LanguageDeva, "language-deva")
	if err != nil {
		return nil, err
	}
	latin, err := unmarshalModel(m.LanguageLatin, "language-latin")
	if err != nil {
		return nil, err
	}
	topic, err := unmarshalModel(m.Topic, "topic")
	if err != nil {
		return nil, err
	}
	return fromModels(deva, latin, topic), nil
}
