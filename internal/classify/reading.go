package classify

// Reading is one story's title and body for both models: Analyze asks the
// language, then (for Hindi) the topic of the same text, and both read the
// title and the start of the body word by word. With the topic asked for
// (Reset), LanguageOf splits and hashes those words once for both
// (readBoth) and keeps the topic model's word scores for TopicOf. The zero
// value is ready for Reset; a Reading is not for concurrent use.
type Reading struct {
	title, body string
	// topic: TopicOf will be asked; topicRead: tsc holds the topic
	// model's scores of the words (readBoth), not yet of the tail.
	topic, topicRead bool
	tsc              scorer
	fb               featureBuf // readBoth's features, reused
}

// Reset starts a Reading of a new story; topic says whether TopicOf will
// be asked (a story whose feed declares its topic needs none).
func (r *Reading) Reset(title, body string, topic bool) {
	r.title, r.body, r.topic, r.topicRead = title, body, topic, false
}

// featureBuf holds the features readBoth extracted from one story, in
// order, for each model: the language model's (weight 1 each) and the
// topic model's with their weights. Scoring them from a slice keeps the
// scorers' calls direct (no adder interface in the word loop).
type featureBuf struct {
	lang  []uint64
	topic []weighted
	buf   []byte // a word's folded bytes
}

type weighted struct {
	h uint64
	w float64
}

// add lets a general word's language features (langReader) land in lang.
func (fb *featureBuf) add(h uint64, _ float64) { fb.lang = append(fb.lang, h) }

// wordHash0 is hashBytes(kindWord, nil): a word's hash before its bytes
// (FNV-1a's multiplication wraps around 64 bits).
const wordHash0 = uint64(((fnvOffset ^ kindWord) * fnvPrime) % (1 << 64))

// readBoth fills fb with the language features of title and body
// (langFeatures) and the topic's words (topicFeatures, all but its tail),
// splitting, folding and hashing each word once, in one pass over the
// bytes: the split is words' (same folding, same words), the word's hash
// is hashBytes(kindWord, w) taken as its bytes are written, and so are its
// characters' offsets for the language's edge grams. Each model gets the
// same features in the same order as alone: the language while its budget
// lasts, the topic topicTitleMax title words then topicBodyMax body words;
// the pass stops when neither reads on.
func (fb *featureBuf) readBoth(title, body string) {
	fb.lang, fb.topic = fb.lang[:0], fb.topic[:0]
	r := bothReader{fb: fb, budget: langRunes, max: topicTitleMax, weight: 2, bigrams: true}
	r.field(title)
	r.n, r.max, r.weight, r.bigrams, r.prev = 0, topicBodyMax, 1, false, 0
	r.field(body)
}

// bothReader is readBoth's state between words.
type bothReader struct {
	fb      *featureBuf
	budget  int // the language's runes left (langReader.budget)
	n, max  int // the topic's words read in this field, and its cap
	weight  float64
	bigrams bool
	prev    uint64
	// offs: the current word's first 64 characters' offsets in its
	// folded bytes (langReader.word's offs), and the 65th's or, in a
	// word read in place (field), a later one's: the edges read none
	// past the 64th.
	offs [65]int
}

// devaFold is how words folds a Devanagari character E0 b1 b2 (b1 A4 or
// A5), by b1&1 and b2: a letter or sign kept as it is, a separator (the
// dandas, the abbreviation sign), dropped (nukta), read as anusvara
// (chandrabindu), or kept but not well-formed (b2 not a continuation
// byte: the language reads the word the general way).
var devaFold = func() (t [2][256]byte) {
	for b2 := range 256 {
		for b1 := range 2 {
			switch {
			case b2&0xC0 != 0x80:
				t[b1][b2] = dfOdd
			case b1 == 1 && (b2 == 0xA4 || b2 == 0xA5 || b2 == 0xB0):
				t[b1][b2] = dfSep
			case b1 == 0 && b2 == 0xBC:
				t[b1][b2] = dfDrop
			case b1 == 0 && b2 == 0x81:
				t[b1][b2] = dfAnusvara
			}
		}
	}
	return t
}()

const (
	dfLetter = iota
	dfSep
	dfDrop
	dfAnusvara
	dfOdd
)

// word takes word w (h its hashBytes(kindWord, w); nc its characters and
// r.offs their offsets when simple) for both models, as readBoth's
// callback did; false: neither reads on.
func (r *bothReader) word(w []byte, h uint64, nc int, simple bool) bool {
	top := r.n < r.max
	if r.budget <= 0 && !top {
		return false
	}
	fb := r.fb
	if r.budget > 0 {
		if simple {
			// langReader.word's fast path, from the offsets taken.
			r.budget -= nc + 1
			fb.lang = append(fb.lang, h)
			fb.lang = edges26(fb.lang, w, &r.offs, nc)
		} else {
			l := langReader{b: fb, budget: r.budget}
			l.word(w, h)
			r.budget = l.budget
		}
	}
	if top {
		r.topicWord26(h)
	}
	return true
}

// addLang adds features hs (weight 1 each) to s, in order: add's sums,
// with a three-class model's (the Devanagari languages') kept in
// registers over the features. Each class's sum takes the same terms in
// the same order (and 1*x is x), so the scores are add's to the bit.
func (s *scorer) addLang(hs []uint64) {
	t := &s.m.table
	if len(s.logs) != 3 || t.classes != 3 {
		for _, h := range hs {
			s.add(h, 1)
		}
		return
	}
	logs := s.logs[:3]
	l0, l1, l2 := logs[0], logs[1], logs[2]
	known := 0
	for _, h := range hs {
		r, ok := t.row(h)
		if !ok {
			continue
		}
		known++
		ws := t.weights[r : r+3]
		l0 += float64(ws[0])
		l1 += float64(ws[1])
		l2 += float64(ws[2])
	}
	logs[0], logs[1], logs[2] = l0, l1, l2
	s.known += known
}

// addWeighted adds features fs to s, in order: add's sums, with a
// six-class model's (the topics') kept in registers (see addLang).
func (s *scorer) addWeighted(fs []weighted) {
	t := &s.m.table
	if len(s.logs) != 6 || t.classes != 6 {
		for _, f := range fs {
			s.add(f.h, f.w)
		}
		return
	}
	logs := s.logs[:6]
	l0, l1, l2, l3, l4, l5 := logs[0], logs[1], logs[2], logs[3], logs[4], logs[5]
	known := 0
	for _, f := range fs {
		r, ok := t.row(f.h)
		if !ok {
			continue
		}
		known++
		ws, w := t.weights[r:r+6], f.w
		l0 += w * float64(ws[0])
		l1 += w * float64(ws[1])
		l2 += w * float64(ws[2])
		l3 += w * float64(ws[3])
		l4 += w * float64(ws[4])
		l5 += w * float64(ws[5])
	}
	logs[0], logs[1], logs[2], logs[3], logs[4], logs[5] = l0, l1, l2, l3, l4, l5
	s.known += known
}
