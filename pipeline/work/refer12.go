package work

import "strings"

// Session 12, REFER: an act pointed back to by a demonstrative ("इस
// मुकदमे", "यह रिपोर्ट", "इस पेशकश") is its maker's (grounding.yaml
// acts_said); judging a charge or a suit so pointed back to baseless
// denies it and takes no side, as with a named owner's charge.

// deniedAct reports a को-object chunk c that is a charge or a suit,
// pointed back to by a demonstrative ("इस दावे को", "इस मुकदमे को", "इन
// आरोपों को") or possessed by an owner ("X के मुकदमे को"): rejected as
// baseless it is a denial, no stance towards the one who made it.
func (s *sentCtx) deniedAct(c *chunk) bool {
	if c.tok < s.sn.a || c.at <= c.tok || c.at > s.sn.b {
		return false
	}
	from := c.tok + 1
	if c.possessed {
		from = c.end
	} else if !demonstrative(s.w(c.tok)) && s.w(c.tok) != "उस" && s.w(c.tok) != "उन" {
		return false
	}
	for k := from; k < c.at; k++ {
		if s.flag(k)&fwCharge != 0 || suitNoun(s.w(k)) || petitionNoun(s.w(k)) {
			return true
		}
	}
	return false
}

// claimDenied reports a को-object c that is someone's report, statement
// or news item ("Y की रिपोर्ट", "Y के उस बयान", "Y की खबरों") called only
// false (w: गलत, भ्रामक, बेबुनियाद, निराधार): like a charge called
// baseless, it is denied, no stance on its maker (SCHEMA: rejecting or
// denying a charge). A judgement of the words themselves (शर्मनाक,
// बचकाना) still judges their maker.
func (s *sentCtx) claimDenied(c *chunk, w string) bool {
	return falsityWord(w) && s.possessedClaim(c)
}

// possessedClaim reports a possessed को-object c whose words between the
// name and को hold a claim noun ("Y की रिपोर्ट", "Y के उस बयान"):
// claimDenied, accuracyDenied22.
func (s *sentCtx) possessedClaim(c *chunk) bool {
	if !c.possessed || c.at <= c.end || c.at > s.sn.b {
		return false
	}
	for k := c.end; k < c.at; k++ {
		if claimNoun(s.w(k)) {
			return true
		}
	}
	return false
}

// falsityWord is an evaluative word that only calls words untrue.
func falsityWord(w string) bool {
	switch w {
	case "गलत", "भ्रामक", "बेबुनियाद", "निराधार", "गुमराह करने वाला":
		return true
	}
	return false
}

// claimNoun is something said or published that makes a claim: a report,
// a statement, a news item, a remark.
func claimNoun(w string) bool {
	switch w {
	case "रिपोर्ट", "रिपोर्टों", "रिपोर्टें", "बयान", "बयानों", "खबर", "खबरों", "खबरें", "टिप्पणी", "टिप्पणियों", "टिप्पणियां":
		return true
	}
	return false
}

// petitionNoun is a petition filed in court (याचिका): like a suit, judged
// baseless it is denied.
func petitionNoun(w string) bool {
	switch w {
	case "याचिका", "याचिकाएं", "याचिकाओं":
		return true
	}
	return false
}

// actRelabelled reports a को-object c of clause ci that is an act pointed
// back to by a demonstrative ("इस मुकदमे को") while a name owns the label
// the clause gives it before its predicate at k ("… को मस्क की एक और चाल
// बताया"): the label names whom the act is held against, not its maker.
func (a *Analyzer) actRelabelled(s *sentCtx, c *chunk, ci, k int) bool {
	if c.possessed || c.ent < 0 || c.tok+1 >= s.sn.b || !demonstrative(s.w(c.tok)) && s.w(c.tok) != "उस" {
		return false
	}
	if id := s.wordID(c.tok + 1); (id < 0 || a.actKeyOf[id] == "") && s.flag(c.tok+1)&fwDecision == 0 {
		return false
	}
	for _, i := range s.inClause(ci) {
		if o := s.chunks[i]; o.tok > c.at && o.tok < k && o.ent >= 0 && o.ent != c.ent && (o.mk == mkGen || o.possessed) {
			return true
		}
	}
	return false
}

// quoteTopicPron reports a subject pronoun in quoted words that the tag
// after the quote gives to the one they are about ("“वह भारत के सबसे बड़े
// दूरदर्शी हैं।” X ने Y के बारे में यह बात कही"): it stays Y, not the
// nearest name before.
func (s *sentCtx) quoteTopicPron(c *chunk, sp []int) bool {
	return s.sn.qtopic >= 0 && c.ent == s.sn.qtopic && s.cls[c.clause].quoted && !containsInt(sp, c.ent)
}

// bothObject reports दोनों at token n that heads a case-marked phrase of
// its own ("उन्होंने दोनों की तारीफ की", "… दोनों को …"): the pronoun
// before it is one person acting on the pair, not the pair itself ("वे
// दोनों …").
func (s *sentCtx) bothObject(n int) bool {
	return n+1 < s.sn.b && s.flag(n+1)&fwPostposition != 0
}

// pairPron reports a pronoun chunk i read as a coordinated pair (two
// chunks at one token, ground.go pluralPair: "X और Y …। Z ने कहा कि वे
// दोनों झूठे हैं"): it stays the pair, not the nearest one name.
func (s *sentCtx) pairPron(i int) bool {
	c := s.chunks[i]
	for j := max(i-1, 0); j <= i+1 && j < len(s.chunks); j++ {
		if o := s.chunks[j]; j != i && o.tok == c.tok && o.pron == c.pron && o.ent != c.ent {
			return true
		}
	}
	return false
}

// bothSubject reports दोनों at token k opening a clause of someone's
// words ("X ने कहा कि दोनों झूठ बोल रहे हैं"): the pair is its subject.
func (s *sentCtx) bothSubject(k int) bool {
	return k > s.sn.a && s.flag(k-1)&fwKi != 0
}

// fellowDoer reports a name c that is the subject of another clause of a
// headline whose clause ci says its agent did it too (ने भी: "X बोलीं-
// '…', Y ने भी साधा निशाना"): X attacked alongside Y, she is not the one
// Y attacked.
func (s *sentCtx) fellowDoer(ci int, c chunk) bool {
	if c.mk != mkAgent && !(c.mk == mkBare && !c.possessed) {
		return false
	}
	for _, k := range s.cls[ci].toks {
		if s.w(k) == "ने" && s.w(k+1) == "भी" {
			return true
		}
	}
	return false
}

// siblingDoer20: c is the doer of another clause of a headline that is
// not the words of clause ci ("हॉफमैन ने जुटाया चंदा, मस्क ने उड़ाया
// मज़ाक", "ट्रंप बोले- …, मस्क ने उड़ाया मज़ाक"): an act with no object
// of its own is not on him (he did something else; what was mocked is
// not said). Quoted words are not such a clause ("'नरेंद्र, सरेंडर':
// राहुल का तंज"). A retort answers a doer before it ("मस्क ने … कहा …, नडेला
// ने दिया करारा जवाब"), so for a retort only a later doer is skipped.
func (s *sentCtx) siblingDoer20(ci int, c chunk, at, src int, retort bool) bool {
	if c.mk != mkAgent && !(c.mk == mkBare && !c.possessed) || c.clause < 0 || c.clause == ci || s.cls[c.clause].quoted {
		return false
	}
	if retort && c.tok < at {
		return false
	}
	// (Not a doer inside the clause's own words: "X का तंज- Y ने …".)
	if s.clauseUnder20(c.clause, ci) {
		return false
	}
	// (Not one whose own clause acts on the source, named there as no
	// doer: "मस्क ने ऑल्टमैन को बताया 'ठग', ऑल्टमैन का तीखा जवाब"
	// answers Musk.)
	for _, x := range s.chunks {
		if x.ent == src && x.mk != mkAgent && !(x.mk == mkBare && !x.possessed) && x.clause >= 0 && (x.clause == c.clause || s.clauseUnder20(x.clause, c.clause)) {
			return false
		}
	}
	return true
}

// clauseUnder20 reports clause i nested (at any depth) in clause p.
func (s *sentCtx) clauseUnder20(i, p int) bool {
	for q := s.cls[i].parent; q >= 0; q = s.cls[q].parent {
		if q == p {
			return true
		}
	}
	return false
}

// noteProxy12 remembers whom a proxy agent of this sentence spoke for
// ("X के वकील ने …", "X की प्रवक्ता ने …": X).
func (s *sentCtx) noteProxy12(st *storyState) {
	for _, c := range s.chunks {
		if c.mk != mkAgent || c.ent < 0 || c.pron != 0 || c.epith && !epithOwner33c || c.end >= c.at || !isGenitive(s.w(c.end)) {
			continue
		}
		for k := c.end + 1; k < c.at; k++ {
			if s.flag(k)&fwProxy != 0 || campaignNoun14(s.w(k)) {
				st.proxyOwner12, st.proxyWord12 = c.ent, proxyStem(s.w(k))
				break
			}
		}
		if k, ok := s.sidedProxy14(c); ok {
			st.proxyOwner12, st.proxyWord12 = c.ent, proxyStem(s.w(k))
		}
	}
}

// proxyStem is a proxy noun without its oblique plural (वकीलों: वकील).
// The board named "निदेशक मंडल" is the बोर्ड a later bare "बोर्ड ने"
// points back to (session 32, ddd-020a).
func proxyStem(w string) string {
	if w == "मंडल" {
		return "बोर्ड"
	}
	return strings.TrimSuffix(w, "ों")
}

// bareProxy12 reads a proxy noun at k with no owner of its own opening a
// sentence or clause as agent ("। वकील ने कहा …") as the one the story's
// last proxy of that noun spoke for ("X के वकील ने …"). Not after a
// genitive or a name ("Y के वकील ने": Y's).
func (s *sentCtx) bareProxy12(k int) (chunk, bool) {
	st := s.st
	if c, ok := s.orgProxy34b(k); ok { // "X ने …। प्रवक्ता ने कहा …" (reject34b.go)
		return c, true
	}
	if st == nil || st.proxyOwner12 < 0 || k+1 >= s.sn.b || proxyStem(s.w(k)) != st.proxyWord12 {
		return chunk{}, false
	}
	at := k + 1
	// "अभियान की प्रवक्ता ने …": the proxy's own spokesperson or
	// lawyer speaks for the same principal (proxy14.go).
	if n := s.proxyHead31(k); n > 0 {
		// "बोर्ड के अध्यक्ष Z ने": the body's head, named or not,
		// speaks for it (left31.go).
		at = n
	} else if s.proxyAccording31(k) {
		// "वकील के मुताबिक …": the proxy's words (long31.go).
		return chunk{ent: st.proxyOwner12, epith: true, tok: k, end: k + 1, mk: mkAccording, at: k + 2, head: -1}, !(k > s.sn.a && (s.isWord(k-1) || s.inMention(k-1)))
	} else if s.w(at) != "ने" {
		// (A campaign's chair or manager speaks for it as its
		// spokesperson does: "अभियान की अध्यक्ष ने …", recall15.go.)
		if !isGenitive(s.w(at)) || s.flag(at+1)&fwProxy == 0 && !(campaignNoun14(s.w(k)) && campaignHead15(s.w(at+1))) || s.w(at+2) != "ने" {
			return chunk{}, false
		}
		at += 2
	}
	if k > s.sn.a && (s.isWord(k-1) || s.inMention(k-1)) {
		return chunk{}, false
	}
	return chunk{ent: st.proxyOwner12, epith: true, tok: k, end: k + 1, mk: mkAgent, at: at, head: -1}, true
}

// regretted12 reports a sentence whose speaker calls what they did a
// mistake of their own ("मैंने उन पर भरोसा किया, यही मेरी सबसे बड़ी गलती
// थी"): the trust or backing it tells of is regretted, not given.
func (s *sentCtx) regretted12() bool {
	// (Word k is गलती or भूल: a sentence with neither has no bit.)
	if s.screen&swRegret15 == 0 {
		return false
	}
	for k := s.sn.a + 1; k+1 < s.sn.b; k++ {
		if w := s.w(k); w != "गलती" && w != "भूल" || s.w(k+1) != "थी" && s.w(k+1) != "है" {
			continue
		}
		own, this := false, false
		for j := k - 1; j >= s.sn.a && j >= k-5; j-- {
			switch s.w(j) {
			case "मेरी", "हमारी", "अपनी":
				own = true
			case "यही", "यह", "वही":
				this = true
			}
		}
		if own && this {
			return true
		}
	}
	return false
}

// incompleteWithout12 reports a sentence saying something is incomplete
// without someone ("उनके बिना ओपनएआई की कल्पना अधूरी है", "X के बिना यह
// टीम अधूरी है"): praise of the one it needs, no fault found in the thing.
func (s *sentCtx) incompleteWithout12() bool {
	// (Word k is बिना: a sentence without it has no swWithout13 bit.)
	if s.screen&swWithout13 == 0 {
		return false
	}
	return s.incomplete.answer(s.memoGen, s.scanIncompleteWithout)
}

// scanIncompleteWithout is incompleteWithout12's scan of the sentence.
func (s *sentCtx) scanIncompleteWithout() bool {
	for k := s.sn.a + 1; k < s.sn.b; k++ {
		if s.w(k) != "बिना" || !isGenitive(s.w(k-1)) && s.flag(k-1)&fwGenPron == 0 {
			continue
		}
		for j := k + 1; j < s.sn.b && j <= k+8; j++ {
			if strings.HasPrefix(s.w(j), "अधूर") {
				return true
			}
			if s.w(j) == "," || s.w(j) == "।" || s.flag(j)&fwBreak != 0 {
				break
			}
		}
	}
	return false
}

// priorDoer20 returns tgts with the one tracked doer of clause pi (an
// agent or a bare subject, not src) when the clause names no other
// tracked one; tgts unchanged otherwise.
func (s *sentCtx) priorDoer20(pi, src int, tgts []int) []int {
	doer := -1
	for _, i := range s.inClause(pi) {
		c := s.chunks[i]
		if c.ent < 0 || c.ent == src {
			continue
		}
		if c.pron != 0 || c.mk != mkAgent && !(c.mk == mkBare && !c.possessed) || doer >= 0 && doer != c.ent {
			return tgts
		}
		doer = c.ent
	}
	if doer < 0 {
		return tgts
	}
	return append(tgts, doer)
}
