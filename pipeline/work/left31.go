package work

import "slices"

// Session 31 (LEFT): attachment shapes left by session 30 (CAUSES30.md,
// "Left (not fixed)").

// ownedDemAct31 reports an act noun at k written with its owner's
// genitive before a demonstrative ("Y के उस बयान पर प्रतिक्रिया दी", "Z की
// इस मांग को"): the demonstrative points at the act, but the act is named
// with its owner, so it is the owner's act, not one pointed back to. It
// returns the genitive's token, or -1.
func ownedDemAct31(s *sentCtx, k int) int {
	if k-2 <= s.sn.a {
		return -1
	}
	switch s.w(k - 1) {
	case "इस", "उस", "इन", "उन", "इसी", "उसी":
	default:
		return -1
	}
	if g := k - 2; isGenitive(s.w(g)) {
		return g
	}
	return -1
}

// saidPronDenied31 reports a bare इसे/इसको at c, right after a sentence
// that named someone's statement, claim or remark (storyState.saidBy),
// called only untrue at k (falsityWord: गलत, भ्रामक …): the pronoun is
// the words, and calling them only untrue denies them, no stance on
// their maker (SCHEMA: rejecting or denying a charge), as with "Y के
// बयान को भ्रामक बताया".
func (s *sentCtx) saidPronDenied31(c *chunk, k int) bool {
	if c.pron != fwTargetPron || c.possessed || s.st == nil || s.st.saidBy <= 0 {
		return false
	}
	if w := s.w(c.tok); w != "इसे" && w != "इसको" {
		return false
	}
	return falsityWord(s.w(k))
}

// suitFiler31 is the doer of a lawsuit frame at o said in the agentless
// passive ("प्रतिवादी बनाया गया है") in a clause that places it in a suit
// or petition ("मुकदमे में", "नई याचिका में"): the one who filed the
// story's last suit (storyState.acts), -1 if none is known.
func (a *Analyzer) suitFiler31(s *sentCtx, ci int, o occurrence) int {
	if s.st == nil || !s.passiveFinite(o.k+o.n-1) {
		return -1
	}
	for _, k := range s.cls[ci].toks {
		if k >= o.k {
			break
		}
		if s.w(k+1) != "में" || !suitNoun(s.w(k)) && !petitionNoun(s.w(k)) {
			continue
		}
		for _, key := range []string{a.actKey(s, k), "मुकदमा", "याचिका"} {
			if e, ok := s.st.acts[key]; ok && e >= 0 {
				return e
			}
		}
	}
	return -1
}

// labelGenOwner31 is, for a bare subject c that is a demonstrative act
// ("यह मुकदमा", "ये दावे") judged in someone's words by a label at k,
// another tracked name written between them as the label's owner or
// doer ("यह मुकदमा Y की साजिश है", "… Y के लगातार उत्पीड़न की कड़ी है",
// "… Y की ओर से किए जा रहे उत्पीड़न का हिस्सा है"): the act is told as
// Y's doing, and the label judges Y, not whoever the demonstrative
// points back to. -1 otherwise.
func (s *sentCtx) labelGenOwner31(c *chunk, k int) int {
	if c.mk != mkBare || c.pron != 0 || c.ent < 0 || !demonstrative(s.w(c.tok)) {
		return -1
	}
	y := -1
	for i := range s.chunks {
		o := &s.chunks[i]
		if o.tok < c.end || o.tok >= k {
			continue
		}
		if o.clause != c.clause {
			continue
		}
		if o.pron != 0 || o.ent < 0 || o.ent == c.ent {
			return -1
		}
		if !(o.end < k && isGenitive(s.w(o.end)) || o.mk == mkAgent && s.w(o.at) != "ने") {
			return -1
		}
		y = o.ent
	}
	return y
}

// distancedClaim31 reports a break frame at o whose से-slot is something
// of Y's said or asked, written right before it with its owner ("Y की
// मांग से दूरी बना ली", "Y के बयान से किनारा कर लिया"; words.yaml
// demand_nouns, said_claims, offer_nouns): turning Y's words down is no
// break with Y (SCHEMA ruling 4).
func (s *sentCtx) distancedClaim31(o occurrence, fr *Frame) bool {
	if fr == nil || fr.Kind != "rupture" || o.k-3 <= s.sn.a || s.w(o.k-1) != "से" || !isGenitive(s.w(o.k-3)) {
		return false
	}
	return s.class2(o.k-2)&(cwDemand31|cwSaidClaim27|cwOfferNoun27) != 0
}

// titleQuote31 reports a short quote (tokens (from, to)) that opens a
// headline before its colon or dash and has an epithet in it, a title
// standing for someone ("'यारों के लिए नीतियां बदल रहे हैं मंत्री': Y का
// तंज"): like a quote with a name in it, it is someone's words, so the
// tag after the colon is its own clause ("Y का हमला"), not words said by
// the title's holder. The demonstratives that point back to an act
// ("यह", "इस") are epithets too but name no one.
func titleQuote31(f *field, sn *sentence, fl []uint64, from, to int) bool {
	if to+1 >= sn.b {
		return false
	}
	switch f.words[to+1] {
	case ":", "-", "–", "—":
	default:
		return false
	}
	for k := from + 1; k < to; k++ {
		if fl[k-sn.a]&fwEpithet != 0 && !slices.Contains(actDemonstratives, f.words[k]) {
			return true
		}
	}
	return false
}

// counterSuit31 reports a counter-suit named in the sentence: जवाबी right
// before a suit noun ("जवाबी मुकदमा", "जवाबी केस").
func (s *sentCtx) counterSuit31() bool {
	for k := s.sn.a; k+1 < s.sn.b; k++ {
		if s.w(k) == "जवाबी" && suitNoun(s.w(k+1)) {
			return true
		}
	}
	return false
}

// counteredSuit31 reads a suit owned by X and named with no defendant
// ("X के मुकदमे पर जूरी सुनवाई अगले साल होगी") in a story that told of a
// counter-suit against X: a counter-suit answers X's own suit, so X's
// suit is against the counter-suer(s). It reports whether it read one.
func (a *Analyzer) counteredSuit31(s *sentCtx, st *storyState, owner int) bool {
	read := false
	for _, p := range st.counter31 {
		if p[1] == owner && p[0] != owner {
			a.add(s, st, owner, p[0], -1, "lawsuit", "", 1.0)
			read = true
		}
	}
	return read
}

// reflexiveOwner31 is, for a reflexive owner at j (अपने, अपना, अपनी)
// before a charge or suit noun, the ne-agent of its clause written before
// it ("X ने Y के खिलाफ अपने मुकदमे का दायरा बढ़ाया": X's suit), -1 if
// none.
func (s *sentCtx) reflexiveOwner31(j int) int {
	switch s.w(j) {
	case "अपने", "अपना", "अपनी":
	default:
		return -1
	}
	cj := s.cid[j-s.sn.a]
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok >= j {
			break
		}
		if c.mk == mkAgent && c.ent >= 0 && s.w(c.at) == "ने" && s.cid[c.tok-s.sn.a] == cj {
			return c.ent
		}
	}
	return -1
}

// groupStart31 is the first token of the coordinated group chunk c ends
// ("Y और उसके सीईओ Z" for Z's chunk).
func (s *sentCtx) groupStart31(c *chunk) int {
	t := c.tok
	for i := range s.chunks {
		if o := &s.chunks[i]; o.group == c.group && o.tok < t && o.end <= c.tok {
			t = o.tok
		}
	}
	return t
}

// suitCoDefendants31 adds the other names of the defendant's coordinated
// group in a suit named as a noun at k ("X की ओर से Y और उसके सीईओ Z के
// खिलाफ दायर मुकदमे"): each is sued.
func (a *Analyzer) suitCoDefendants31(s *sentCtx, st *storyState, k, owner, against int) {
	var g *chunk
	for i := range s.chunks {
		if c := &s.chunks[i]; c.ent == against && c.end <= k && c.end >= k-6 {
			g = c
		}
	}
	if g == nil {
		return
	}
	for i := range s.chunks {
		if c := &s.chunks[i]; c != g && c.group == g.group && c.ent >= 0 && c.ent != owner && c.tok < g.tok {
			a.add(s, st, owner, c.ent, -1, "lawsuit", "", 1.0)
		}
	}
}

// ledOwner31 is, for a genitive at g whose noun group is a body led by a
// tracked name ("X की अगुवाई वाले निवेशक समूह की", "X के नेतृत्व वाली
// कंसोर्टियम की"), that name: the body's act is X's, as its ने-agent is
// (ledBody29). -1 otherwise.
func (s *sentCtx) ledOwner31(g int) int {
	for j := g - 1; j > s.sn.a+1 && j >= g-6; j-- {
		switch s.w(j) {
		case "वाले", "वाली", "वाला":
		default:
			if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&fwPostposition != 0 && !isGenitive(s.w(j)) {
				return -1
			}
			continue
		}
		if w := s.w(j - 1); w != "अगुवाई" && w != "नेतृत्व" || !isGenitive(s.w(j-2)) {
			return -1
		}
		if c := s.chunkEnding(j - 2); c != nil && c.pron == 0 {
			return c.ent
		}
		return -1
	}
	return -1
}

// proxyHead31 reads, after a bare proxy noun at k, its head and the
// head's own name, untracked ("बोर्ड के अध्यक्ष Z ने", "बोर्ड अध्यक्ष
// ने"): the head speaks for the body, and so for the one the
// story's last such body spoke for (bareProxy12). It returns the ने's
// token, or 0.
func (s *sentCtx) proxyHead31(k int) int {
	i := k + 1
	if isGenitive(s.w(i)) {
		i++
	}
	if !campaignHead15(s.w(i)) {
		return 0
	}
	for n := i + 1; n < s.sn.b && n <= i+4; n++ {
		if s.w(n) == "ने" {
			return n
		}
		if !s.isWord(n) || s.mentionAt(n) || s.inMention(n) || s.flag(n) != 0 {
			return 0
		}
	}
	return 0
}

// skipQualifier31 steps back, from j, over a qualifier "N वाले/वाली/वाला"
// of one or two plain words before a noun ("X के व्यापार रहस्य वाले
// मुकदमे", "Y की अरबों डॉलर वाली पेशकश"), to the word before it; j itself
// when there is none.
func (s *sentCtx) skipQualifier31(j int) int {
	switch s.w(j) {
	case "वाले", "वाली", "वाला":
	default:
		return j
	}
	for i := j - 1; i >= s.sn.a && i >= j-2; i-- {
		if !s.isWord(i) || s.mentionAt(i) || s.inMention(i) || s.flag(i)&(fwPostposition|fwFinite|fwCopula|fwKi|fwAnd|fwNeg) != 0 {
			return j
		}
		if p := s.w(i - 1); isGenitive(p) || p == "पर" || p == "खिलाफ" || p == "द्वारा" {
			return i - 1
		}
	}
	return j
}
