package work

import (
	"fmt"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 27 (FALSE): rules 2 and 4 of SCHEMA's session-26 ruling.
//
// Rule 2, a claim of Y called false: a strong word (words.yaml
// claim_strong: झूठ, मनगढ़ंत, बेतुका …) calls Y's words lies, X → Y
// hostile (evaluative.yaml marks most of them attack; strongClaim27
// reads the others said of a claim); a weak word (claim_weak: गलत, निराधार, भ्रामक …) only denies
// them, no stance — said of Y's claim ("Y के आरोप गलत हैं") or of Y as
// the claimant ("X ने कहा कि Y गलत हैं"), unless Y is said to know it
// or to be always wrong (claim_edges). Rule 4: Y's offer, bid or
// proposal turned down is no stance unless the refusal's words attack Y
// or mock the offer.

// claimStrength27 refuses a claim_weak word that evaluative.yaml marks
// an attack: the two lists must not disagree.
func (lx *Lexicon) claimStrength27() error {
	for _, e := range lx.Evaluative {
		if lx.classBits2[hindi.NormalizeString(e.W)]&cwClaimWeak27 != 0 && e.Attack {
			return fmt.Errorf("lexicon/evaluative.yaml:%d: %q is a weak claim word (words.yaml claim_weak) but marked attack", e.line, e.W)
		}
	}
	return nil
}

// strongClaim27 reports a claim_strong word at o that evaluative.yaml does
// not mark an attack (बेतुका, फर्जी) said of a claim or charge: as its
// predicate ("ये आरोप बेतुके हैं") or called of it ("Y के आरोपों को
// बेतुका बताया"). It then attacks the claim's author as an attack word
// does (SCHEMA ruling rule 2); said of anything else ("बेतुका फैसला") it
// reads as before.
func (a *Analyzer) strongClaim27(s *sentCtx, o occurrence) bool {
	ev := o.e.eval
	if ev == nil || ev.pol >= 0 || ev.Attack || o.n != 1 || s.class2(o.k)&cwClaimStrong27 == 0 {
		return false
	}
	next := o.k + 1
	called := s.flag(next)&fwCall != 0
	if !called && !s.predicateEnd27(next) {
		return false
	}
	j := o.k - 1
	for j > s.sn.a && (!s.isWord(j) || a.lex.isGap(s.w(j))) {
		j--
	}
	if called && s.w(j) == "को" {
		j--
	}
	return s.claimNounAt31(j)
}

// weakClaim27 reads a weak claim word at o said as a predicate ("…
// गलत हैं", "… गलत और निराशाजनक है", "…, पर गलत") of a claim noun ("Y
// के आरोप", "यह दावा", "Y का आकलन"), of a tracked name or subject
// pronoun right before it, past gap words, demonstratives and a topic
// ("Y इस बार गलत हैं", "वह Z के बारे में गलत हैं"), or of no one
// after a contrast or a speech verb ("Y अच्छे इंसान, पर गलत", "X बोले-
// गलत"); or called of Y ("Y को गलत बताया"). weak: a denial, no stance.
// edged: the sentence also says the claimant knows it is false or is
// always wrong ("… और यह वह खुद भी जानते हैं", "जैसा कि वह लगभग हमेशा
// होते हैं"; claim_edges), so the word attacks him as a strong one does.
func (a *Analyzer) weakClaim27(s *sentCtx, o occurrence) (weak, edged bool) {
	ev := o.e.eval
	if ev == nil || ev.Attack || o.n != 1 || s.class2(o.k)&cwClaimWeak27 == 0 && !claimNotRight29(s, o) {
		return false, false
	}
	next := o.k + 1
	// (session 29) "Y का आंकड़ा सही नहीं है": a right word negated is the
	// weak "गलत" (claimNotRight29).
	if ev.pol > 0 {
		if !claimNotRight29(s, o) || !a.claimNounBefore29(s, o.k) {
			return false, false
		}
		next++
	}
	for next < s.sn.b && s.isQuoteTok(next) {
		next++ // "… को 'भ्रामक' बताया": past the label's quote mark (session 34)
	}
	called := s.flag(next)&fwCall != 0
	if !called && !s.predicateEnd27(next) {
		return false, false
	}
	if !a.claimSubject27(s, o.k, called) {
		return false, false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		// ("हमेशा की तरह": as the speaker always does, not the
		// claimant always wrong; session 34.)
		if s.class2(k)&cwClaimEdge27 != 0 && !(s.w(k+1) == "की" && s.w(k+2) == "तरह") {
			return false, true
		}
	}
	return true, false
}

// claimSubject27 reports what a weak word at k is said of: a claim, its
// claimant, or (elided) the claim just answered; see weakClaim27.
func (a *Analyzer) claimSubject27(s *sentCtx, k int, called bool) bool {
	j := k - 1
	for j > s.sn.a {
		switch {
		case !s.isWord(j) || a.lex.isGap(s.w(j)) || demonstrative(s.w(j)):
			j--
			continue
		case s.flag(j)&fwPostposition != 0 && s.flag(j-1)&fwAbout != 0 && isGenitive(s.w(j-2)):
			// "Y Z के बारे में गलत हैं": past the topic.
			j = s.topicStart27(j - 3)
			continue
		}
		if p := s.pastWeakConjunct28(j); p < j {
			// "Y के आरोप तथ्यों से परे और बेबुनियाद हैं" (weak28.go).
			j = p
			continue
		}
		break
	}
	if j < s.sn.a {
		return false
	}
	if called {
		// "X ने Y को गलत बताया": only Y himself; "Y के दावे को गलत
		// बताया" is read as a denial already.
		return s.w(j) == "को" && (s.nameEndsAt27(j-1) || s.claimNounAt31(j-1))
	}
	if s.elidedClaim27(j, k) {
		// "Y अच्छे इंसान, पर गलत", "X बोले- गलत": nothing between.
		return true
	}
	return s.nameEndsAt27(j) || s.flag(j)&(fwSubjPron|fwCharge) != 0 || s.class2(j)&cwSaidClaim27 != 0
}

// nameEndsAt27 reports a tracked name (a chunk with an entity, no
// pronoun) whose last word is at j.
func (s *sentCtx) nameEndsAt27(j int) bool {
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == j+1 && c.ent >= 0 && c.pron == 0 && s.mentionAt(c.tok) {
			return true
		}
	}
	return false
}

// plainRefusal27 reports a hostile frame at o that turns down Y's offer,
// bid or proposal (an offer noun, then a refusal: "Y की बोली ठुकरा दी",
// "Y के प्रस्ताव को खारिज किया") in a sentence whose words do not attack:
// no hostile word of the lexicon outside the frame and no offer_attacks
// word (a motive, a jibe, a counter-offer to buy) other than the offer's
// own "खरीद (की) पेशकश". SCHEMA ruling rule 4: such a refusal is no
// stance, as making a bid is none.
func (a *Analyzer) plainRefusal27(s *sentCtx, o occurrence) bool {
	fr := o.e.frame
	if fr == nil || fr.pol >= 0 || s.class2(o.k)&cwOfferNoun27 == 0 {
		return false
	}
	refusal := false
	for j := o.k; j < o.k+o.n && j < s.sn.b; j++ {
		refusal = refusal || s.class2(j)&cwOfferRefusal27 != 0
	}
	if !refusal {
		return false
	}
	return a.offerWordsPlain27(s, o.k, o.k+o.n, o.k, o.k+o.n)
}

// offerWordsPlain27 reports a sentence whose words outside the refusal
// ([a1,b1) and [a2,b2)) neither attack the offer nor carry a hostile
// frame or evaluative: the refusal is plain (SCHEMA ruling rule 4).
func (a *Analyzer) offerWordsPlain27(s *sentCtx, a1, b1, a2, b2 int) bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if k >= a1 && k < b1 || k >= a2 && k < b2 {
			continue
		}
		if s.class2(k)&cwOfferAttack27 != 0 && !s.offerWithin27(k) {
			return false
		}
		if a.hostileAt(s, k) {
			return false
		}
	}
	return true
}

// offerWithin27 reports an offer noun one or two words after k ("खरीद
// पेशकश", "खरीद की पेशकश"): the word at k names the offer itself.
func (s *sentCtx) offerWithin27(k int) bool {
	for j := k + 1; j <= k+2 && j < s.sn.b; j++ {
		if s.class2(j)&cwOfferNoun27 != 0 {
			return true
		}
	}
	return false
}

// elidedClaim27 reports a weak word at k with no subject of its own:
// only punctuation and gap words back to j, a contrast, a speech verb or
// a postposition after a comma ("Y अच्छे इंसान, पर गलत", "X ने लिखा,
// “गलत, और …”", "X बोले- गलत").
func (s *sentCtx) elidedClaim27(j, k int) bool {
	return j >= s.sn.a && j < k-1 && (s.flag(j)&(fwBreak|fwSpeech|fwPostSpeech) != 0 || s.flag(j)&fwPostposition != 0 && !s.isWord(j-1))
}

// knowingReply27 reads a weak word at o with no subject of its own, the
// claimant said to know it false ("X ने जवाब में लिखा, “गलत, और आप यह
// अच्छी तरह जानते हैं”"): X calls the claim just answered a knowing lie,
// X → its author (the one whose charge X answers, else the one who
// acted in the sentence before) hostile.
func (a *Analyzer) knowingReply27(s *sentCtx, ci int, o occurrence, st *storyState) bool {
	j := o.k - 1
	for j > s.sn.a && (!s.isWord(j) || a.lex.isGap(s.w(j))) {
		j--
	}
	if !s.elidedClaim27(j, o.k) {
		return false
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 {
		return false
	}
	y, ok := a.chargeAuthor15(st, sp[0])
	if !ok || y == sp[0] {
		y = st.lastAgent
	}
	if y < 0 || y == sp[0] {
		return false
	}
	pol, mood := a.evalMood(s, o, -1, a.clauseMood(s, &s.cls[ci], o.k))
	a.emit(s, st, sp, []int{y}, pol, "accusation", mood, 1.5)
	return true
}

// topicStart27 is the word before the name or word that ends at j (the
// topic of "… के बारे में").
func (s *sentCtx) topicStart27(j int) int {
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == j+1 && c.ent >= 0 {
			return c.tok - 1
		}
	}
	return j - 1
}

// deniedCharge27 reports a charge frame at o ("Y के आरोप") that is the
// subject of a weak claim word as its predicate, past gap words ("Y के
// आरोप गलत हैं", "… आरोप पूरी तरह भ्रामक हैं"): the charge is denied,
// nobody is charged by the one who says it (SCHEMA ruling rule 2).
func (a *Analyzer) deniedCharge27(s *sentCtx, o occurrence) bool {
	if o.e.frame == nil || o.e.frame.pol >= 0 || s.flag(o.k)&fwCharge == 0 {
		return false
	}
	j := o.k + o.n
	for j < s.sn.b && j < o.k+o.n+3 && (!s.isWord(j) || a.lex.isGap(s.w(j))) {
		j++
	}
	if j >= s.sn.b || s.class2(j)&cwClaimWeak27 == 0 {
		return false
	}
	return s.predicateEnd27(j + 1)
}

// offerOwnerBefore27 is, for content clause ci that opens with यह/ये and
// calls it an attack word, the owner of the one offer, bid or proposal
// the sentence names before it, past an amount ("Y की 97 अरब डॉलर की
// बोली ठुकराई, X बोला- यह प्रतिद्वंद्वी को कमजोर करने की चाल"): the
// refusal gives Y's offer a bad-faith motive, X → Y (SCHEMA ruling rule
// 4a); -1 if none or several.
func (s *sentCtx) offerOwnerBefore27(ci int, sp int) int {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return -1
	}
	first := s.firstSaid27(ci)
	if first < 0 || !demonstrative(s.w(first)) {
		return -1
	}
	y := -1
	for _, c := range s.chunks {
		if c.tok >= first {
			break
		}
		if c.ent < 0 || c.pron != 0 || c.ent == sp || !isGenitive(s.w(c.end)) {
			continue
		}
		owns := false
		for j := c.end + 1; j <= c.end+6 && j < first; j++ {
			if s.mentionAt(j) {
				break
			}
			if s.class2(j)&cwOfferNoun27 != 0 {
				owns = true
				break
			}
		}
		if !owns {
			continue
		}
		if y >= 0 && y != c.ent {
			return -1
		}
		y = c.ent
	}
	return y
}

// firstSaid27 is the first token of clause ci that is not a quote mark,
// or -1 (the word that opens someone's words: claimOwnerBefore26,
// offerOwnerBefore27).
func (s *sentCtx) firstSaid27(ci int) int {
	for _, k := range s.cls[ci].toks {
		if !s.isQuoteTok(k) {
			return k
		}
	}
	return -1
}

// predicateEnd27 reports what may follow a word said as a predicate at
// next-1: the sentence's end, punctuation, a copula or "और" ("… गलत
// हैं", "… गलत और …", "…, पर गलत।").
func (s *sentCtx) predicateEnd27(next int) bool {
	return next >= s.sn.b || !s.isWord(next) || s.flag(next)&(fwCopula|fwAnd) != 0
}
