package work

import (
	"slices"
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

// Layer 1: sentences and clauses.

// sentence is a token range [a, b) of a field, with the range [ma, mb) of
// the field's mentions that start inside it.
type sentence struct {
	a, b, ma, mb int
	// qa, qb: a quote that runs over a sentence boundary covers tokens
	// [qa, qb] of this sentence (-1: none); qprev: it opened in an
	// earlier sentence (markQuotes).
	qa, qb int
	qprev  bool
	// qspk says a quote of this sentence with no speaker of its own:
	// the entity named after it ("“…”, X ने कहा", "यह बात X ने कही"),
	// or spkNone, spkUntracked ("…,” एक विश्लेषक ने कहा"), spkPron
	// ("…,” उन्होंने कहा").
	qspk int
	// qtopic: the one its tag says the quote is about ("“…” X ने ये
	// बातें Y के बारे में कहीं"), or spkNone.
	qtopic int
	// qcharge: the sentence after the quote points back at it as a
	// charge ("“…” X ने यह आरोप लगाया").
	qcharge bool
	// cont: a piece of a long sentence cut before it (appendSentence);
	// cut: a piece the next one was cut from. Only across such a cut
	// does a subjectless clause take the piece before's agent (long21.go).
	cont, cut bool
	// qtag37: 1 + the index of the sentence holding the quote's tag
	// from token qtagFrom37 on, when that tag named no tracked name
	// (officeTag37).
	qtag37, qtagFrom37 int
}

const (
	spkNone      = -1
	spkUntracked = -2
	spkPron      = -3
)

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
// A field prepareBuf listed visits only its punctToks (the stops, line
// breaks and quote marks); any other field walks its tokens.
func sentencesBuf(f *field, buf []sentence) []sentence {
	out := buf[:0]
	start := 0
	toks := f.toks
	if f.titled {
		for _, p := range f.punctToks {
			i := int(p)
			if i < start {
				continue
			}
			if e, end := sentenceStop(f, i); end {
				if e > start {
					out = appendSentence(out, f, start, e)
				}
				start = e
			}
		}
	} else {
		for i := 0; i < len(toks); i++ {
			// A word ends nothing (most tokens): the words are passed
			// over in a loop of their own.
			for i < len(toks) && toks[i].Kind == hindi.Word {
				i++
			}
			if i >= len(toks) {
				break
			}
			if i < start {
				continue
			}
			if e, end := sentenceStop(f, i); end {
				if e > start {
					out = appendSentence(out, f, start, e)
				}
				start = e
			}
		}
	}
	if start < len(f.toks) {
		out = appendSentence(out, f, start, len(f.toks))
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

// punctCount is the number of tokens a scan for a stop or a quote mark
// visits: the field's punctToks when prepareBuf listed them, else all its
// tokens; punctAt is the j-th of them.
func (f *field) punctCount() int {
	if f.titled {
		return len(f.punctToks)
	}
	return len(f.toks)
}

// punctAt is the index of the j-th token punctCount counts.
func (f *field) punctAt(j int) int {
	if f.titled {
		return int(f.punctToks[j])
	}
	return j
}

// sentenceStop reports that token i ends a sentence, and the index after
// the sentence it ends (past a closing quote right after the stop).
func sentenceStop(f *field, i int) (int, bool) {
	t := &f.toks[i]
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
	if !end {
		return 0, false
	}
	// A closing quote right after the stop belongs to this sentence
	// (not one opening the next paragraph after a line break).
	e := i + 1
	for e < len(f.toks) && t.Kind != hindi.Break && f.toks[e].Start == f.toks[e-1].End && isQuote(f.words[e]) {
		e++
	}
	return e, true
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
	// negFrom starts the scope of a negator that stands in a later
	// conjunct of its clause (0: none): "Y ने बहस जीती और Z के पास कोई
	// जवाब नहीं था" — only a predicate from negFrom on is negated.
	negFrom int
	// condEnd ends the scope of a condition that does not reach the end
	// of its clause (0: none): "अगर … तो वह अदालत जाएंगे, और Y को
	// धोखेबाज बताया" — only a predicate before condEnd is hypothetical.
	condEnd int
	// askedEnd29 ends the scope of a question asked of someone that
	// shares its clause with the answer ("… पूछा गया कि क्या वे …
	// मिलेंगे, तो उन्होंने कहा कि …"; 0: none): the तो after the comma
	// (answered29.go). A clause after it does not take the question's
	// mood.
	askedEnd29 int
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
// appendClause adds a clause of kind under parent to cls and returns
// the slice and its index; a slot kept past the last sentence's clauses
// gives back its token buffer. (A function, not a closure over cls: the
// clause loop keeps cls in its own variable.)
func appendClause(cls []clause, kind clauseKind, parent int) ([]clause, int) {
	n := len(cls)
	var toks []int
	if n < cap(cls) {
		toks = cls[:n+1][n].toks[:0] // reuse the buffer
	}
	return append(cls, clause{kind: kind, parent: parent, speakerTok: -1, relTok: -1, futTok: -2, toks: toks}), n
}

func (a *Analyzer) clauses(f *field, sn *sentence, fl []uint64, cid []int32, buf []clause, scr uint64) []clause {
	cls := buf[:0]
	// The sentence's screen (sentScreen): most have no according word
	// and no relative form relForm reads.
	according, rel := scr&swAccording != 0, scr&swRelForm != 0
	// The field's slices in locals: the loops below store into cid and
	// cls, and would reload them from f at every token.
	words, toks := f.words, f.toks
	var cur int
	cls, cur = appendClause(cls, ckMain, -1)
	// Quotes: pair them up first (quoteEnd: open token → close token).
	var qbuf [8][2]int
	quotes := qbuf[:0]
	open := -1
	// A quote running over sentences covers [sn.qa, sn.qb] (markQuotes).
	if sn.qa >= 0 {
		quotes = append(quotes, [2]int{sn.qa, sn.qb})
	}
	for k := sn.a; k < sn.b && scr&swQuote != 0; k++ {
		if sn.qa >= 0 && k >= sn.qa && k <= sn.qb {
			continue
		}
		if isQuote(words[k]) && words[k] != "`" {
			// "''…''": a doubled mark is one.
			if k > sn.a && words[k-1] == words[k] && toks[k].Start == toks[k-1].End {
				continue
			}
			if open < 0 {
				open = k
			} else {
				// A short quote with no name in it is a label ("'सबसे
				// कमजोर उम्मीदवार' बताया"), not someone's words.
				// The second half of a quote split by its tag ("“X,” Y ने
				// कहा, “… हैं।”") is words however short.
				if quotedPredicate12(f, sn, fl, open, k) {
					// "… कि Y 'सालों से लोगों को धोखा दे रहा था'": the
					// quote is the clause's own predicate (fresho12.go).
				} else if inlineLabel(f, sn, fl, open, k) && (!mentionIn(f, sn, fl, open, k) || genitiveMentionsOnly(f, sn, fl, open, k)) {
					// "Y "…" हैं", "Y को "…" बताया": a label.
				} else if k-open > 8 && k-open < 80 || k-open > 2 && (mentionIn(f, sn, fl, open, k) || titleQuote31(f, sn, fl, open, k) || speechAfter(f, sn, fl, k) && !callingBefore(f, sn, open)) || len(quotes) > 0 && splitQuote(f, sn, fl, quotes[len(quotes)-1][0], quotes[len(quotes)-1][1], open) {
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
	// relFin: the comma that closed a relative clause interrupting a
	// host whose predicate was already complete ("X ने तब Y पर भरोसा किया
	// जब …, और …"): an "और" right after it opens the host's next
	// conjunct, as after the host's own verb (session 21).
	relFin := -1
	frontComma := -1 // the comma that closes a fronted relative (relfront28.go)
	lastQ, lastQOpen, lastQEnd := -1, -1, -1
	for k := sn.a; k < sn.b; k++ {
		// Most tokens open nothing: quietRun puts them into the current
		// clause in a loop of its own, and the cases below read the
		// first token it leaves.
		if k = a.quietRun(f, sn, fl, cid, &cls[cur], cur, host >= 0 && cls[cur].kind == ckRel, k); k >= sn.b {
			break
		}
		if e := apposSpan33c(f, sn, k); e > k { // "X, जो … हैं, ने" (inv33c.go)
			for ; k < e; k++ {
				cid[k-sn.a] = int32(cur)
				cls[cur].toks = append(cls[cur].toks, k)
			}
			k--
			continue
		}
		w := words[k]
		x := fl[k-sn.a]
		// A plain word (no flag, not punctuation) opens nothing.
		// "X के मुताबिक(,) …", "उनके अनुसार …": what follows is X's
		// words.
		if according && k > sn.a+1 && a.accordingWord(f, k-1) && cls[cur].kind == ckMain && accordingTo(f, sn, fl, k-1) {
			if w == "," {
				cid[k-sn.a] = int32(cur)
				cls[cur].toks = append(cls[cur].toks, k)
				cls, cur = appendClause(cls, ckContent, cur)
				continue
			}
			cls, cur = appendClause(cls, ckContent, cur)
		}
		// "X ने कहा Y … है": a speech verb with no कि or comma before
		// a clause of its own opens the words.
		if k > sn.a+1 && fl[k-1-sn.a]&fwSpeech != 0 && toks[k].Kind == hindi.Word && x&(fwKi|fwFinite|fwCopula|fwPostposition|fwAnd|fwBreak|fwNeg|fwSpeech) == 0 && cls[cur].kind != ckRel && bareSpeech(f, sn, fl, cls[cur].toks, k) {
			cls, cur = appendClause(cls, ckContent, cur)
			host = -1
		}
		if x == 0 && toks[k].Kind == hindi.Word && w != "पर" && !(rel && relForm(w)) && k != sn.qa {
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			continue
		}
		if len(quotes) == 0 {
			// No quote: the switch below.
		} else if e, ok := quoteEnd(k); ok {
			var q int
			if lastQ >= 0 && splitQuote(f, sn, fl, lastQOpen, lastQEnd, k) {
				// "“X,” Y ने कहा, “… हैं।”": one sentence of Y's
				// around the tag.
				q = lastQ
			} else {
				cls, q = appendClause(cls, ckContent, cur)
				cls[q].quoted = true
			}
			lastQ, lastQOpen, lastQEnd = q, k, e
			afterRel := -1 // the token after a relative clause cut out of the quote
			for j := k; j <= e; j++ {
				// "“Y ने …, जिस पर …, कभी … नहीं …”": a relative clause
				// between commas inside the quote is cut out of its host,
				// as outside one (quote28.go).
				if c := relInQuote28(f, sn, fl, j, e); c > 0 {
					var r int
					cls, r = appendClause(cls, ckRel, q)
					cls[r].quoted, cls[r].relTok = true, j
					for ; j <= c; j++ {
						cid[j-sn.a] = int32(r)
						cls[r].toks = append(cls[r].toks, j)
					}
					j, afterRel = c, c+1
					continue
				}
				// Inside the quote, "…नहीं है, वह … हैं" are two
				// clauses of the same speaker.
				// "यह अर्थव्यवस्था नहीं, अहंकार की नीति है": the negation
				// stays before the comma.
				// "“मैं X का सम्मान करता हूं, लेकिन … नहीं हैं”": a
				// contrastive conjunction starts a clause of its own (its
				// negation stays there).
				if j != afterRel && j > k+1 && j < e-1 && (words[j-1] == "," || fl[j-1-sn.a]&fwAnd != 0) && j > k+2 && (fl[j-2-sn.a]&(fwFinite|fwNeg) != 0 || words[j-1] == "," && fl[j-sn.a]&fwSubjPron != 0 || words[j-1] == "," && quoteFirstPerson28(f, k, j, e)) || j > k+2 && j < e-1 && fl[j-sn.a]&fwBreak != 0 {
					cls, q = appendClause(cls, ckContent, cls[q].parent)
					cls[q].quoted = true
				}
				cid[j-sn.a] = int32(q)
				cls[q].toks = append(cls[q].toks, j)
				// "“Y ने मुझसे कहा था कि …”": कि after a speech verb
				// inside the quote opens the words of the one the quote
				// reports ("“Y जानते हैं कि …”" stays the speaker's).
				if fl[j-sn.a]&fwKi != 0 && j > k+2 && j+1 < e && (fl[j-1-sn.a]|fl[j-2-sn.a])&fwSpeech != 0 {
					cls, q = appendClause(cls, ckContent, q)
					cls[q].quoted, cls[q].ki = true, true
				}
			}
			k = e
			continue
		}
		// A word with none of the flags the cases below read (most
		// postpositions and verbs) opens nothing: the punctuation the
		// other cases ask for is never a word token.
		if toks[k].Kind == hindi.Word && x&(fwKi|fwBreak|fwRel|fwRelAgent|fwAnd) == 0 && w != "पर" && !(rel && relForm(w)) && !(host >= 0 && cls[cur].kind == ckRel) {
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			continue
		}
		switch {
		case w == "जो" && frontComma < 0 && frontedRel28(f, sn, fl, k) >= 0:
			// "X ने Y के खिलाफ जो N किया था, उसे …": X's own act.
			frontComma = frontedRel28(f, sn, fl, k)
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			continue
		case k == frontComma:
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, ckMain, -1)
			host = -1
			continue
		case cls[cur].kind == ckRel && host >= 0 && correlative(f, sn, fl, cls[cur], k):
			// "X ने जो (कुछ) कहा वह अपमानजनक था": the correlative
			// after the relative's verb goes back to the host, where
			// the relative stands for what X did.
			cur, host = host, -1
		case w == "," && cls[cur].kind == ckContent && condBack38(cls, cur, words, fl, sn, k) >= 0:
			// "R ने पूछा कि जब T कह रहे हैं कि P, तो Q": Q is R's (veto38.go).
			back := condBack38(cls, cur, words, fl, sn, k)
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur, host = back, -1
			continue
		case x&fwKi != 0:
			cls, cur = appendClause(cls, ckContent, cur)
			cls[cur].ki = true
			host = -1
		case x&fwBreak != 0 || w == "पर" && k > sn.a && words[k-1] == ",":
			// "X ने कहा कि A, लेकिन B": B is still X's words.
			if up := claimAbove(cls, cur, words, fl, sn); up >= 0 && cls[cur].kind == ckContent {
				cls, cur = appendClause(cls, ckContent, up) // "… T दावा करते हैं कि P, लेकिन Q" (freshp12.go)
			} else if cls[cur].kind == ckContent {
				cls, cur = appendClause(cls, ckContent, cls[cur].parent)
			} else {
				cls, cur = appendClause(cls, ckMain, -1)
			}
			host = -1
		case (x&(fwRel|fwRelAgent) != 0 || rel && relForm(w)) && k > sn.a && !nameAfterCoordinator(f, sn, fl, k) && !agentWhen(f, k) && !whenever32(f, sn, k):
			if host < 0 {
				host = cur
			}
			cls, cur = appendClause(cls, ckRel, host)
			cls[cur].relTok = k
		case w == "," && host >= 0 && relClosed(f, sn, fl, cls[cur].toks, k):
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			if ht := cls[host].toks; len(ht) > 0 && ht[len(ht)-1] >= sn.a && fl[ht[len(ht)-1]-sn.a]&fwFinite != 0 {
				relFin = k
			}
			cur, host = host, -1
			continue
		case isDash(w) && lastQEnd >= 0 && lastQEnd == k-1 && k+1 < sn.b:
			// "“…” — X ने (Y के बारे में) कहा": a dash right after a
			// quote opens its tag, as a comma does (dashTag12).
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			continue
		case (w == ":" || w == "—" || w == "-" && k > sn.a && k+1 < sn.b && (toks[k].Start > toks[k-1].End || toks[k+1].Start > toks[k].End)) && k > sn.a && k+1 < sn.b:
			// A headline colon: "X: …" or "…: X"; or content
			// after "X का दावा:", "X ने कहा:". A label of a contest
			// ("Musk vs Trump:", "X बनाम Y:") says nothing: what
			// follows is the headline itself.
			// "14:35 — …": a colon inside a time stays in its clause,
			// and the dash after the stamp opens the line's own main
			// clause (stamp23.go).
			if stampColon23(f, sn, k) {
				cid[k-sn.a] = int32(cur)
				cls[cur].toks = append(cls[cur].toks, k)
				continue
			}
			if afterStamp23(f, sn, k) || w == ":" && (versusLabel(f, cls[cur].toks) || datelineLabel(f, sn, fl, k)) || leadLabel31(f, sn, fl, k, cls[cur].toks) {
				cid[k-sn.a] = int32(cur)
				cls[cur].toks = append(cls[cur].toks, k)
				cls, cur = appendClause(cls, ckMain, -1)
				continue
			}
			var c int
			cls, c = appendClause(cls, ckContent, cur)
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cur = c
			continue
		case (w == "," || w == ":") && k > sn.a && fl[k-1-sn.a]&(fwSpeech|fwPostSpeech) != 0:
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, ckContent, cur)
			continue
		case w == "," && k+2 < sn.b && cls[cur].kind == ckContent && (fl[k+1-sn.a]&fwObliquePron != 0 && fl[k+2-sn.a]&fwPostposition != 0 || fl[k+1-sn.a]&fwTargetPron != 0):
			// "सन बोले- Y जीनियस, उन पर पूरा भरोसा": in someone's
			// words, a pronoun object after a comma opens a new
			// predicate of the same speaker.
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, ckContent, cls[cur].parent)
			continue
		case w == "," && k+1 < sn.b && fl[k+1-sn.a]&fwSubjPron != 0 && cls[cur].kind != ckRel:
			// "…कोई झगड़ा नहीं, वह महान हैं": a new subject.
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, cls[cur].kind, cls[cur].parent)
			continue
		case w == "," && k+1 < sn.b && (newSubjectAt(f, sn, fl, k+1, cls[cur].toks, cls[cur].kind == ckContent) || untrackedNeAfter(f, sn, fl, k, cls[cur].toks)):
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, ckMain, -1)
			host = -1
			continue
		case w == "," && f.name == "title" && cls[cur].kind != ckRel && (verbFirstAfter(f, sn, k, cls[cur].toks) || quoteAfterCall(f, sn, fl, k) || cls[cur].kind == ckContent && thanksCallAfter13(f, sn, k)):
			// "X ने किया Y का स्वागत, साथ में कसा तंज": a headline's
			// second verb-first predicate of the same agent.
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, cls[cur].kind, cls[cur].parent)
			continue
		case w == "," && cls[cur].kind == ckMain && k+1 < sn.b && a.genDoerBefore(f, sn, k):
			// "X का तीखा हमला, Y झूठे हैं": after a headline's act
			// noun with its genitive doer, the words are the doer's.
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, ckContent, cur)
			continue
		case w == "," && k > sn.a && cls[cur].kind == ckMain && tagAfterComma16(f, sn, fl, k):
			// "Y की रणनीति कारगर रही, X ने (एक इंटरव्यू में) कहा।": the
			// tag is a clause of its own (attachSpeakers reads it).
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			cls, cur = appendClause(cls, ckMain, -1)
			continue
		case (x&fwAnd != 0 || w == ",") && k > sn.a && ((fl[k-1-sn.a]&fwFinite != 0 || x&fwAnd != 0 && relFin == k-1 || finiteQuoteBefore(f, sn, fl, k, cls[cur].kind == ckContent)) && !genCoord(f, sn, k) || k+1 < sn.b && fl[k+1-sn.a]&fwSpeech != 0 && w == ",") && k+1 < sn.b && fl[k+1-sn.a]&(fwKi|fwRel|fwRelAgent) == 0 && !genAside24(f, sn, fl, k):
			cid[k-sn.a] = int32(cur)
			cls[cur].toks = append(cls[cur].toks, k)
			kind, parent := cls[cur].kind, cls[cur].parent
			if kind == ckRel && host < 0 {
				kind = ckMain
				parent = -1
			}
			cls, cur = appendClause(cls, kind, parent)
			continue
		}
		cid[k-sn.a] = int32(cur)
		cls[cur].toks = append(cls[cur].toks, k)
	}
	return cls
}

// Marks of Analyzer.clauseMark, by word id + 1 (field.wid).
const (
	// cmNoisy: a word the clause loop reads by its text whatever its
	// flags: पर, a relative form (relForm) or a quote mark (isQuote).
	cmNoisy uint8 = 1 << iota
	// cmAccording: one of accordingWords; the loop's first case reads
	// the token after it.
	cmAccording
)

// quietRun puts the tokens from k on that open nothing into clause cur
// (cl), as the loop of clauses does with them, and returns the first
// token it leaves to that loop (sn.b: none left). It keeps the loop's
// most common path out of the loop's many live values, so that its own
// few stay in registers.
//
// A token is quiet, and the loop would only add it to cur, when all of
// these hold:
//   - it is a word and not sn.qa (the loop's quote cases start only
//     there or at a quote mark, which is cmNoisy);
//   - its word is not cmNoisy (the loop compares those by their text);
//   - it has no flag, or none of fwKi, fwBreak, fwRel, fwRelAgent and
//     fwAnd while cur is not a relative clause with a host (relHost);
//   - the token before it (if any) has no fwSpeech flag and is no
//     according word (the loop's first two cases read it).
//
// With no word ids (f.wid nil) no token is taken.
func (a *Analyzer) quietRun(f *field, sn *sentence, fl []uint64, cid []int32, cl *clause, cur int, relHost bool, k int) int {
	if f.wid == nil || k >= sn.b {
		return k
	}
	n := sn.b - sn.a
	marks := a.clauseMark
	wid, toks := f.wid[sn.a:sn.b], f.toks[sn.a:sn.b]
	fl, cid = fl[:n], cid[:n]
	i := k - sn.a
	if i > 0 && (fl[i-1]&fwSpeech != 0 || marks[wid[i-1]]&cmAccording != 0) {
		return k
	}
	qa := sn.qa - sn.a // (negative: none)
	c := int32(cur)
	ctoks := cl.toks
	for ; i < n; i++ {
		x := fl[i]
		m := marks[wid[i]]
		if toks[i].Kind != hindi.Word || m&cmNoisy != 0 || i == qa {
			break
		}
		if x != 0 && (relHost || x&(fwKi|fwBreak|fwRel|fwRelAgent|fwAnd) != 0) {
			break
		}
		cid[i] = c
		ctoks = append(ctoks, i+sn.a)
		if x&fwSpeech != 0 || m&cmAccording != 0 {
			i++ // quiet, but the token after it is the loop's
			break
		}
	}
	cl.toks = ctoks
	return i + sn.a
}

// accordingWords close "X के मुताबिक", "X के अनुसार" (what follows is X's
// words).
var accordingWords = [...]string{"मुताबिक", "अनुसार"}

// accordingWord reports whether token k is one of accordingWords: by its
// word id (Analyzer.according) when the field has them.
func (a *Analyzer) accordingWord(f *field, k int) bool {
	if f.wid != nil {
		return a.according[f.wid[k]]
	}
	return slices.Contains(accordingWords[:], f.words[k])
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
func relClosed(f *field, sn *sentence, fl []uint64, toks []int, c int) bool {
	if len(toks) > 24 {
		return true
	}
	for _, k := range toks {
		if fl[k-sn.a]&(fwFinite|fwCopula) != 0 && !postpositionNotVerb28(f, sn, k) && !genitiveKi35(f, sn, fl, k, c) {
			return true
		}
	}
	for j := c + 1; j < sn.b && j <= c+3; j++ {
		if f.words[j] == "," || fl[j-sn.a]&fwAnd != 0 {
			return false
		}
	}
	return !relListGoesOn31(f, sn, fl, toks, c) && !relListStarts35(f, sn, fl, toks, c)
}

// speechAfter reports a speech verb soon after a closing quote at token
// q ("“…,” X ने कहा"): the quote is someone's words, however short.
func speechAfter(f *field, sn *sentence, fl []uint64, q int) bool {
	if q+1 >= sn.b || f.words[q+1] != "," && f.words[q-1] != "," && !dashTag12(f, sn, q) {
		return false
	}
	for k := q + 1; k < sn.b && k <= q+16; k++ {
		if fl[k-sn.a]&fwSpeech != 0 || saidBack12(f, k) {
			return true
		}
	}
	return false
}

// mentionIn reports a mention or a pronoun inside tokens (from, to).
func mentionIn(f *field, sn *sentence, fl []uint64, from, to int) bool {
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
func newSubjectAt(f *field, sn *sentence, fl []uint64, k int, before []int, content bool) bool {
	ms := f.mentions[sn.ma:sn.mb]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= k })
	if i >= len(ms) || ms[i].tok != k || ms[i].tokEnd >= sn.b {
		return false
	}
	e := ms[i].tokEnd
	// "…, हैरिस अभियान बोला- …": an owner noun after the name.
	if fl[e-sn.a]&fwOwnerNoun != 0 && e+1 < sn.b && fl[e+1-sn.a]&fwPostSpeech != 0 {
		e++
	}
	next := f.words[e]
	if isGenitive(next) && actNounLast(f, sn, ms, k-1, e+1) {
		return false
	}
	if fl[e-sn.a]&(fwPostSpeech) != 0 || isGenitive(next) && e+1 < sn.b && fl[e+1-sn.a]&^fwEntry == 0 {
		return true
	}
	if next == "ने" && verbFirstSubject(f, sn, ms, k-1) {
		return true
	}
	if next == "ने" {
		// "X पर बरसे, Y ने कहा …" keeps one subject.
		speech := e+1 < sn.b && fl[e+1-sn.a]&fwSpeech != 0
		// "X बोले- 'Q', Y ने …": the quote was X's whole words.
		if content && len(before) == 0 && quoteClosedBefore12(f, sn, k) {
			return true
		}
		for _, j := range before {
			if f.words[j] == "ने" || (content || !speech) && fl[j-sn.a]&fwEntry != 0 {
				return true
			}
		}
		// "Y पर X की याचिका खारिज, Z ने कहा- …": the act before has its
		// own doer (a name owning the act noun), so Z only speaks.
		if speech && ownedActBefore20(f, sn, fl, ms, before) {
			return true
		}
	}
	return false
}

// ownedActBefore20 reports, among the tokens before, a tracked name with
// a genitive right after it and a lexicon entry one or two words later
// ("मस्क की याचिका", "ट्रंप का नया हमला").
func ownedActBefore20(f *field, sn *sentence, fl []uint64, ms []mention, before []int) bool {
	if len(before) == 0 {
		return false
	}
	last := before[len(before)-1]
	for _, m := range ms {
		g := m.tokEnd
		if m.tok < before[0] || g > last || !isGenitive(f.words[g]) {
			continue
		}
		for k := g + 1; k <= g+2 && k <= last; k++ {
			if fl[k-sn.a]&fwEntry != 0 {
				return true
			}
		}
	}
	return false
}

// untrackedNeAfter reports, after the comma at k, a subject of one or two
// words that names no one tracked, with its own ने, where the clause
// before already has a ने-agent: "X ने शुल्क बढ़ाए, कांग्रेस ने Y को
// घेरा" joins two clauses with two doers; the second act is not X's
// (session 18).
func untrackedNeAfter(f *field, sn *sentence, fl []uint64, k int, before []int) bool {
	if !neAmong(f, before) {
		return false
	}
	for n := k + 2; n <= k+3 && n < sn.b; n++ {
		if f.words[n] != "ने" {
			continue
		}
		for j := k + 1; j < n; j++ {
			if f.toks[j].Kind != hindi.Word || fl[j-sn.a]&(fwEntry|fwPostposition|fwFinite|fwSubjPron|fwAgentPron|fwRel|fwRelAgent) != 0 {
				return false
			}
		}
		// A tracked name is newSubjectAt's to judge.
		ms := f.mentions[sn.ma:sn.mb]
		i := sort.Search(len(ms), func(i int) bool { return ms[i].tok > k })
		return i >= len(ms) || ms[i].tok >= n
	}
	return false
}

// nameAfterCoordinator reports a relative word that is a given name in a
// list ("… और X की आलोचना"): after a coordinator, one word, then a
// postposition.
func nameAfterCoordinator(f *field, sn *sentence, fl []uint64, k int) bool {
	// Only जो is also a given name ("… और जो बाइडन की"); जिनमें,
	// जिसके … are always relatives.
	if k-1 < sn.a || k+2 >= sn.b || f.words[k] != "जो" {
		return false
	}
	if fl[k-1-sn.a]&fwAnd == 0 && f.words[k-1] != "," {
		return false
	}
	// ", जो हाल में …", ", जो पिछले साल …": a relative's adverb of time
	// is no surname.
	switch f.words[k+1] {
	case "हाल", "पहले", "अब", "अभी", "कभी", "खुद", "पिछले", "लंबे", "इस", "उस", "कई", "आज", "कल", "फिलहाल", "लगातार", "वर्तमान", "इन", "उन":
		return false
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok == k+1 {
			return false
		}
	}
	return f.toks[k+1].Kind == hindi.Word && fl[k+1-sn.a]&^fwEntry == 0 && fl[k+2-sn.a]&fwPostposition != 0
}

// quoteSpan is a quote from its opening mark o (in sentence so) to its
// closing mark c (in sentence sc).
type quoteSpan struct{ o, c, so, sc int }

// maxQuoteSents bounds a quote that runs over sentences: a longer one is
// more likely a stray quote mark than one speech.
const maxQuoteSents = 8

// markQuotes finds double quotes that run over sentence boundaries — a
// quote of several sentences, or one that goes on into the next paragraph
// (news opens each paragraph of a long quote with a quote mark and closes
// only the last) — and marks the part of each sentence they cover. It
// also reads who is named as saying each quote after it closes: in the
// rest of the closing sentence ("…,” X ने कहा") or in a short sentence
// right after ("…” यह बात X ने कही").
func (a *Analyzer) markQuotes(f *field, sents []sentence) {
	if len(sents) == 0 {
		return
	}
	// A `"` token needs that byte in the text (the words are slices of
	// f.text.Norm), and most texts have none: IndexByte says so faster
	// than a look at every word.
	if strings.IndexByte(f.text.Norm, '"') < 0 {
		return
	}
	has := false
	for j, n := 0, f.punctCount(); j < n; j++ {
		if f.words[f.punctAt(j)] == "\"" {
			has = true
			break
		}
	}
	if !has {
		return
	}
	sentOf := func(k int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].b > k })
	}
	var chain []quoteSpan
	open := -1
	for j, n := 0, f.punctCount(); j < n; j++ {
		k := f.punctAt(j)
		if f.words[k] != "\"" {
			continue
		}
		dir := quoteDir(f, k)
		if open < 0 {
			if dir >= 0 {
				open = k
			}
			continue
		}
		so, sk := sentOf(open), sentOf(k)
		if dir > 0 && sk != so && k > 0 && f.toks[k-1].Kind == hindi.Break {
			// A new paragraph opening a quote while one is open: the
			// speech goes on.
			chain = append(chain, quoteSpan{open, k - 1, so, sentOf(k - 1)})
			open = k
			continue
		}
		chain = append(chain, quoteSpan{open, k, so, sk})
		a.markChain(f, sents, chain)
		chain = chain[:0]
		open = -1
	}
	if open >= 0 {
		// Unclosed: to the end of its paragraph.
		e := open + 1
		for e < len(f.toks) && f.toks[e].Kind != hindi.Break {
			e++
		}
		chain = append(chain, quoteSpan{open, e - 1, sentOf(open), sentOf(e - 1)})
		a.markChain(f, sents, chain)
	}
}

// markChain marks the sentences of one speech (its spans, paragraph
// after paragraph) with the quoted parts and who is named saying it.
func (a *Analyzer) markChain(f *field, sents []sentence, chain []quoteSpan) {
	if len(chain) == 0 || chain[len(chain)-1].sc-chain[0].so > maxQuoteSents {
		return
	}
	last := chain[len(chain)-1]
	spk := a.attribution(f, sents, last.sc, last.c)
	topic := spkNone
	if spk >= 0 {
		topic = a.quoteTopic(f, sents, last.sc, last.c, spk)
	}
	for _, sp := range chain {
		for i := sp.so; i <= sp.sc && i < len(sents); i++ {
			sn := &sents[i]
			if sn.qspk == spkNone {
				sn.qspk = spk
				sn.qtopic = topic
				sn.qcharge = spk >= 0 && chargeBack(f, sents, last.sc, last.c)
				if spk == spkUntracked {
					sn.qtag37, sn.qtagFrom37 = tagAt37(f, sents, last.sc, last.c) // (office37.go)
				}
			}
			if sp.so == sp.sc && sp == chain[0] {
				continue // a quote within one sentence: clauses pairs it
			}
			sn.qa, sn.qb, sn.qprev = sn.a, sn.b-1, i > sp.so || sp != chain[0]
			if i == sp.so {
				sn.qa = sp.o
			}
			if i == sp.sc {
				sn.qb = sp.c
			}
		}
	}
}

// quoteDir reads a double quote mark at token k as opening (+1), closing
// (-1) or either (0): by its curly form in the original text, else by
// the space around it.
func quoteDir(f *field, k int) int {
	os, oe := f.text.OrigSpan(f.toks[k].Start, f.toks[k].End)
	if orig := f.text.Orig[os:oe]; strings.HasPrefix(orig, "“") || strings.HasPrefix(orig, "„") {
		return 1
	} else if strings.HasPrefix(orig, "”") {
		return -1
	}
	before := k == 0 || f.toks[k].Start > f.toks[k-1].End || f.toks[k-1].Kind == hindi.Break
	after := k+1 == len(f.toks) || f.toks[k+1].Start > f.toks[k].End || f.toks[k+1].Kind != hindi.Word
	switch {
	case before && !after:
		return 1
	case after && !before:
		return -1
	}
	return 0
}

// attribution reads who is named as saying a quote that closes at token c
// of sentence si: the rest of the sentence when it is a short speech tag
// ("…,” X ने कहा", "…” — X"), else a short sentence right after that
// points back at it ("यह बात X ने कही", "X ने यह बात कही").
func (a *Analyzer) attribution(f *field, sents []sentence, si, c int) int {
	sn := sents[si]
	tag := func(from, to int, back bool) int {
		// The tag ends at a comma or a relative word after its first
		// word ("…,” यह दावा एक अखबार ने किया, जिसे X ने गलत बताया").
		for k := from + 1; k < to; k++ {
			if f.words[k] == "," || a.fieldFlags(f, k)&(fwRel|fwRelAgent) != 0 {
				to = k
				break
			}
		}
		words, speech, pron, dash := 0, false, false, false
		for k := from; k < to; k++ {
			if f.toks[k].Kind != hindi.Word {
				if k == from && (isDash(f.words[k]) || f.words[k] == ":") {
					dash = true
				}
				continue
			}
			words++
			w := f.words[k]
			fl := a.fieldFlags(f, k)
			// "यह दावा X ने किया", "यह आरोप X ने लगाया": a charge
			// noun names the words too.
			if fl&(fwSpeech|fwPostSpeech|fwCharge) != 0 || strings.HasPrefix(w, "कह") {
				speech = true
			}
			if fl&(fwAgentPron|fwSubjPron) != 0 {
				pron = true
			}
		}
		// "X ने यह बात कही", "X ने … यह कहा": a demonstrative before
		// बात or the speech verb points back at the words; such a tag
		// may run longer ("— X ने … सभा में विपक्ष पर निशाना साधते हुए
		// यह बात कही").
		pointsBack := false
		for k := from + 1; k < to; k++ {
			w := f.words[k]
			if (w == "बात" || w == "बातें" || a.fieldFlags(f, k)&fwSpeech != 0 || strings.HasPrefix(w, "कह")) && demonstrative(f.words[k-1]) {
				pointsBack = true
			}
			if demonstrative(f.words[k-1]) && backTagNoun(a, w) {
				pointsBack, speech = true, true
			}
		}
		// "…,” X ने शनिवार को एक टीवी इंटरव्यू में Y के बारे में पूछे
		// जाने पर कहा": a tag that opens with its agent (ने among its
		// first five words) and closes with the speech verb may run
		// longer too (session 15).
		agentFirst := false
		last := to - 1
		for last > from && f.toks[last].Kind != hindi.Word {
			last--
		}
		if words > 16 && words <= 24 && a.fieldFlags(f, last)&fwSpeech != 0 {
			for k := from; k < to && k <= from+5; k++ {
				if f.words[k] == "ने" {
					agentFirst = true
					break
				}
			}
		}
		if words == 0 || words > 16 && !(pointsBack && words <= 24) && !agentFirst {
			return spkNone
		}
		if back && !demonstrative(f.words[from]) && !pointsBack {
			return spkNone
		}
		// The first name that says the words itself ("ओपनएआई के सीईओ
		// X ने": X, not the organisation qualifying him).
		ment, mentEnd, anyMent := -1, -1, false
		for i, m := range f.mentions[sn.ma:] {
			if m.tok >= to {
				break
			}
			if m.tok >= from {
				anyMent = true
				// ("…’ — Z के एक कर्मचारी ने एक्स पर लिखा": a name
				// under पर/में after the dash is the place of the
				// words, not their speaker; session 16.)
				if dash && !a.roleOwner12(f, f.mentions[sn.ma+i+1:], m.tokEnd, to) && !placeAfter16(a, f, m.tokEnd, to) || speakerMention(a, f, m.tokEnd, to) && !titledSpeakerNext(f, f.mentions[sn.ma+i+1:], m.tokEnd, to) {
					ment, mentEnd = m.entity, m.tokEnd
					break
				}
			}
		}
		// "…” — X": a dash and a name alone.
		if dash && !speech && ment >= 0 {
			for k := mentEnd; k < to; k++ {
				if f.toks[k].Kind == hindi.Word {
					return spkNone
				}
			}
			return ment
		}
		switch {
		case !speech:
			return spkNone
		case ment >= 0:
			return ment
		case pron && !anyMent:
			return spkPron
		}
		return spkUntracked
	}
	for k := c + 1; k < sn.b; k++ {
		if f.toks[k].Kind == hindi.Word {
			return tag(c+1, sn.b, false)
		}
	}
	// The next sentence with a word (a line break is one of its own).
	limit := si + 2
	for ni := si + 1; ni < len(sents) && ni <= limit; ni++ {
		nx := sents[ni]
		// "“…” फिलाडेल्फिया, 24 अक्टूबर। X ने … यह बात कही": a dateline
		// between the quote and its tag is passed over (wfix24.go).
		if limit == si+2 && a.datelineSentence24(f, &nx) {
			limit++
			continue
		}
		// A long sentence may still open with a short tag that a comma
		// or a relative word closes ("X ने यह बात कही, जहां …").
		head := nx.b
		for k := nx.a + 1; k < nx.b; k++ {
			if f.words[k] == "," || a.fieldFlags(f, k)&(fwRel|fwRelAgent) != 0 {
				head = k
				break
			}
		}
		if head-nx.a > 24 {
			break
		}
		for k := nx.a; k < nx.b; k++ {
			if f.toks[k].Kind == hindi.Word {
				sn = nx
				// "…।” — X": the dash after the closing stop opens a
				// name alone.
				if k > nx.a && isDash(f.words[nx.a]) {
					return tag(nx.a, nx.b, false)
				}
				return tag(k, nx.b, true)
			}
		}
	}
	return spkNone
}

// quoteTopic reads whom the tag of a quote closing at token c of sentence
// si (its speaker spk) says the words are about: a name before "के बारे
// में" or "को लेकर" in the rest of that sentence or in the next one
// ("“…” X ने ये बातें Y के बारे में कहीं"); spkNone if none.
func (a *Analyzer) quoteTopic(f *field, sents []sentence, si, c, spk int) int {
	// (The tag's sentence may follow a line break of its own.)
	from, to := c+1, sents[min(si+2, len(sents)-1)].b
	// Mentions are in token order: only those in [from, to) (a story
	// of many quotes is not walked whole for each).
	ms := f.mentions[sort.Search(len(f.mentions), func(i int) bool { return f.mentions[i].tok >= from }):]
	for _, m := range ms {
		if m.tok >= to {
			break
		}
		if m.entity == spk || m.tokEnd+2 >= len(f.words) {
			continue
		}
		if f.words[m.tokEnd] == "के" && f.words[m.tokEnd+1] == "बारे" && f.words[m.tokEnd+2] == "में" || f.words[m.tokEnd] == "को" && f.words[m.tokEnd+1] == "लेकर" {
			return m.entity
		}
		if pointedAt(f, from, m.tok, m.tokEnd) || aboutTag20(f.words, m.tokEnd) {
			return m.entity
		}
	}
	return spkNone
}

// pointedAt reports "(X का) इशारा Y (के …) की ओर/तरफ था" with the name
// Y at [k, e): after the quote, what the words pointed at is Y or Y's
// (the word इशारा between from and k, no other name between).
func pointedAt(f *field, from, k, e int) bool {
	hint := false
	for j := max(from, k-4); j < k; j++ {
		if strings.HasPrefix(f.words[j], "इशार") {
			hint = true
		}
	}
	if !hint {
		return false
	}
	for j := e; j < len(f.words) && j < e+10; j++ {
		switch f.words[j] {
		case "ओर", "तरफ":
			return j > e && (f.words[j-1] == "की" || f.words[j-1] == "के")
		case "।", ".", "?", "!":
			return false
		}
	}
	return false
}

// demonstrative: यह, ये, ऐसा … (pointing back at what was said).
func demonstrative(w string) bool {
	switch w {
	case "यह", "ये", "यही", "ऐसा", "ऐसी", "ऐसे", "इस", "इन":
		return true
	}
	return false
}

// splitQuote reports a quote opening at token k that goes on with the
// one at [open, end] around a speech tag: the first ends in a comma and
// has no verb of its own ("“X,” Y ने कहा, “… हैं।”").
func splitQuote(f *field, sn *sentence, fl []uint64, open, end, k int) bool {
	if end < 1 || f.words[end-1] != "," || k-end > 10 {
		return false
	}
	for j := open + 1; j < end; j++ {
		if fl[j-sn.a]&(fwFinite|fwCopula|fwKi) != 0 {
			return false
		}
	}
	for j := end + 1; j < k; j++ {
		if fl[j-sn.a]&(fwSpeech|fwPostSpeech) != 0 {
			return true
		}
	}
	return false
}

// speakerMention reports a name ending at token e that says the words
// itself — before ने, a speech verb or the end of the tag, or through its
// spokesperson or lawyer ("X के प्रवक्ता ने") — not a modifier of
// someone untracked ("X के एक अधिकारी ने").
func speakerMention(a *Analyzer, f *field, e, to int) bool {
	if e >= to || f.toks[e].Kind != hindi.Word {
		return true
	}
	w := f.words[e]
	if w == "ने" || w == "द्वारा" || a.fieldFlags(f, e)&(fwSpeech|fwPostSpeech) != 0 || strings.HasPrefix(w, "कह") {
		return true
	}
	if isGenitive(w) {
		// "X का कहना है", "… यह कहना है X का": her words.
		if e+1 >= to || f.toks[e+1].Kind != hindi.Word || strings.HasPrefix(f.words[e+1], "कह") {
			return true
		}
		// "… ये शब्द X के हैं", "यह बयान X का था": the genitive and a
		// copula close the tag (session 31).
		if a.fieldFlags(f, e+1)&fwCopula != 0 && (e+2 >= to || f.toks[e+2].Kind != hindi.Word) {
			return true
		}
		for k := e + 1; k < to && k <= e+3; k++ {
			if a.fieldFlags(f, k)&fwProxy != 0 {
				return true
			}
		}
		return false
	}
	// "X ने", after a title or a time word: the agent's ने within a
	// few words with no genitive before it.
	for k := e; k < to && k <= e+3; k++ {
		// "एक्स पर एक यूजर ने लिखा": a place, not the one who writes.
		if isGenitive(f.words[k]) || a.fieldFlags(f, k)&fwPostposition != 0 && f.words[k] != "ने" {
			return false
		}
		if f.words[k] == "ने" {
			return true
		}
	}
	return false
}

// accordingTo reports "X के मुताबिक" or "उनके अनुसार" ending at token k:
// a name or a genitive pronoun before it.
func accordingTo(f *field, sn *sentence, fl []uint64, k int) bool {
	if fl[k-1-sn.a]&fwGenPron != 0 {
		return true
	}
	if f.words[k-1] != "के" {
		return false
	}
	// "कंपनी के मुताबिक …" opening the sentence (reject34b.go).
	if orgAccording34b(sn, fl, k) {
		return true
	}
	// "(X के) वकील के मुताबिक …": a proxy's words (proxyAccording31).
	if k-2 >= sn.a && fl[k-2-sn.a]&fwProxy != 0 && proxyOpens31(f, sn, k-2) {
		return true
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tokEnd == k-1 {
			return true
		}
	}
	return false
}

// isDash: a dash that introduces a speaker or words ("— X", "X बोले- …").
func isDash(w string) bool { return w == "—" || w == "-" || w == "–" }

// bareSpeech reports a past speech verb of an agent right before token k
// ("X ने कहा", "उन्होंने लिखा") followed by words with a verb of their own
// and no कि: "X ने कहा Y झूठ बोल रहे हैं" reports Y's being as X's words.
func bareSpeech(f *field, sn *sentence, fl []uint64, toks []int, k int) bool {
	v := fl[k-1-sn.a]
	if v&fwSpeech == 0 || v&fwFinite == 0 && f.words[k-1] != "लिखा" {
		return false
	}
	// "X ने Y को बताया देश के लिए खतरा" is calling, not words.
	agent := false
	for _, j := range toks {
		if j < k-1 && (f.words[j] == "ने" || fl[j-sn.a]&fwAgentPron != 0) {
			agent = true
		}
		if j < k-1 && f.words[j] == "को" {
			return false // "Y के बयान को X ने बताया झूठ"
		}
	}
	if !agent {
		return false
	}
	verb := false
	for j := k + 1; j < sn.b; j++ {
		x := fl[j-sn.a]
		if x&(fwKi|fwBreak) != 0 || isQuote(f.words[j]) {
			return false
		}
		if w := f.words[j]; w == "," || w == ":" || isDash(w) {
			break // "X ने बताया झूठ, कहा- … है": the verb is another clause's
		}
		if x&(fwFinite|fwCopula) != 0 && !isGenitive(f.words[j-1]) {
			verb = true
		}
	}
	return verb
}

// genDoerBefore reports a noun phrase "X का (ADJ) <frame noun>" ending
// right before token c, X a tracked name and the frame one whose genitive
// is its doer (हमला, तंज, पलटवार, दावा …).
//
// For each start j it finds the genitive first, and asks the lexicon only
// when there is one: a frame at j with no genitive before it goes on to
// the next j either way, so the answer is the same, and most commas have
// no genitive there.
func (a *Analyzer) genDoerBefore(f *field, sn *sentence, c int) bool {
	for j := c - 1; j >= sn.a+2 && j >= c-3; j-- {
		g := j - 1
		for g >= sn.a+1 && g >= j-2 && !isGenitive(f.words[g]) {
			g--
		}
		if g < sn.a+1 || g < j-2 {
			continue // no genitive before j
		}
		e, n := a.lex.match(f.words[:sn.b], j, entFrame)
		if e == nil || j+n != c || !e.frame.GenSource {
			continue
		}
		if moneyDeedKind35b(e.frame.Kind) {
			return false // "X का बड़ा चंदा, Y भड़के": a deed, no words (polarity35b.go)
		}
		for _, m := range f.mentions[sn.ma:sn.mb] {
			if m.tokEnd == g {
				return true
			}
		}
		return false
	}
	return false
}

// genCoord reports "X की और Y की …": the की before the coordinator at k
// is a genitive (not the verb की) when the same genitive follows within a
// few words.
func genCoord(f *field, sn *sentence, k int) bool {
	if f.words[k-1] != "की" {
		return false
	}
	for j := k + 2; j < sn.b && j <= k+4; j++ {
		if f.words[j] == "की" {
			return true
		}
		if f.toks[j].Kind != hindi.Word {
			return false
		}
	}
	return false
}

// versusLabel reports a headline label naming a contest ("X vs Y",
// "X बनाम Y").
func versusLabel(f *field, toks []int) bool {
	if len(toks) > 8 {
		return false
	}
	for _, k := range toks {
		switch f.words[k] {
		case "vs", "बनाम", "versus", "वर्सेस", "v":
			return true
		}
	}
	return false
}

// correlative reports a demonstrative at k (वह, यह, वो, ये) that closes
// the relative clause cl opened by जो right after an agent's ने ("X ने
// जो कर दिखाया है वह असाधारण है"): it follows the relative's verb (a
// finite or speech verb, a copula, or a past form in -ा/-या) and the
// relative has a word between जो and it.
func correlative(f *field, sn *sentence, fl []uint64, cl clause, k int) bool {
	switch f.words[k] {
	case "वह", "यह", "वो", "ये", "वे":
	default:
		return false
	}
	r := cl.relTok
	if r <= sn.a || f.words[r] != "जो" || k < r+2 || !relAgent17(f, sn, fl, r) {
		return false
	}
	p := f.words[k-1]
	if fl[k-1-sn.a]&(fwFinite|fwSpeech|fwCopula) != 0 {
		return true
	}
	switch p {
	case "है", "हैं", "था", "थे", "थी", "थीं":
		return true
	}
	return strings.HasSuffix(p, "या") || strings.HasSuffix(p, "ा") && len(p) > len("ा")+3
}

// relAgent17 reports the doer of a relative clause opened by जो at r
// and named before it in the host: "X ने जो …", "X ने Y के साथ जो …"
// (its ने-agent up to five words back, no verb or comma between) or a
// name, or a name and its owner noun, right before जो ("X जो कर रहे
// हैं वह …", "X सरकार जो कर रही है वह …").
func relAgent17(f *field, sn *sentence, fl []uint64, r int) bool {
	if f.words[r-1] == "ने" {
		return true
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tokEnd == r || m.tokEnd == r-1 && fl[r-1-sn.a]&fwOwnerNoun != 0 {
			return true
		}
	}
	for j := r - 1; j > sn.a && j >= r-6; j-- {
		if f.toks[j].Kind != hindi.Word || fl[j-sn.a]&(fwFinite|fwSpeech|fwCopula|fwKi|fwBreak|fwRel|fwRelAgent) != 0 {
			return false
		}
		if f.words[j] == "ने" {
			return true
		}
	}
	return false
}

// neAmong reports a ने among the words at the indexes in idx (the clause
// before a comma has a ने-agent).
func neAmong(f *field, idx []int) bool {
	for _, j := range idx {
		if f.words[j] == "ने" {
			return true
		}
	}
	return false
}

// verbFirstAfter reports a headline predicate opening with its past verb
// within three words after the comma at k ("…, साथ में कसा तंज", "…,
// फिर साधा निशाना"), after a clause with a ने-agent and no name between.
func verbFirstAfter(f *field, sn *sentence, k int, before []int) bool {
	if !neAmong(f, before) {
		return false
	}
	for j := k + 1; j <= k+3 && j < sn.b; j++ {
		if f.toks[j].Kind != hindi.Word {
			return false
		}
		switch f.words[j] {
		case "कसा", "कसी", "साधा", "उडाया", "बोला", "लगाया", "लगाए", "जताया", "जताई", "उठाए", "उठाया", "ठोका", "बताया", "दिखाया":
			return j+1 < sn.b
		}
		for _, m := range f.mentions[sn.ma:sn.mb] {
			if m.tok == j {
				// "X ने A को दिया चंदा, B को बताया खतरा": the same
				// agent's second predicate with its own object first,
				// after a predicate with an object of its own.
				return j == k+1 && objectThenVerb20(f, sn, m.tokEnd) && objectAmong20(f, before)
			}
		}
	}
	return false
}

// objectAmong20 reports a को or पर among the words at idx: the predicate
// before the comma has an object of its own ("X ने फिर कसा तंज, B को
// बताया …" has none: B is its object too).
func objectAmong20(f *field, idx []int) bool {
	for _, j := range idx {
		if w := f.words[j]; w == "को" || w == "पर" {
			return true
		}
	}
	return false
}

// objectThenVerb20 reports को or पर at e and right after it a past verb
// of verbFirstAfter's list (a headline's "B को बताया …", "B पर साधा …").
func objectThenVerb20(f *field, sn *sentence, e int) bool {
	if e+2 >= sn.b || f.toks[e].Kind != hindi.Word || f.toks[e+1].Kind != hindi.Word {
		return false
	}
	if w := f.words[e]; w != "को" && w != "पर" {
		return false
	}
	switch f.words[e+1] {
	case "कसा", "कसी", "साधा", "उडाया", "लगाया", "लगाए", "जताया", "जताई", "उठाए", "उठाया", "ठोका", "बताया", "दिखाया":
		return true
	}
	return false
}

// calledWord reports a past calling verb that takes its label right
// after it: बताया/बताई/बतायी/बताए, or करार (दिया) (callingBefore,
// titleLaterDoer28).
func calledWord(w string) bool {
	switch w {
	case "बताया", "बताई", "बतायी", "बताए", "करार":
		return true
	}
	return false
}

// callingBefore reports a quote opening at token open right after a
// calling verb with its को object ("X ने Y को बताया "लोकतंत्र के लिए
// खतरा", कहा- …"): the quote is the label Y is called, even with a
// speech tag after it.
func callingBefore(f *field, sn *sentence, open int) bool {
	if open-1 <= sn.a {
		return false
	}
	if !calledWord(f.words[open-1]) {
		return false
	}
	for k := open - 2; k >= sn.a && k >= open-7; k-- {
		if f.words[k] == "को" {
			return true
		}
	}
	return false
}

// inlineLabel reports a quote [open, end] inside a sentence that a
// copula or a calling verb closes ("… कि Y "अमेरिकी इतिहास की सबसे
// कमजोर प्रत्याशियों में से एक" हैं", "Y को "…" बताया"): what Y is
// called, however long, with no verb or stop of its own inside.
func inlineLabel(f *field, sn *sentence, fl []uint64, open, end int) bool {
	if open <= sn.a || end+1 >= sn.b || end-open > 20 {
		return false
	}
	if w := f.words[open-1]; w == ":" || w == "," || isDash(w) || f.toks[open-1].Kind != hindi.Word {
		return false
	}
	// A focus particle between the label and its calling verb ("Y को
	// '…' भी करार दिया", "'…' ही बताया") leaves it a label (session 21).
	nk := end + 1
	if w := f.words[nk]; (w == "भी" || w == "ही") && nk+1 < sn.b {
		nk++
	}
	next := f.words[nk]
	switch {
	case fl[nk-sn.a]&fwCopula != 0:
	case strings.HasPrefix(next, "बता") || next == "करार" || next == "कहा" || next == "कहकर":
	default:
		return false
	}
	for j := open + 1; j < end; j++ {
		// (की, के लिए: a genitive and a postposition, not verbs.)
		if fl[j-sn.a]&(fwFinite|fwCopula|fwKi) != 0 && !isGenitive(f.words[j]) && f.words[j-1] != "के" {
			return false
		}
		switch f.words[j] {
		case "।", "?", "!", ".":
			return false
		}
	}
	return f.words[end-1] != ","
}

// agentWhen reports a जब right after its clause's ने-agent ("X ने जब Y
// को झूठा कहा, तो …"): the agent is fronted out of the time clause, which
// is read as when it opens the sentence ("जब X ने …"), not as a relative
// clause of the host.
func agentWhen(f *field, k int) bool {
	return f.words[k] == "जब" && f.words[k-1] == "ने"
}

// maxMentionToks bounds the words of one mention (a watchlist name,
// alias or title is a handful) for scans that look back for one.
const maxMentionToks = 64

// verbFirstSubject: the comma at c closes a verb-first clause with its own
// subject last ("Y पर भड़के कई सांसद, X ने …", "Y पर बरसे Z, X ने …"): a
// name or a noun for people right before the comma, and a postposition
// (पर/को/से) one to three words before that subject with a word (the
// verb) between. "Y पर Z, X ने …" (a list of agents) is not one.
func verbFirstSubject(f *field, sn *sentence, ms []mention, c int) bool {
	if c-1 <= sn.a || f.words[c] != "," {
		return false
	}
	// The mention ending at the comma (the last such in token order).
	// Mentions are in token order and a name is far shorter than
	// maxMentionToks words, so only those starting just before c are
	// looked at (a sentence of thousands of commas stays linear).
	start := -1
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= c })
	for j := i - 1; j >= 0 && ms[j].tok >= c-maxMentionToks; j-- {
		if ms[j].tokEnd == c {
			start = ms[j].tok
			break
		}
	}
	if start < 0 {
		if !peopleNoun(f.words[c-1]) {
			return false
		}
		start = c - 1
	}
	for j := start - 1; j >= sn.a && j >= start-4; j-- {
		switch f.words[j] {
		case "पर", "को", "से":
			return j < start-1
		case ",", "और", "-", ":":
			return false
		}
	}
	return false
}

// peopleNoun: a common noun for people that can be a headline's subject.
func peopleNoun(w string) bool {
	switch w {
	case "सांसद", "सांसदों", "नेता", "नेताओं", "विधायक", "मंत्री", "अधिकारी", "विशेषज्ञ", "लोग", "कार्यकर्ता", "आलोचक", "समर्थक", "कर्मचारी", "यूजर्स", "यूजर", "उपयोगकर्ता", "दिग्गज", "विपक्ष":
		return true
	}
	return false
}

// actNounLast: after the comma at c, "Y की <one word>" ends the sentence ("जामनगर पहुंचे X, Y की तारीफ"): a headline's verbless act
// whose doer is the name closing the part before the comma, not a new
// subject.
func actNounLast(f *field, sn *sentence, ms []mention, c, n int) bool {
	if n+1 != sn.b && (n+1 > sn.b || f.toks[n+1].Kind == hindi.Word) {
		return false
	}
	if n >= sn.b || f.toks[n].Kind != hindi.Word || c <= sn.a || f.words[c] != "," {
		return false
	}
	for _, m := range ms {
		if m.tokEnd == c {
			return true
		}
	}
	return false
}

// tagAfterComma16 reports a speech tag that closes the sentence after
// the comma at k: a name as the ने-agent within its first six words, a
// speech verb as its last word, at most 14 words, and no कि, relative,
// question, condition, negator or other comma in it ("…, X ने कहा।",
// "…, प्रधानमंत्री X ने बुधवार को एक रैली में कहा।"; session 16).
func tagAfterComma16(f *field, sn *sentence, fl []uint64, k int) bool {
	e := sn.b - 1
	for e > k && f.toks[e].Kind != hindi.Word {
		e--
	}
	if e <= k+2 || fl[e-sn.a]&fwSpeech == 0 {
		return false
	}
	ne, words := -1, 0
	for j := k + 1; j < e; j++ {
		if f.toks[j].Kind != hindi.Word {
			if f.words[j] != "-" {
				return false
			}
			continue
		}
		words++
		if fl[j-sn.a]&(fwKi|fwRel|fwRelAgent|fwQuestion|fwWh|fwCond|fwNeg) != 0 {
			return false
		}
		if ne < 0 && f.words[j] == "ने" {
			ne = j
		}
	}
	if ne < 0 || words > 14 || ne-k > 7 {
		return false
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tokEnd == ne && m.tok > k {
			return true
		}
	}
	return false
}

// placeAfter16: the word at e after a name in a dash tag is a postposition
// other than ने or a genitive — "'…' — एक कर्मचारी ने एक्स पर लिखा": the
// platform is where the words were written, not who wrote them
// (session 16).
func placeAfter16(a *Analyzer, f *field, e, to int) bool {
	if e >= to || f.toks[e].Kind != hindi.Word {
		return false
	}
	w := f.words[e]
	return a.fieldFlags(f, e)&fwPostposition != 0 && w != "ने" && !isGenitive(w)
}
