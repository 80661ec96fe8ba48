package work

import (
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

// Layer 1: sentences and clauses.

// sentence is a token range [a, b) of a field, with the range [ma, mb) of
// the field's mentions that start inside it.
type sentence struct{ a, b, ma, mb int }

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"डा": true, "रु": true, "श्री": true, "सं": true, "मि": true, "जे": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "inc": true,
	"co": true, "no": true, "vs": true, "rs": true, "u": true, "s": true,
}

// sentences splits a field at danda, ?, !, a semicolon (two headlines in
// one: "X बोले- …; Y ने कहा- …"), a full stop and line breaks.
func sentences(f *field) []sentence { return sentencesBuf(f, nil) }

// sentencesBuf is sentences appending to buf[:0] (a story's scratch).
func sentencesBuf(f *field, buf []sentence) []sentence {
	out := buf[:0]
	start := 0
	for i, t := range f.toks {
		if i < start {
			continue
		}
		end := false
		switch t.Kind {
		case hindi.Break:
			end = true
		case hindi.Punct:
			switch f.words[i] {
			case "।", "॥", "?", "!", "|", ";":
				end = true
			case ".":
				end = true
				if i > 0 && abbreviations[f.words[i-1]] {
					end = false
				}
				if i+1 < len(f.toks) && f.toks[i+1].Start == t.End {
					end = false // x.com, x.ai, 1.5 written oddly
				}
			}
		}
		if end {
			// A closing quote right after the stop belongs to this sentence.
			e := i + 1
			for e < len(f.toks) && f.toks[e].Start == f.toks[e-1].End && isQuote(f.words[e]) {
				e++
			}
			if e > start {
				out = append(out, sentence{a: start, b: e})
			}
			start = e
		}
	}
	if start < len(f.toks) {
		out = append(out, sentence{a: start, b: len(f.toks)})
	}
	// Mentions are in text order: one pass assigns them to sentences.
	mi := 0
	for i := range out {
		for mi < len(f.mentions) && f.mentions[mi].tok < out[i].a {
			mi++
		}
		out[i].ma = mi
		for mi < len(f.mentions) && f.mentions[mi].tok < out[i].b {
			mi++
		}
		out[i].mb = mi
	}
	return out
}

// clauseKind says how a clause hangs from its sentence.
type clauseKind uint8

const (
	ckMain    clauseKind = iota
	ckContent            // after कि, inside quotes, after a speech verb or a headline colon
	ckRel                // a relative clause: जो, जिसमें, जिन्होंने …
)

// clause is a set of tokens of one sentence (not always contiguous: a
// relative clause in the middle is cut out of its host), with its parent
// (the clause that frames it) and, for a content clause, who says it.
type clause struct {
	kind   clauseKind
	parent int // index in the sentence's clauses, -1 for none
	toks   []int
	// speakerTok: a mention token that says a content clause when its
	// parent has no agent of its own ("…: X", "X: …").
	speakerTok int
	// relTok is the relative word of a relative clause.
	relTok int
	mood   string
	// futTok is the first future-tense verb of the clause (-1: none): a
	// predicate after it is not in the future ("तारीफ की, कहा … बनेगा").
	futTok int
	// denial: the clause denies (इनकार): its content clauses are negated.
	denial bool
	// denEnd ends the scope of a denial that does not reach the end of
	// its clause (0: none): a participle ("खंडन करते हुए …") or a
	// coordinated verb ("खंडन किया और कहा कि …") after it is asserted,
	// so only a predicate before denEnd is negated.
	denEnd int
	// quoted: direct speech in quotes (वह there is not the speaker).
	quoted bool
	// ki: the clause follows कि.
	ki bool
}

func (c *clause) first() int {
	if len(c.toks) == 0 {
		return -1
	}
	return c.toks[0]
}

func (c *clause) last() int {
	if len(c.toks) == 0 {
		return -1
	}
	return c.toks[len(c.toks)-1]
}

// clauses splits a sentence. cid[k-sn.a] receives the clause of token k.
//
// Boundaries: कि opens a content clause (to the end of the sentence or the
// next break); a quoted span is a content clause; a speech verb followed by
// a comma, colon or dash opens one ("X बोले, Y …"); a headline colon
// or dash splits the sentence, the side that is only a name being the
// speaker of the other; a relative word opens a relative clause up to the
// next comma, after which its host resumes; a contrastive conjunction
// (लेकिन, जबकि …) and a finite verb followed by और or a comma start a new
// main clause.
func (a *Analyzer) clauses(f *field, sn sentence, fl []uint64, cid []int32, buf []clause) []clause {
	cls := buf[:0]
	newClause := func(kind clauseKind, parent int) int {
		n := len(cls)
		var toks []int
		if n < cap(cls) {
			toks = cls[:n+1][n].toks[:0] // reuse the buffer
		}
		cls = append(cls, clause{kind: kind, parent: parent, speakerTok: -1, relTok: -1, futTok: -2, toks: toks})
		return n
	}
	cur := newClause(ckMain, -1)
	// Quotes: pair them up first (quoteEnd: open token → close token).
	var qbuf [8][2]int
	quotes := qbuf[:0]
	open := -1
	for k := sn.a; k < sn.b; k++ {
		if isQuote(f.words[k]) && f.words[k] != "`" {
			if open < 0 {
				open = k
			} else {
				// A short quote with no name in it is a label ("'सबसे
				// कमजोर उम्मीदवार' बताया"), not someone's words.
				if k-open > 8 && k-open < 80 || k-open > 2 && (mentionIn(f, sn, fl, open, k) || speechAfter(f, sn, fl, k)) {
					quotes = append(quotes, [2]int{open, k})
				}
				open = -1
			}
		}
	}
	quoteEnd := func(k int) (int, bool) {
		for _, q := range quotes {
			if q[0] == k {
				return q[1], true
			}
		}
		return 0, false
	}
	host := -1 // the clause a relative clause interrupts
	for k := sn.a; k < sn.b; k++ {
		w := f.words[k]
		x := fl[k-sn.a]
		// A plain word (no flag, not punctuation) opens nothing.
		if x == 0 && f.toks[k].Kind == hindi.Word && w != "पर" && !relForm(w) {
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			continue
		}
		if e, ok := quoteEnd(k); len(quotes) > 0 && ok {
			q := newClause(ckContent, cur)
			cls[q].quoted = true
			for j := k; j <= e; j++ {
				// Inside the quote, "…नहीं है, वह … हैं" are two
				// clauses of the same speaker.
				// "यह अर्थव्यवस्था नहीं, अहंकार की नीति है": the negation
				// stays before the comma.
				if j > k+1 && j < e-1 && (f.words[j-1] == "," || fl[j-1-sn.a]&fwAnd != 0) && j > k+2 && (fl[j-2-sn.a]&(fwFinite|fwNeg) != 0 || f.words[j-1] == "," && fl[j-sn.a]&fwSubjPron != 0) {
					q = newClause(ckContent, cls[q].parent)
					cls[q].quoted = true
				}
				cid[j-sn.a] = int32(q)
				cls[q].toks = append(cls[q].toks, j)
			}
			k = e
			continue
		}
		switch {
		case x&fwKi != 0:
			cur = newClause(ckContent, cur)
			cls[cur].ki = true
			host = -1
		case x&fwBreak != 0 || w == "पर" && k > sn.a && f.words[k-1] == ",":
			// "X ने कहा कि A, लेकिन B": B is still X's words.
			if cls[cur].kind == ckContent {
				cur = newClause(ckContent, cls[cur].parent)
			} else {
				cur = newClause(ckMain, -1)
			}
			host = -1
		case (x&(fwRel|fwRelAgent) != 0 || relForm(w)) && k > sn.a && !nameAfterCoordinator(f, sn, fl, k):
			if host < 0 {
				host = cur
			}
			cur = newClause(ckRel, host)
			cls[cur].relTok = k
		case w == "," && host >= 0 && relClosed(f, sn, fl, cls[cur].toks, k):
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur, host = host, -1
			continue
		case (w == ":" || w == "—" || w == "-" && k > sn.a && k+1 < sn.b && (f.toks[k].Start > f.toks[k-1].End || f.toks[k+1].Start > f.toks[k].End)) && k > sn.a && k+1 < sn.b:
			// A headline colon: "X: …" or "…: X"; or content
			// after "X का दावा:", "X ने कहा:".
			c := newClause(ckContent, cur)
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur = c
			continue
		case (w == "," || w == ":") && k > sn.a && fl[k-1-sn.a]&(fwSpeech|fwPostSpeech) != 0:
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur = newClause(ckContent, cur)
			continue
		case w == "," && k+1 < sn.b && fl[k+1-sn.a]&fwSubjPron != 0 && cls[cur].kind != ckRel:
			// "…कोई झगड़ा नहीं, वह महान हैं": a new subject.
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur = newClause(cls[cur].kind, cls[cur].parent)
			continue
		case w == "," && k+1 < sn.b && newSubjectAt(f, sn, fl, k+1, cls[cur].toks, cls[cur].kind == ckContent):
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur = newClause(ckMain, -1)
			host = -1
			continue
		case (x&fwAnd != 0 || w == ",") && k > sn.a && (fl[k-1-sn.a]&fwFinite != 0 || k+1 < sn.b && fl[k+1-sn.a]&fwSpeech != 0 && w == ",") && k+1 < sn.b && fl[k+1-sn.a]&(fwKi|fwRel|fwRelAgent) == 0:
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			kind, parent := cls[cur].kind, cls[cur].parent
			if kind == ckRel && host < 0 {
				kind = ckMain
				parent = -1
			}
			cur = newClause(kind, parent)
			continue
		}
		cid[k-sn.a] = int32(cur)
		cls[cur].toks = append(cls[cur].toks, k)
	}
	return cls
}

// relForm reports an oblique relative pronoun the word lists may lack:
// जिन/जिस + में, को, से (not जिससे: "so that"), पर.
func relForm(w string) bool {
	if !strings.HasPrefix(w, "जि") {
		return false
	}
	switch w {
	case "जिनमें", "जिनमे", "जिनको", "जिसको", "जिनसे", "जिनपर", "जिसपर":
		return true
	}
	return false
}

// relClosed reports a relative clause that the comma at token c may end.
// A comma before the clause's verb that opens a list ("जिसमें अंतरिक्ष,
// बैटरी और एआई … थे": a coordinator or another comma within three
// words) lists nouns inside it.
func relClosed(f *field, sn sentence, fl []uint64, toks []int, c int) bool {
	if len(toks) > 24 {
		return true
	}
	for _, k := range toks {
		if fl[k-sn.a]&(fwFinite|fwCopula) != 0 {
			return true
		}
	}
	for j := c + 1; j < sn.b && j <= c+3; j++ {
		if f.words[j] == "," || fl[j-sn.a]&fwAnd != 0 {
			return false
		}
	}
	return true
}

// speechAfter reports a speech verb soon after a closing quote at token
// q ("“…,” X ने कहा"): the quote is someone's words, however short.
func speechAfter(f *field, sn sentence, fl []uint64, q int) bool {
	if q+1 >= sn.b || f.words[q+1] != "," && f.words[q-1] != "," {
		return false
	}
	for k := q + 1; k < sn.b && k <= q+16; k++ {
		if fl[k-sn.a]&fwSpeech != 0 {
			return true
		}
	}
	return false
}

// mentionIn reports a mention or a pronoun inside tokens (from, to).
func mentionIn(f *field, sn sentence, fl []uint64, from, to int) bool {
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok > from && m.tok < to {
			return true
		}
	}
	for k := from + 1; k < to; k++ {
		if fl[k-sn.a]&(fwSubjPron|fwAgentPron|fwGenPron|fwTargetPron) != 0 {
			return true
		}
	}
	return false
}

// newSubjectAt reports a name at token k that opens a clause of its own
// after a comma: "…, X का पलटवार", "…, X बोले- …", or "…, X
// X ने …" when the clause before already has its ने-agent.
func newSubjectAt(f *field, sn sentence, fl []uint64, k int, before []int, content bool) bool {
	ms := f.mentions[sn.ma:sn.mb]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= k })
	if i >= len(ms) || ms[i].tok != k || ms[i].tokEnd >= sn.b {
		return false
	}
	e := ms[i].tokEnd
	next := f.words[e]
	if fl[e-sn.a]&(fwPostSpeech) != 0 || isGenitive(next) && e+1 < sn.b && fl[e+1-sn.a]&^fwEntry == 0 {
		return true
	}
	if next == "ने" {
		// "X पर बरसे, Y ने कहा …" keeps one subject.
		speech := e+1 < sn.b && fl[e+1-sn.a]&fwSpeech != 0
		for _, j := range before {
			if f.words[j] == "ने" || (content || !speech) && fl[j-sn.a]&fwEntry != 0 {
				return true
			}
		}
	}
	return false
}

// nameAfterCoordinator reports a relative word that is a given name in a
// list ("… और X की आलोचना"): after a coordinator, one word, then a
// postposition.
func nameAfterCoordinator(f *field, sn sentence, fl []uint64, k int) bool {
	// Only जो is also a given name ("… और जो बाइडन की"); जिनमें,
	// जिसके … are always relatives.
	if k-1 < sn.a || k+2 >= sn.b || f.words[k] != "जो" {
		return false
	}
	if fl[k-1-sn.a]&fwAnd == 0 && f.words[k-1] != "," {
		return false
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok == k+1 {
			return false
		}
	}
	return f.toks[k+1].Kind == hindi.Word && fl[k+1-sn.a]&^fwEntry == 0 && fl[k+2-sn.a]&fwPostposition != 0
}
