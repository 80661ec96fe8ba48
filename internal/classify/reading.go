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
	buf              []byte // words' scratch
}

// Reset starts a Reading of a new story; topic says whether TopicOf will
// be asked (a story whose feed declares its topic needs none).
func (r *Reading) Reset(title, body string, topic bool) {
	r.title, r.body, r.topic, r.topicRead = title, body, topic, false
}

// readBoth adds the language features of title and body to lang
// (langFeatures) and the topic's words to topic (topicFeatures, all but
// its tail), splitting and hashing each word once. Each model gets the
// same features in the same order as alone: the language while its budget
// lasts, the topic topicTitleMax title words then topicBodyMax body words;
// the pass stops when neither reads on. buf is words' scratch.
func readBoth(lang, topic adder, title, body string, buf []byte) []byte {
	l := langReader{b: lang, budget: langRunes}
	var prev uint64
	n, max, weight, bigrams := 0, topicTitleMax, 2.0, true
	both := func(w []byte) bool {
		top := n < max
		if l.budget <= 0 && !top {
			return false
		}
		h := hashBytes(kindWord, w)
		if l.budget > 0 {
			l.word(w, h)
		}
		if top {
			n++
			topic.add(h, weight)
			if bigrams && prev != 0 {
				topic.add((prev*fnvPrime)^h^kindBigram, weight)
			}
			prev = h
		}
		return true
	}
	buf = words(title, 0, buf, both)
	n, max, weight, bigrams, prev = 0, topicBodyMax, 1, false, 0
	return words(body, 0, buf, both)
}
