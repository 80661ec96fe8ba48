package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Layer 4: mood. Each clause is asserted, negated, a question,
// speculation, a future plan or a hypothetical; a content or relative
// clause inherits what its parent says about it ("अटकलें हैं कि …",
// "इनकार किया कि …", "क्या … कहा कि …").

// moodFlags are the flags of the words the token loop of moods reads
// when the sentence has no तो and no abstain word (swTo, swAbstain).
const moodFlags = fwSpeech | fwNeg | fwDenial | fwQuestion | fwSpec | fwHearsay | fwCond

// flaggedFrom returns the first index i >= j of toks whose token has a
// flag of mask (s.flag), or len(toks).
func (s *sentCtx) flaggedFrom(toks []int, j int, mask uint64) int {
	fl, base := s.fl, s.sn.a
	for ; j < len(toks); j++ {
		if i := uint(toks[j] - base); i < uint(len(fl)) && fl[i]&mask != 0 {
			return j
		}
	}
	return j
}

// moods fills the mood of every clause of a sentence.
func (a *Analyzer) moods(s *sentCtx) {
	question := false
	if last := s.sn.b - 1; last >= s.sn.a && s.f.words[last] == "?" {
		question = true
	}
	wh := s.screen&swWh != 0 // a word flagged fwWh in the sentence
	to, news := s.screen&swTo != 0, s.screen&swNews != 0
	abstain := s.screen&swAbstain != 0 // abstainAt's words (परहेज, कतराते …)
	// With no तो, no abstain word and none of moodFlags in the sentence,
	// the token loop below reads no token (flaggedFrom passes over all).
	readToks := to || abstain || s.flagsMayHave(moodFlags)
	for i := range s.cls {
		cl := &s.cls[i]
		neg, q, spec, cond := false, false, false, false
		for j := 0; readToks && j < len(cl.toks); j++ {
			// With no तो and no abstain word in the sentence, only a
			// word with one of moodFlags is read below: flaggedFrom
			// skips the others (most words) in a small loop.
			if !to && !abstain {
				if j = s.flaggedFrom(cl.toks, j, moodFlags); j >= len(cl.toks) {
					break
				}
			}
			k := cl.toks[j]
			fl := s.flag(k)
			// "Y ने टैक्स लगाया तो … खड़ा होगा": a condition with no
			// अगर, its verb right before तो and a future after it.
			if to && s.w(k) == "तो" && !cond && cl.condEnd == 0 && a.bareCondition(s, cl, k) {
				if s.winCondition20(k) {
					// "Y जीतीं तो देश को दिवालिया कर देंगी": a
					// warning of Y's rule — the consequence is
					// foretold, not hypothetical (qe20.go).
					cl.condEnd = k
				} else if e := s.conditionEnd(cl, k-1); e > 0 {
					cl.condEnd = max(cl.condEnd, e)
				} else {
					cond = true
				}
			}
			// "अगर Y ने मदद की, तो वे आभारी होंगे": a तो opening the
			// clause after a comma-closed अगर clause is the condition's
			// consequence (struct19.go).
			if to && j == 0 && s.w(k) == "तो" && s.thenAfterIf19(i) {
				cond = true
			}
			if abstain && s.abstainAt(k) { // before the mask
				neg = true
			}
			// "यह कहना गलत होगा कि …": saying it is called wrong —
			// a denial of the words that follow (session 15).
			if fl&fwSpeech != 0 && s.w(k) == "कहना" && s.w(k+1) == "गलत" {
				neg, cl.denial = true, true
			}
			if fl&(fwNeg|fwDenial|fwQuestion|fwSpec|fwHearsay|fwCond) == 0 {
				continue // most words: none of the flags below
			}
			if fl&fwNeg != 0 && !a.negationExcepted(s, k) {
				// "Y से बात करने में दिलचस्पी नहीं, रिश्ता खत्म": a
				// negator closed by a comma negates what stands
				// before it; what follows the comma is asserted.
				if e := s.negationEnd(cl, k); e > 0 {
					cl.denEnd = max(cl.denEnd, e)
				} else if j := s.negationStart13(cl, k); j > 0 {
					if cl.negFrom == 0 || j < cl.negFrom {
						cl.negFrom = j
					}
				} else if j := s.relNegStart24(cl, k); j > 0 {
					// "“Y … हैं जो … नहीं बनाया”" (pairs24.go).
					if cl.negFrom == 0 || j < cl.negFrom {
						cl.negFrom = j
					}
				} else {
					neg = true
				}
			}
			if fl&fwDenial != 0 {
				if e := s.denialEnd(cl, k); e > 0 {
					cl.denEnd = e
				} else if s.calledBefore34(k) {
					// "Y के दावे को झूठ बताकर नकार दिया": the calling
					// before the denial is asserted (reject34.go).
					if cl.negFrom == 0 || k < cl.negFrom {
						cl.negFrom = k
					}
				} else {
					neg, cl.denial = true, true
				}
			}
			// "X ने क्या कहा: …": a section's label, what X said
			// follows (continue12.go).
			if fl&fwQuestion != 0 && !whatSaidLabel12(s, k) {
				q = true
				if e := s.answerAfterAsked29(cl, k); e > 0 {
					cl.askedEnd29 = e // (answered29.go)
				}
			}
			// "X को संभव बनाने के लिए": making something possible
			// is a deed, not speculation.
			if fl&fwSpec != 0 && !(s.w(k) == "संभव" && strings.HasPrefix(s.w(k+1), "बना")) && !s.specTopic(k) {
				spec = true
			}
			// "माना जा रहा है कि …", "बताया जाता है कि …": hearsay.
			if fl&fwHearsay != 0 {
				switch s.w(k + 1) {
				case "जा", "जाता", "जाती", "जाते":
					spec = true
				}
			}
			if fl&fwCond != 0 {
				if e := s.conditionEnd(cl, k); e > 0 {
					cl.condEnd = max(cl.condEnd, e)
				} else {
					cond = true
				}
			}
		}
		// "X और Y के बीच तनाव की खबरें हैं", "खबरें आई थीं कि …": what
		// the news says is hearsay.
		for _, k := range cl.toks {
			if !news {
				break
			}
			if s.newsSays(k) {
				spec = true
				break
			}
		}
		switch {
		// "अगर शर्तें नहीं बदलीं तो वह Y को पैसा नहीं देगा": a refusal
		// (or any negated act) said only under a condition is no
		// asserted stance — the condition, not the negator, decides
		// the clause's mood (session 20).
		case cond && neg && !cl.denial && !s.concessive20(cl):
			cl.mood = pipeline.MoodHypothetical
		case neg && !(question && !wh && !q && cl.denEnd == 0 && !cl.denial):
			cl.mood = pipeline.MoodNegated
		case q || question && !wh || neg:
			// "Y के साथ काम नहीं करेगी X?": a yes-no question
			// with no क्या asks about the refusal; it does not say it.
			cl.mood = pipeline.MoodQuestion
		case spec:
			cl.mood = pipeline.MoodSpeculative
		case cond:
			cl.mood = pipeline.MoodHypothetical
		}
		// "उन रिपोर्टों के बाद आया जिनमें दावा किया गया था कि …",
		// "रिपोर्ट में कहा गया कि …": what a report or the news claimed
		// is a claim, not asserted by the story.
		// "X ने Y के उस दावे को खारिज किया कि …": the claim is Y's,
		// made whatever X says of it (fresh2_12.go).
		charge := cl.kind == ckContent && s.chargeComplement12(i) >= 0
		if cl.mood == "" && cl.kind == ckContent && !charge && s.reportClaim(i) {
			cl.mood = pipeline.MoodSpeculative
		}
		// "(अगर …,) तो वह सदन में कह दें कि …": words someone is
		// asked to say are not said.
		if cl.mood == "" && cl.kind == ckContent && cl.ki && s.askedToSay(i) {
			cl.mood = pipeline.MoodHypothetical
		}
		// "X, जिन्हें Y ने धोखेबाज कहा था, ने कुछ नहीं कहा": a
		// relative clause about a person says its own mood.
		if p := cl.parent; p >= 0 && p < i && cl.mood == "" && !charge && !(cl.kind == ckRel && s.personRel(cl)) {
			switch pm := s.cls[p].mood; {
			case s.cls[p].denial:
				cl.mood = pipeline.MoodNegated
			case pm == pipeline.MoodQuestion && s.answeredPast29(p, cl):
				// (the answer after "…, तो": answered29.go)
			case pm == pipeline.MoodQuestion, pm == pipeline.MoodSpeculative, pm == pipeline.MoodHypothetical, pm == pipeline.MoodNegated:
				cl.mood = pm
			}
		}
	}
	a.hearsay12(s)
	a.neitherNor12(s)
}

// concessive20: the clause's condition is concessive — "अगर Y हार भी
// गए तो भी वह उनका साथ नहीं छोड़ेंगे", "… फिर भी …": the consequent
// holds whatever happens, so it is asserted, not conditional.
func (s *sentCtx) concessive20(cl *clause) bool {
	for _, k := range cl.toks {
		if w := s.w(k); (w == "तो" || w == "फिर") && s.w(k+1) == "भी" {
			return true
		}
	}
	return false
}

// denialEnd returns where the scope of the denial word at k ends when
// something asserted follows it in its clause: after "करते/करती हुए"
// (the participle: "Y के आरोपों का खंडन करते हुए उस पर आरोप लगाया"), or
// at a coordinator before the clause's next verb ("खंडन किया और कहा कि
// …"). 0 when the denial covers the rest of the clause.
func (s *sentCtx) denialEnd(cl *clause, k int) int {
	if e := s.denialParticiple22(cl, k); e > 0 {
		return e
	}
	switch s.w(k + 1) {
	case "करते", "करती", "करता":
		if s.w(k+2) == "हुए" {
			return k + 3
		}
	}
	for _, j := range cl.toks {
		if j <= k {
			continue
		}
		switch s.w(j) {
		case "और", "तथा", "एवं":
			return j
		}
	}
	// "X ने Y की खबर को नकारा, Z पर भी साधा निशाना": the denial's
	// verb closed by a comma, a new predicate after it (continue12.go).
	if e := s.denialComma12(cl, k); e > 0 {
		return e
	}
	return 0
}

// negationEnd returns where the scope of the negator at k ends when a
// comma closes it and more of its clause follows ("X नहीं, Y …"): the
// comma. 0 when the negator covers its whole clause.
func (s *sentCtx) negationEnd(cl *clause, k int) int {
	// "Y पर एहसान न मानने का आरोप लगाया": a negator inside a verbal
	// noun (न + infinitive + का/की/के) negates only that noun; the
	// predicate after it is asserted ("आलोचना न करने का फैसला" keeps the
	// आलोचना before it negated).
	// (नहीं too: "स्टारगेट के पास पैसा नहीं होने के Y के दावे को …",
	// session 19.)
	if (s.w(k) == "न" || s.w(k) == "नहीं") && strings.HasSuffix(s.w(k+1), "ने") && isGenitive(s.w(k+2)) {
		for _, j := range cl.toks {
			if j > k+2 && s.isWord(j) {
				return k + 3
			}
		}
		return 0
	}
	// "Y की आलोचना नहीं की और उनकी तारीफ की", "Y से नाता नहीं तोड़ा और
	// …": a negated verb closed by a coordinator; what follows it is
	// asserted (unless negated itself: "न … और न …").
	for j := k + 2; j <= k+3; j++ {
		if w := s.w(j); w != "और" && w != "तथा" && w != "एवं" {
			continue
		}
		verbs := true
		for m := k + 1; m < j; m++ {
			if !s.isWord(m) || s.mentionAt(m) || s.flag(m)&(fwPostposition|fwNeg) != 0 && !finiteLight(s.w(m)) {
				verbs = false
			}
		}
		if !verbs {
			break
		}
		for _, m := range cl.toks {
			if m > j && s.isWord(m) {
				return j
			}
		}
		break
	}
	if e := s.verbalNounNegEnd36(cl, k); e > 0 {
		return e // "… गिरफ्तार न होना शर्मनाक है" (mood36.go)
	}
	if s.w(k+1) != "," {
		return 0
	}
	for _, j := range cl.toks {
		if j > k+1 && s.isWord(j) {
			return k + 1
		}
	}
	return 0
}

// finiteLight: की/के are genitives too, but after a negator they are the
// light verb ("नहीं की").
func finiteLight(w string) bool { return w == "की" || w == "कीं" || w == "के" }

// conditionEnd returns where the scope of the condition word at k ends
// when the clause goes on past its consequent: "अगर …, तो वह अदालत
// जाएंगे, और Y को धोखेबाज बताया" — the coordinator after the consequent's
// comma. 0 when the condition covers the rest of the clause.
func (s *sentCtx) conditionEnd(cl *clause, k int) int {
	then := -1
	for _, j := range cl.toks {
		if j > k && s.w(j) == "तो" {
			then = j
			break
		}
	}
	if then < 0 {
		return 0
	}
	for i, j := range cl.toks {
		if j <= then+1 || s.w(j) != "," || i+2 >= len(cl.toks) {
			continue
		}
		switch s.w(cl.toks[i+1]) {
		case "और", "तथा", "एवं":
			return cl.toks[i+1]
		}
	}
	return 0
}

// personRel reports a relative clause whose relative word stands for a
// name (जिन्होंने, जिसने, "जिन पर … ने").
func (s *sentCtx) personRel(cl *clause) bool {
	if s.flag(cl.relTok)&fwRelAgent != 0 {
		return true
	}
	c := s.chunkAt(cl.relTok)
	return c != nil && c.pron == fwRelAgent
}

// negationExcepted reports a negator that negates nothing: "न केवल … बल्कि",
// "तारीफ करते नहीं थकते", "कोई कसर नहीं छोड़ी", "मौका नहीं चूके".
func (a *Analyzer) negationExcepted(s *sentCtx, k int) bool {
	if s.flag(k+1)&fwNegExcept != 0 || neverSeenSuch31(s, k) {
		return true
	}
	// "Y के 'टिप्स पर टैक्स नहीं' वाले प्रस्ताव का समर्थन": a negator
	// inside a quote that labels a noun (owner26.go).
	if inQuoteLabel26(s, k) {
		return true
	}
	// "हम कहीं नहीं जा रहे": we stay; "Y को आगे बढ़ने नहीं देती": a
	// hindrance, no negated act (continue12.go).
	if affirmingNegation12(s, k) || notLetting12(s, k) {
		return true
	}
	// "X पर ही नहीं, Y पर भी": not only … but also.
	if s.w(k-1) == "ही" && (s.w(k+1) == "," || s.flag(k+1)&fwBreak != 0) {
		return true
	}
	// "झूठ के अलावा देने को कुछ नहीं", "X के सिवा कुछ नहीं": nothing
	// but — an assertion.
	if s.w(k-1) == "कुछ" {
		for j := k - 2; j >= k-6 && j >= s.sn.a; j-- {
			switch s.w(j) {
			case "अलावा", "सिवा", "सिवाय", "सिवाए":
				return true
			}
		}
	}
	return false
}

// future reads, once and only when a predicate needs it, the first
// future-tense verb of a clause (futTok; -1 when none).
func (a *Analyzer) future(s *sentCtx, cl *clause) {
	if cl.futTok != -2 {
		return
	}
	cl.futTok = -1
	words, fl, base, lx := s.f.words, s.fl, s.sn.a, a.lex
	for _, k := range cl.toks {
		// (aboutTo16 reads only जा; isFuture's screen in line.)
		if w := words[k]; w == "जा" && s.aboutTo16(k) || lx.mayBeFuture(w) && fl[k-base]&^fwEntry == 0 && s.isWord(k) && lx.isFuture(w) {
			cl.futTok = k
			break
		}
	}
}

// reportNoun: news reports and rumours as the bearer of a claim.
func reportNoun(w string) bool {
	switch w {
	case "रिपोर्ट", "रिपोर्टों", "रिपोर्टें", "खबर", "खबरों", "खबरें", "अटकलों", "अफवाह", "अफवाहों", "अफवाहें":
		return true
	}
	return false
}

// reportClaim: content clause i is said by a passive claim with no
// agent ("दावा किया गया (था)", "कहा गया", "बताया गया") whose clause, or
// the host of that relative clause, names a report or the news: "उन
// रिपोर्टों … जिनमें दावा किया गया था कि …", "रिपोर्ट में कहा गया कि …".
func (s *sentCtx) reportClaim(i int) bool {
	p := s.cls[i].parent
	if p < 0 || p >= i {
		return false
	}
	passive, report := false, false
	for _, k := range s.cls[p].toks {
		switch w := s.w(k); {
		case w == "ने", w == "ओर" && namedClaimant33c(s, k):
			return false
		case reportNoun(w):
			report = true
		case w == "कहा" || w == "दावा" || w == "बताया" && !toldReport35b(s, k):
			n := k + 1
			if s.w(n) == "किया" {
				n++
			}
			switch s.w(n) {
			case "गया", "गई", "गए", "गयी", "गये":
				passive = true
				// A claim with no claimant ("वायरल वीडियो में दावा
				// किया गया कि …") is hearsay in any medium (precision12).
				report = report || w == "दावा" && n == k+2
			case "जा", "जाता":
				// "दावा किया जा रहा है कि …": the same, ongoing.
				if w == "दावा" && n == k+2 {
					passive, report = true, true
				}
			}
		}
	}
	if !passive {
		return false
	}
	if !report && s.cls[p].kind == ckRel {
		if h := s.cls[p].parent; h >= 0 && h < p {
			for _, k := range s.cls[h].toks {
				if reportNoun(s.w(k)) {
					report = true
					break
				}
			}
		}
	}
	return report
}

// newsSays: "खबर/खबरें" at k reports hearsay — "X की खबरें हैं/आई
// थीं/आ रही हैं", or "खबर है/आई कि …" (not
// "अच्छी खबर है": good news).
func (s *sentCtx) newsSays(k int) bool {
	switch s.w(k) {
	case "खबर", "खबरें", "खबरों":
	default:
		return false
	}
	if s.w(k) == "खबरों" {
		return false
	}
	switch s.w(k + 1) {
	case "है", "हैं", "थी", "थीं", "आई", "आईं", "आ", "मिली", "मिलीं":
	default:
		return false
	}
	if s.w(k-1) == "की" {
		return true
	}
	for j := k + 2; j <= k+4 && j < s.sn.b; j++ {
		if s.w(j) == "कि" {
			return true
		}
	}
	return false
}

// askedToSay: the verb group closing the parent of content clause i is a
// speech verb in the subjunctive ("कह दें", "कहें", "बोलें", "बता दें")
// — words asked for, not said.
func (s *sentCtx) askedToSay(i int) bool {
	p := s.cls[i].parent
	if p < 0 || p >= i {
		return false
	}
	toks := s.cls[p].toks
	if n := len(toks); n > 0 && s.flag(toks[n-1])&fwKi != 0 {
		toks = toks[:n-1]
	}
	if len(toks) < 2 {
		return false
	}
	last, prev := s.w(toks[len(toks)-1]), s.w(toks[len(toks)-2])
	switch last {
	case "कहें", "बोलें":
		return true
	case "दें":
		return prev == "कह" || prev == "बता" || prev == "बोल"
	}
	return false
}

// newsOf: the act at o, in the oblique infinitive, is what news reports
// ("Y से साझेदारी खत्म करने की खबरें बेबुनियाद", "… चंदा इकट्ठा करने
// की खबरों को गलत बताया").
func (s *sentCtx) newsOf(o occurrence) bool {
	for j := o.k + o.n; j <= o.k+o.n+3 && j+1 < s.sn.b && s.isWord(j); j++ {
		if s.w(j) != "की" {
			if s.flag(j)&fwEntry != 0 && j > o.k+o.n {
				return false // another act between
			}
			continue
		}
		switch s.w(j + 1) {
		case "खबर", "खबरें", "खबरों":
			p := s.w(j - 1)
			return strings.HasSuffix(p, "ने") && len(p) > len("ने")+3
		}
		return false
	}
	return false
}

// wantWord reports a form of चाहना, "to want" (चाहिए, "should", is not).
func wantWord(w string) bool {
	return strings.HasPrefix(w, "चाह") && w != "चाहिए" && w != "चाहिये" && w != "चाहत"
}

// wantedBefore reports a wanting verb in the three words before the कि at
// k ("चाहते हैं कि", "चाहता हूं कि", "चाहेंगे कि").
func (s *sentCtx) wantedBefore(k int) bool {
	if s.w(k) != "कि" {
		return false
	}
	for j := k - 1; j >= k-3 && j >= s.sn.a; j-- {
		if wantWord(s.w(j)) {
			return true
		}
		if !s.isWord(j) {
			return false
		}
	}
	return false
}

// wantedAfter reports a wanting verb within two words after a frame
// ending at k ("दोनों में सुलह चाहता हूं", "Y का समर्थन चाहते हैं").
func (s *sentCtx) wantedAfter(k int) bool {
	for j := k; j < k+2 && j < s.sn.b; j++ {
		if wantWord(s.w(j)) {
			return true
		}
	}
	return false
}

// specTopic reports a noun of rumour at k that is what the clause answers
// or stands amid, not its own mood: "इन अटकलों पर X ने कहा कि …", "अफवाहों
// के बीच …". (Not with its content before it, "Y के योगदान की अटकलों पर
// चुप्पी", nor before a कि that gives it, "उन अटकलों को खारिज किया कि …".)
func (s *sentCtx) specTopic(k int) bool {
	switch s.w(k) {
	case "अटकल", "अटकलें", "अटकलों", "कयास", "कयासों", "अफवाह", "अफवाहें", "अफवाहों":
	default:
		return false
	}
	switch p := s.w(k - 1); {
	case k == s.sn.a, p == "इन", p == "उन", p == "इन्हीं", p == "उन्हीं", p == "ऐसी", p == "तमाम", p == "सभी":
	default:
		return false
	}
	switch s.w(k + 1) {
	case "पर":
		return true
	case "के", "की":
		switch s.w(k + 2) {
		case "बीच", "बाद", "जवाब", "बावजूद":
			return true
		}
	}
	return false
}

// bareCondition reports "… लगाया/जीतीं/करें/हो तो …" at तो (token k):
// the word before it a verb (a finite form or a perfective or
// subjunctive ending) with words of its own before it, and a future verb
// after तो in the same clause ("टैक्स लगाया तो साथ खड़े होंगे"). "मोदी
// तो …" (as for) has no verb before it.
func (a *Analyzer) bareCondition(s *sentCtx, cl *clause, k int) bool {
	if k-1 <= cl.first() || !s.isWord(k-1) || s.mentionAt(k-1) {
		return false
	}
	p := s.w(k - 1)
	verb := s.flag(k-1)&fwFinite != 0 && !isGenitive(p) && p != "है" && p != "हैं"
	for _, suf := range [...]string{"या", "ये", "ाए", "ाई", "ीं", "ें", "ोगे"} {
		if strings.HasSuffix(p, suf) {
			verb = true
		}
	}
	if p == "हो" || p == "हुआ" || p == "हुई" || p == "हुए" {
		verb = true
	}
	if !verb {
		return false
	}
	for _, j := range cl.toks {
		if j > k && s.isWord(j) && (a.lex.isFuture(s.w(j)) || futureBe(s.w(j))) {
			return true
		}
	}
	return false
}

// futureBe: the future of होना (होगा, होंगे …), which future_suffixes
// leave out.
func futureBe(w string) bool {
	switch w {
	case "होगा", "होगी", "होंगे", "होंगी":
		return true
	}
	return false
}
