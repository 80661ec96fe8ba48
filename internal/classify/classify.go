// Package classify tells a story's language and topic: which stories are
// Hindi technology and politics news, whatever feed they came from.
//
// Both are multinomial naive Bayes models over hashed features of the text,
// trained by `khabar train` on stories we wrote (testdata/train/) and
// shipped inside the binary (model/). Language: the words of the first 140
// characters with their edges (first two, last two and last three
// letters), one model for Devanagari text (hi, mr, ne) and one for Latin
// text (en, hi-Latn), chosen by script (a fifth of the letters in
// Devanagari is enough); any other script is "other". Topic: the words of the
// title (counted twice) and the lead of the body, their bigrams, the types
// of the tracked entities the story names and the feed's declared category
// (a prior, not the answer).
package classify

import (
	"embed"
	"fmt"
	"math"
	"sync"
	"unicode/utf8"
)

// Languages and topics a classifier answers with.
const (
	LangHindi      = "hi"
	LangMarathi    = "mr"
	LangNepali     = "ne"
	LangEnglish    = "en"
	LangHindiLatin = "hi-Latn"
	LangOther      = "other"

	TopicPolitics      = "politics"
	TopicTech          = "tech"
	TopicBusiness      = "business"
	TopicSports        = "sports"
	TopicEntertainment = "entertainment"
	TopicOther         = "other"
)

var (
	devaClasses  = []string{LangHindi, LangMarathi, LangNepali}
	latinClasses = []string{LangEnglish, LangHindiLatin}
	topicClasses = []string{TopicPolitics, TopicTech, TopicBusiness, TopicSports, TopicEntertainment, TopicOther}
)

// How much text is read: the language shows in the first sentences, the
// topic in the title and the lead. Reading a bounded prefix keeps the cost
// per story constant, whatever the body's length.
const (
	langRunes     = 110
	topicTitleMax = 40
	topicBodyMax  = 40
	// secondRatio: a second topic is reported when its score is at least
	// this share of the first's (a deal between an AI firm and a
	// government is tech and politics).
	secondRatio = 0.5
)

//go:embed model/*.json
var modelFS embed.FS

// Classifier holds the models. It is safe for concurrent use.
type Classifier struct {
	deva, latin, topic *Model
	scratch            sync.Pool
}

type scratch struct {
	bag    *bag
	buf    []byte
	prev   uint64
	scorer scorer
}

// adder takes features as they are extracted: a bag counts them for
// training, a scorer adds their weights for classifying (naive Bayes sums
// a feature's log likelihood once per occurrence, so no counting is needed).
type adder interface{ add(h uint64, w float64) }

// scorer sums the model's weights of the features it is given.
type scorer struct {
	m     *Model
	logs  []float64
	known int
}

func (s *scorer) add(h uint64, w float64) {
	ws := s.m.table.get(h)
	if ws == nil {
		return
	}
	s.known++
	for i := range s.logs {
		s.logs[i] += w * float64(ws[i])
	}
}

// score starts a scorer on m at its priors.
func (s *scratch) score(m *Model) *scorer {
	s.scorer.m = m
	s.scorer.logs = append(s.scorer.logs[:0], m.prior...)
	s.scorer.known = 0
	return &s.scorer
}

// TopicNames are the topics a story is read as, in model order.
func TopicNames() []string { return append([]string(nil), topicClasses...) }

// LanguageNames are the languages a story is told to be in.
func LanguageNames() []string {
	return []string{LangHindi, LangMarathi, LangNepali, LangEnglish, LangHindiLatin, LangOther}
}

// New loads the models shipped in the binary.
func New() (*Classifier, error) {
	read := func(name, kind string) (*Model, error) {
		data, err := modelFS.ReadFile("model/" + name)
		if err != nil {
			return nil, fmt.Errorf("classify: %w", err)
		}
		m, err := unmarshalModel(data, kind)
		if err != nil {
			return nil, fmt.Errorf("classify: model/%s: %w", name, err)
		}
		return m, nil
	}
	var c Classifier
	var err error
	if c.deva, err = read("language-deva.json", "language-deva"); err != nil {
		return nil, err
	}
	if c.latin, err = read("language-latin.json", "language-latin"); err != nil {
		return nil, err
	}
	if c.topic, err = read("topic.json", "topic"); err != nil {
		return nil, err
	}
	return fromModels(c.deva, c.latin, c.topic), nil
}

func fromModels(deva, latin, topic *Model) *Classifier {
	c := &Classifier{deva: deva, latin: latin, topic: topic}
	c.scratch.New = func() any { return &scratch{bag: newBag()} }
	return c
}

// Language is a story's language with the classifier's confidence (0–1).
func (c *Classifier) Language(title, body string) (string, float64) {
	s := c.scratch.Get().(*scratch)
	defer c.scratch.Put(s)
	lang, score := c.language(s, title, body)
	return lang, score
}

func (c *Classifier) language(s *scratch, title, body string) (string, float64) {
	sc := countScripts(title, langRunes)
	if n := utf8.RuneCountInString(title); n < langRunes {
		b := countScripts(body, langRunes-n)
		sc.deva, sc.latin, sc.other = sc.deva+b.deva, sc.latin+b.latin, sc.other+b.other
	}
	letters := sc.deva + sc.latin + sc.other
	if letters == 0 {
		return LangOther, 0
	}
	if sc.other > sc.deva && sc.other > sc.latin {
		return LangOther, float64(sc.other) / float64(letters)
	}
	// Devanagari grammar with Latin names and English words ("Musk ने
	// Trump को endorse किया") is Hindi: a fifth of the letters in
	// Devanagari is enough for the Devanagari model. English and
	// romanised Hindi have none.
	m := c.deva
	if sc.deva*4 < sc.latin {
		m = c.latin
	}
	acc := s.score(m)
	s.buf = langFeatures(acc, title, body, s.buf)
	p := posterior(acc.logs, acc.known)
	best, _ := top2(p)
	return m.Classes[best], p[best]
}

// langFeatures adds the language features of the first langRunes runes.
func langFeatures(b adder, title, body string, buf []byte) []byte {
	budget := langRunes
	var offsArr [66]int
	offs := offsArr[:0]
	add := func(w []byte) bool {
		if budget <= 0 {
			return false
		}
		// The word's edges: its first two and last two and three
		// characters, marked. Inflections and function-word endings are
		// where Hindi, Marathi and Nepali differ most (-चे, -ला, -ले, -छ),
		// and four lookups a word keep the cost per story small.
		offs = offs[:0]
		// ASCII and Devanagari (E0 A4/A5 xx), nearly every word: each
		// character's offset from its lead byte.
		n, j := 0, 0
		for j < len(w) {
			c := w[j]
			if c >= utf8.RuneSelf && (c != 0xE0 || j+2 >= len(w) || w[j+1]&0xFE != 0xA4 || w[j+2]&0xC0 != 0x80) {
				break
			}
			n++
			if len(offs) <= 64 {
				offs = append(offs, j)
			}
			if c < utf8.RuneSelf {
				j++
			} else {
				j += 3
			}
		}
		if j == len(w) {
			budget -= n + 1
		} else if offs = offs[:0]; utf8.Valid(w) {
			// Other valid UTF-8: a character starts at every byte that is
			// not a continuation byte; no decoding.
			n := 0
			for i, c := range w {
				if c&0xC0 != 0x80 {
					n++
					if len(offs) <= 64 {
						offs = append(offs, i)
					}
				}
			}
			budget -= n + 1
		} else {
			budget -= utf8.RuneCount(w) + 1
			for i := range string(w) {
				offs = append(offs, i)
				if len(offs) > 64 {
					break
				}
			}
		}
		b.add(hashBytes(kindWord, w), 1)
		k := len(offs)
		if k < 2 {
			return true
		}
		if k >= 3 {
			b.add(gram(w[:offs[2]], true, false), 1)
			b.add(gram(w[offs[k-3]:], false, true), 1)
		}
		b.add(gram(w[offs[k-2]:], false, true), 1)
		return true
	}
	buf = words(title, 0, buf, add)
	if budget > 0 {
		buf = words(body, 0, buf, add)
	}
	return buf
}

// gram hashes a character n-gram, with the word-start and word-end marks.
func gram(g []byte, start, end bool) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kindGram)
	h *= fnvPrime
	if start {
		h ^= '^'
		h *= fnvPrime
	}
	for _, c := range g {
		h ^= uint64(c)
		h *= fnvPrime
	}
	if end {
		h ^= '$'
		h *= fnvPrime
	}
	return h
}

// TopicInput is what the topic is read from.
type TopicInput struct {
	Title, Body string
	// EntityTypes are the types (person, org, deal) of the tracked
	// entities the story names; FeedCategory the feed's declared one.
	EntityTypes  []string
	FeedCategory string
}

// Topics is a story's topic reading.
type Topics struct {
	Topic string
	// Second is the runner-up when it is close (see secondRatio), else "".
	Second string
	// Scores has every topic's probability (they sum to 1).
	Scores map[string]float64
}

// Topic reads a story's topic.
func (c *Classifier) Topic(in TopicInput) Topics {
	s := c.scratch.Get().(*scratch)
	defer c.scratch.Put(s)
	sc := s.score(c.topic)
	s.buf = topicFeatures(s, sc, in)
	p := posterior(sc.logs, sc.known)
	first, second := top2(p)
	out := Topics{Topic: c.topic.Classes[first], Scores: make(map[string]float64, len(p))}
	for i, cl := range c.topic.Classes {
		out.Scores[cl] = math.Round(p[i]*1e4) / 1e4
	}
	if second >= 0 && p[second] >= secondRatio*p[first] {
		out.Second = c.topic.Classes[second]
	}
	return out
}

func topicFeatures(s *scratch, b adder, in TopicInput) []byte {
	s.prev = 0
	word := func(weight float64, bigrams bool) func(w []byte) bool {
		return func(w []byte) bool {
			h := hashBytes(kindWord, w)
			b.add(h, weight)
			if bigrams && s.prev != 0 {
				b.add((s.prev*fnvPrime)^h^kindBigram, weight)
			}
			s.prev = h
			return true
		}
	}
	buf := words(in.Title, topicTitleMax, s.buf, word(2, true))
	s.prev = 0
	buf = words(in.Body, topicBodyMax, buf, word(1, false))
	for _, t := range in.EntityTypes {
		b.add(hashString(kindEntType, t), 1)
	}
	if in.FeedCategory != "" {
		b.add(hashString(kindFeed, in.FeedCategory), 2)
	}
	return buf
}
