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
	"strings"
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
	logs := s.logs
	ws = ws[:len(logs)] // a row has one weight a class: no bounds checks below
	for i, x := range ws {
		logs[i] += w * float64(x)
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
	lang, score := c.language(s, title, body, nil)
	return lang, score
}

// LanguageOf is Language of the Reading's title and body. When the
// Reading is to give the topic too (Reset) and the text is Devanagari, it
// reads the topic's words in the same pass (readBoth) for TopicOf.
func (c *Classifier) LanguageOf(r *Reading) (string, float64) {
	s := c.scratch.Get().(*scratch)
	defer c.scratch.Put(s)
	r.topicRead = false
	return c.language(s, r.title, r.body, r)
}

// language is Language; with r, see LanguageOf.
func (c *Classifier) language(s *scratch, title, body string, r *Reading) (string, float64) {
	// The scripts of the first langRunes characters; counting stops
	// once they decide the Devanagari model (countScriptsFrom26).
	sc, n, decided := countScriptsFrom26(scriptCount{}, title, langRunes, true)
	if !decided && n < langRunes {
		sc, _, _ = countScriptsFrom26(sc, body, langRunes-n, true)
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
	if sc.deva*4 < sc.latin && !hindiGrammar(title, body) {
		m = c.latin
	}
	acc := s.score(m)
	if r != nil && r.topic && m == c.deva {
		t := &r.tsc
		t.m, t.logs, t.known = c.topic, append(t.logs[:0], c.topic.prior...), 0
		r.fb.readBoth(title, body)
		acc.addLang(r.fb.lang)
		t.addWeighted(r.fb.topic)
		r.topicRead = true
	} else {
		s.buf = langFeatures(acc, title, body, s.buf)
	}
	p := posterior(acc.logs, acc.known)
	best, _ := top2(p)
	return m.Classes[best], p[best]
}

// langFeatures adds the language features of the first langRunes runes.
func langFeatures(b adder, title, body string, buf []byte) []byte {
	l := langReader{b: b, budget: langRunes}
	add := func(w []byte) bool { return l.word(w, hashBytes(kindWord, w)) }
	buf = words(title, 0, buf, add)
	if l.budget > 0 {
		buf = words(body, 0, buf, add)
	}
	return buf
}

// langReader adds the language features of words, one after another,
// while its budget of runes lasts.
type langReader struct {
	b       adder
	budget  int
	offsArr [66]int
}

// word adds word w's features (h is its hashBytes(kindWord, w)); false:
// the budget is spent, w is not read.
func (l *langReader) word(w []byte, h uint64) bool {
	if l.budget <= 0 {
		return false
	}
	// The word's edges: its first two and last two and three
	// characters, marked. Inflections and function-word endings are
	// where Hindi, Marathi and Nepali differ most (-चे, -ला, -ले, -छ),
	// and four lookups a word keep the cost per story small.
	offs := l.offsArr[:0]
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
		l.budget -= n + 1
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
		l.budget -= n + 1
	} else {
		l.budget -= utf8.RuneCount(w) + 1
		for i := range string(w) {
			offs = append(offs, i)
			if len(offs) > 64 {
				break
			}
		}
	}
	l.b.add(h, 1)
	k := len(offs)
	if k < 2 {
		return true
	}
	if k >= 3 {
		l.b.add(gram(w[:offs[2]], true, false), 1)
		l.b.add(gram(w[offs[k-3]:], false, true), 1)
	}
	l.b.add(gram(w[offs[k-2]:], false, true), 1)
	return true
}

// gram hashes a character n-gram, with the word-start and word-end marks:
// g is the n-gram's bytes, in a word's buffer or in place in the text
// (bothReader.field).
func gram[T string | []byte](g T, start, end bool) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kindGram)
	h *= fnvPrime
	if start {
		h ^= '^'
		h *= fnvPrime
	}
	for i := 0; i < len(g); i++ {
		h ^= uint64(g[i])
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
	return c.topics(posterior(sc.logs, sc.known))
}

// TopicOf is Topic of the Reading's title and body, with the story's
// tracked entity types and feed category (TopicInput): from the words
// LanguageOf read, if it read them (readBoth).
func (c *Classifier) TopicOf(r *Reading, entityTypes []string, feedCategory string) Topics {
	if !r.topicRead {
		return c.Topic(TopicInput{Title: r.title, Body: r.body, EntityTypes: entityTypes, FeedCategory: feedCategory})
	}
	r.topicRead = false
	topicTail(&r.tsc, entityTypes, feedCategory)
	return c.topics(posterior(r.tsc.logs, r.tsc.known))
}

// topics is the reading of the topic model's posterior p.
func (c *Classifier) topics(p []float64) Topics {
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
	topicTail(b, in.EntityTypes, in.FeedCategory)
	return buf
}

// topicTail adds the topic features after the words: the entity types and
// the feed's category.
func topicTail(b adder, entityTypes []string, feedCategory string) {
	for _, t := range entityTypes {
		b.add(hashString(kindEntType, t), 1)
	}
	if feedCategory != "" {
		b.add(hashString(kindFeed, feedCategory), 2)
	}
}

// grammarWords are Hindi's postpositions, conjunction and commonest verb
// forms, each a word of its own. Code-mixed copy writes the names and
// nouns in Latin letters but keeps these in Devanagari ("Reliance ने Google
// के साथ partnership का ऐलान किया"): Hindi, though most letters are Latin.
var grammarWords = map[string]bool{
	"ने": true, "को": true, "की": true, "का": true, "के": true, "में": true,
	"पर": true, "से": true, "और": true, "है": true, "हैं": true, "था": true,
	"थी": true, "थे": true, "बोले": true, "कहा": true, "किया": true,
}

// grammarScan bounds hindiGrammar's reading: the words of the title and
// the body's start.
const grammarScan = 60

// hindiGrammar reports whether Hindi's grammar words stand in the first
// grammarScan words of title and body at least twice: the story is
// Hindi written with Latin names and nouns, not English quoting a Hindi
// word.
func hindiGrammar(title, body string) bool {
	n, seen := 0, 0
	for _, f := range [2]string{title, body} {
		for len(f) > 0 && n < grammarScan {
			i := strings.IndexAny(f, " \n\t")
			w := f
			if i >= 0 {
				w, f = f[:i], f[i+1:]
			} else {
				f = ""
			}
			if w == "" {
				continue
			}
			n++
			if grammarWords[strings.Trim(w, ",.:;'\"।‘’“”!?")] {
				if seen++; seen >= 2 {
					return true
				}
			}
		}
	}
	return false
}
