package work

import "github.com/khabar/khabar/pipeline"

// Session 34 (REJECT helper): the author of a charge, claim or offer
// that a rejection attacks in words pointed back at it.
//
// "X ने Y के दावों को खारिज किया और कहा कि ये दावे मनगढ़ंत हैं", "X ने Y की
// बोली ठुकरा दी। X ने कहा कि यह प्रतिद्वंद्वी को नुकसान पहुंचाने की चाल
// है", "Y ने … की पेशकश की थी। X ने पेशकश नामंजूर करते हुए कहा कि यह …
// चाल है": X's words open with a demonstrative (यह, ये आरोप) and call it
// a lie, a plot or a bad-faith move; what they point back at is the
// charge, claim or offer X has just rejected or answered, in the same
// sentence or one of the two before, and its author is Y (SCHEMA:
// "Rejecting a charge while attacking its author"; ruling rule 4a,
// an offer given a bad-faith motive). The charge of the sentence
// itself is not yet noted when its words are read (noteCharges15 runs
// after the sentence), so the sentence is read here; the rejection of
// an earlier sentence is the one noteRejection34 kept.

// rejectAhead34 is how many sentences after X's rejection X's words
// still point back at it.
const rejectAhead34 = 2

// rejectedOwner34 is, for X's words (content clause ci) that open with a
// demonstrative, the author of the charge, claim or offer X rejected or
// answered before them in this sentence, else in one of the
// rejectAhead34 sentences before (noteRejection34); -1 if none.
func (a *Analyzer) rejectedOwner34(s *sentCtx, ci, x int, st *storyState) int {
	cl := &s.cls[ci]
	first := s.firstSaid27(ci)
	if first >= 0 && s.w(first) == "कि" {
		first++
	}
	if cl.kind != ckContent || first < 0 || !demonstrative(s.w(first)) {
		return -1
	}
	if y, rx := a.rejection34(s, st, first); y >= 0 && rx == x {
		if y == x {
			return -1
		}
		return y
	}
	if st.rej34Y > 0 && st.rej34X-1 == x && st.rej34F == s.f && s.nsent > st.rej34Sent && s.nsent-st.rej34Sent <= rejectAhead34 && st.rej34Y-1 != x {
		return st.rej34Y - 1
	}
	return -1
}

// rejection34 finds, before token end of the sentence, a charge, claim
// or offer noun that a ने-agent rejects or answers ("Y के आरोपों को
// खारिज", "Y के दावों का खंडन", "Y की बोली ठुकरा दी", "पेशकश नामंजूर
// करते हुए"), and returns its author — the tracked genitive owner
// (ownerBack34), else, for a bare noun, the owner of the last charge
// (noteCharges15) or offer (noteOffer34) the story named — and the
// rejecting agent; -1, -1 if none.
func (a *Analyzer) rejection34(s *sentCtx, st *storyState, end int) (int, int) {
	if s.sentRules()&rwRebut35 == 0 {
		return -1, -1 // no answer or refusal word (speed35.go)
	}
	for k := s.sn.a; k < end && k < s.sn.b; k++ {
		charge := s.flag(k)&fwCharge != 0 || s.class2(k)&cwSaidClaim27 != 0
		offer := s.class2(k)&cwOfferNoun27 != 0
		if !charge && !offer || !s.rejectedAt34(k, offer) {
			continue
		}
		x := s.rejecter34(k)
		if x < 0 {
			continue
		}
		y := s.ownerBack34(k)
		if y < 0 && !s.ownedBefore34(k) {
			switch {
			case offer && st.offer34 > 0:
				y = st.offer34 - 1
			case charge && st.chargeBy15 > 0:
				y = st.chargeBy15 - 1
			}
		}
		if y >= 0 {
			return y, x
		}
	}
	return -1, -1
}

// rejectedAt34 reports a noun at k that its words reject or answer: a
// charge or claim under chargeAnswered19 (or "… को सिरे से खारिज"), an
// offer followed by a refusal within three words ("बोली ठुकरा दी",
// "पेशकश को खारिज", "पेशकश नामंजूर").
func (s *sentCtx) rejectedAt34(k int, offer bool) bool {
	if s.chargeAnswered19(k) {
		return true
	}
	if s.w(k+1) == "को" && s.w(k+2) == "सिरे" && s.w(k+3) == "से" && s.w(k+4) == "खारिज" {
		return true
	}
	if s.deniedVerb34b(k) { // "Y के दावों को नकार दिया" (reject34b.go)
		return true
	}
	if !offer {
		return false
	}
	for j := k + 1; j <= k+3 && j < s.sn.b; j++ {
		if s.class2(j)&cwOfferRefusal27 != 0 {
			return true
		}
		if !s.isWord(j) || s.mentionAt(j) {
			return false
		}
	}
	return false
}

// rejecter34 is the tracked ने-agent before the noun at k, or -1.
func (s *sentCtx) rejecter34(k int) int {
	x := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok >= k {
			break
		}
		if c.mk == mkAgent && c.ent >= 0 && s.w(c.at) == "ने" {
			x = c.ent
		}
	}
	return x
}

// ownerBack34 is the tracked genitive owner of the noun at k, across
// untracked genitives and modifiers between ("Y की जेपीसी जांच की मांग",
// "Y के बंदरगाह ठेकों से जुड़े आरोपों"), up to six words back; -1 if none.
func (s *sentCtx) ownerBack34(k int) int {
	lim := k - 6
	for j := k - 1; j > s.sn.a && j >= lim; j-- {
		w := s.w(j)
		if s.sumWord37(j) || isGenitive(w) && s.sumWord37(j-1) {
			lim-- // "Y के नेतृत्व वाले समूह की 97.4 अरब डॉलर की पेशकश": a sum is no step (reject37.go)
		}
		if isGenitive(w) || w == "द्वारा" {
			// ("Y द्वारा लगाए गए आरोपों": the author under द्वारा.)
			for i := range s.chunks {
				if c := &s.chunks[i]; c.end == j && c.ent >= 0 && c.pron == 0 {
					return c.ent
				}
			}
			if w == "द्वारा" {
				return -1
			}
			continue
		}
		if w == "से" && s.linkedBy34(j+1) {
			lim -= 2 // "Y के हवाई अड्डों के ठेकों से जुड़े आरोप": the link takes no step (reject37)
			continue
		}
		if !s.isWord(j) || s.mentionAt(j) || s.flag(j)&fwPostposition != 0 || w == "ने" {
			return -1
		}
	}
	return -1
}

// linkedBy34 reports "जुड़े", "संबंधित" … at k: "X से जुड़े आरोप" names a
// matter, not a second owner.
func (s *sentCtx) linkedBy34(k int) bool {
	switch s.w(k) {
	case "जुडे", "जुडी", "जुडा", "संबंधित": // (nukta folded)
		return true
	}
	return false
}

// ownedBefore34 reports a genitive or demonstrative right before the noun
// at k that is not bare: "उनकी बोली", "ट्रंप प्रशासन की मांग" (an owner the
// story does not track) — then no earlier owner stands for it.
func (s *sentCtx) ownedBefore34(k int) bool {
	p := s.w(k - 1)
	return isGenitive(p) || s.flag(k-1)&fwGenPron != 0
}

// noteRejection34 keeps the sentence's rejection (its author and the
// rejecting agent) for X's words in the sentences after it; and notes
// the maker of an offer ("Y ने … की पेशकश की थी", "Y के नेतृत्व वाले
// समूह ने … पेशकश की") for a bare "पेशकश" turned down later.
func (a *Analyzer) noteRejection34(s *sentCtx, st *storyState) {
	charge := s.flagsMayHave(fwCharge)
	if !charge && s.sentRules()&rwReject34 == 0 {
		return // no charge word, no offer or said-claim noun (speed34.go)
	}
	if charge || s.class2Any34() {
		if y, x := a.rejection34(s, st, s.sn.b); y >= 0 && y != x {
			st.rej34X, st.rej34Y, st.rej34Sent, st.rej34F = x+1, y+1, s.nsent, s.f
		}
	}
	if s.sentRules()&rwOffer35 == 0 {
		return // no offer noun (speed35.go)
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.class2(k)&cwOfferNoun27 == 0 {
			continue
		}
		switch s.w(k + 1) {
		case "की", "किया", "कि", "रखी", "रखा", "दी", "दिया":
		default:
			continue
		}
		if y := s.offerMaker34(k); y >= 0 {
			st.offer34 = y + 1
		}
	}
}

// class2Any34 reports an offer or said-claim noun in the sentence.
func (s *sentCtx) class2Any34() bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.class2(k)&(cwOfferNoun27|cwSaidClaim27) != 0 {
			return true
		}
	}
	return false
}

// offerMaker34 is the tracked ने-agent before the offer noun at k, or
// the one whose lead the agent group is under ("Y के नेतृत्व वाले
// निवेशक समूह ने"); -1 if none.
func (s *sentCtx) offerMaker34(k int) int {
	if x := s.rejecter34(k); x >= 0 {
		return x
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok >= k {
			break
		}
		if c.ent >= 0 && c.pron == 0 && isGenitive(s.w(c.end)) && s.w(c.end+1) == "नेतृत्व" {
			for j := c.end + 2; j < k && j <= c.end+6; j++ {
				if s.w(j) == "ने" {
					return c.ent
				}
			}
		}
	}
	return -1
}

// nothingBut34 reports an evaluative at o followed by "से ज्यादा कुछ
// नहीं", "के सिवा कुछ नहीं" ("यह प्रतिद्वंद्वी को कमजोर करने की चाल से
// ज्यादा कुछ नहीं": nothing but a ploy): the negator limits, it does not
// deny, so the word is asserted (as the litotes "से कम नहीं", words30.go).
func (s *sentCtx) nothingBut34(o occurrence) bool {
	e := o.k + o.n
	switch {
	case s.w(e) == "से" && (s.w(e+1) == "ज्यादा" || s.w(e+1) == "अधिक" || s.w(e+1) == "बढकर"):
	case s.w(e) == "के" && (s.w(e+1) == "सिवा" || s.w(e+1) == "सिवाय" || s.w(e+1) == "अलावा"):
	default:
		return false
	}
	e += 2
	if s.w(e) == "और" {
		e++
	}
	return s.w(e) == "कुछ" && e+1 < s.sn.b && s.flag(e+1)&fwNeg != 0
}

// calledBefore34 reports a calling converb right before the denial at k
// ("… को सरासर झूठ बताकर नकार दिया", "… को साजिश बताते हुए इनकार
// किया", "… करार देते हुए खंडन किया"): the calling is how the charge is
// denied, said and asserted; the denial's scope starts at k.
func (s *sentCtx) calledBefore34(k int) bool {
	switch s.w(k - 1) {
	case "बताकर", "कहकर", "ठहराकर":
		return true
	case "हुए":
		switch s.w(k - 2) {
		case "बताते", "बताती", "कहते", "कहती", "ठहराते":
			return true
		case "देते", "देती":
			return s.w(k-3) == "करार"
		}
	case "देकर":
		return s.w(k-2) == "करार"
	}
	return false
}

// calledChargeOwner34 is, for a calling word at k whose को-object is a
// charge, claim or offer noun a few words before ("Y के लगाए आरोपों को
// झूठा बताया", "Y द्वारा लगाए गए आरोपों को X ने मनगढ़ंत करार दिया"), the
// noun's author (ownerBack34); -1 if none.
func (s *sentCtx) calledChargeOwner34(k int) int {
	for j := k - 1; j > s.sn.a+1 && j >= k-8; j-- {
		if s.w(j) != "को" {
			if !s.isWord(j) && !s.isQuoteTok(j) {
				return -1
			}
			continue
		}
		n := j - 1
		if s.flag(n)&fwCharge == 0 && s.class2(n)&(cwSaidClaim27|cwOfferNoun27) == 0 {
			return -1
		}
		return s.ownerBack34(n)
	}
	return -1
}

// authoredCharge34 reports a charge noun at o whose author stands before
// it under "द्वारा लगाए (गए)" and which its clause answers or calls
// something ("Y द्वारा लगाए गए आरोपों को X ने निराधार करार दिया", "… को
// खारिज किया"): the charge is Y's, presupposed; the one answering is not
// charging Y (SCHEMA: a charge presupposed only as the object of an
// answer). A precision veto of the charge frame.
func (s *sentCtx) authoredCharge34(o occurrence) bool {
	k := o.k
	if s.flag(k)&fwCharge == 0 || s.w(k+1) != "को" {
		return false
	}
	j := k - 1
	if s.w(j) == "गए" || s.w(j) == "गये" {
		j--
	}
	if s.w(j) != "लगाए" && s.w(j) != "लगाये" || s.w(j-1) != "द्वारा" {
		return false
	}
	for e := k + 2; e < s.sn.b && !s.answerStop27(e); e++ {
		if s.flag(e)&(fwCall|fwDenial) != 0 || s.class(e)&(cwAnswer27|cwReply25) != 0 {
			return true
		}
	}
	return false
}

// deniedAt34 reports a hostile word at k in a content clause that is
// negated: the reply denies the deed it names ("इसके जवाब में X ने कहा
// कि ऐसा कोई कर्ज माफ नहीं किया गया"), a plain rebuttal, no attack
// (SCHEMA ruling rule 1: a reply with no hostile content is no stance).
func (a *Analyzer) deniedAt34(s *sentCtx, k int) bool {
	i := k - s.sn.a
	if i < 0 || i >= len(s.cid) {
		return false
	}
	ci := int(s.cid[i])
	if ci < 0 || ci >= len(s.cls) || s.cls[ci].kind != ckContent {
		return false
	}
	return a.clauseMood(s, &s.cls[ci], k) == pipeline.MoodNegated
}
