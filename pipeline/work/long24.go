package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 24 (LONG): shapes of the misses of long dev stories.

// shieldedFrom24 reports "Y को <a short से-phrase> बचा-" at k (the बचा
// word): "X, Y को जांच से बचा रहे हैं", "X अपने मित्र Y को हर जांच से
// बचा रहे हैं" — Y is shielded from a probe, an action, a question; the
// charge is readShield's as with "Y को बचा रहे हैं". One to three plain
// words stand between को and से, none a name, a postposition, a verb, an
// oblique infinitive or a clause word.
func shieldedFrom24(s *sentCtx, k int) bool {
	if s.w(k-1) != "से" {
		return false
	}
	for j := k - 2; j >= k-5; j-- {
		if s.w(j) == "को" {
			return j < k-2
		}
		// "Y को डूबने से बचा रहे": a rescue from a fate (an oblique
		// infinitive), not a shield from a probe.
		if !s.isWord(j) || strings.HasSuffix(s.w(j), "ने") || s.mentionAt(j) || s.inMention(j) || s.flag(j)&(fwPostposition|fwFinite|fwCopula|fwKi|fwAnd|fwBreak|fwNeg|fwSpeech) != 0 {
			return false
		}
	}
	return false
}

// readShortMeans24 reads, in someone's words, means said to fall short of
// a sum: "X ने कहा कि Y के पास N से भी कम की रकम है", "… Y के पास N से
// ज्यादा का इंतजाम नहीं है", "… Y ने N से भी कम जुटाए हैं" — X belittles
// Y's means (hostile, as readQuality's "Y के पास पैसा है ही नहीं"). The
// means is a word of words.yaml short_means within four words after
// "से (भी/ही) कम", or after "से ज्यादा/अधिक" with a negator after it, and
// not under में/पर (a price: "N से कम की रकम में खरीदा"); Y
// is a name of the clause before the से, under के पास or with ने; the
// speaker is the one whose words they are, not Y (nor tied to Y: add).
func (a *Analyzer) readShortMeans24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	for _, k := range cl.toks {
		w := s.w(k)
		more := w == "ज्यादा" || w == "अधिक"
		if w != "कम" && !more {
			continue
		}
		se := k - 1
		if s.w(se) == "भी" || s.w(se) == "ही" {
			se--
		}
		if s.w(se) != "से" {
			continue
		}
		at := -1
		for j := k + 1; j <= k+4 && j < s.sn.b && s.isWord(j) && !s.mentionAt(j); j++ {
			if s.class(j)&cwShortMeans24 != 0 {
				at = j
				break
			}
		}
		// "N से भी कम की रकम में/पर … खरीदा": a price paid, no means
		// lacked.
		if at < 0 || s.w(at+1) == "में" || s.w(at+1) == "पर" {
			continue
		}
		neg := false
		for j := at + 1; j <= at+4 && j < s.sn.b && s.flag(j)&fwBreak == 0; j++ {
			if s.flag(j)&fwNeg != 0 {
				neg = true
			}
		}
		if neg != more {
			continue
		}
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.end > se {
				continue
			}
			if s.w(c.end) == "के" && s.w(c.end+1) == "पास" || c.mk == mkAgent {
				y = c.ent
			}
		}
		if y < 0 {
			return
		}
		sp := a.speakers(s, ci, st, nil)
		if len(sp) != 1 || sp[0] == y {
			return
		}
		mood := a.clauseMood(s, cl, at)
		if neg {
			mood = a.lackMood24(s, cl, at)
		}
		a.add(s, st, sp[0], y, -1, "criticism", mood, 1.0)
		return
	}
}

// lackMood24 is the mood of a lack told by a negator at at in clause cl
// ("Y के पास पैसा नहीं है"): the negation is the lack itself, so a
// negated clause asserts it, unless the clause that frames the words is
// negated too ("X ने नहीं कहा कि …"). readMeansLacked24, readDealLack24
// and readShortMeans24's "से ज्यादा … नहीं" read it so.
func (a *Analyzer) lackMood24(s *sentCtx, cl *clause, at int) string {
	mood := a.clauseMood(s, cl, at)
	if mood == pipeline.MoodNegated {
		mood = "" // the lack is the negation read
		if p := cl.parent; p >= 0 && s.cls[p].mood == pipeline.MoodNegated {
			mood = pipeline.MoodNegated
		}
	}
	return mood
}

// readDealLack24 reads, in someone's words, a lack of means said of the
// story's deal by a word that points back to it: "X ने लिखा कि परियोजना
// के पास असल में पैसा है ही नहीं", "… परियोजना के
// साझेदारों के पास पर्याप्त पैसा नहीं" — the deal was named in an earlier
// sentence or the headline, and the words belittle it: X → the deal
// hostile (as readQuality's "Y के पास पैसा नहीं" with Y named). The
// pointer is a word of words.yaml deal_pointers before के पास (its
// partners too); the story names one deal and the speaker is no deal.
func (a *Analyzer) readDealLack24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	for _, k := range cl.toks {
		if s.w(k+1) != "पास" {
			continue
		}
		// (A plural pronoun, "इनके पास", or "इन लोगों के पास" are the
		// parties, not the deal: dev-contrast-j labels so.)
		if s.w(k) != "के" {
			continue
		}
		p := k - 1
		if s.w(p) == "साझेदारों" && s.w(p-1) == "के" {
			p -= 2
		}
		if s.class(p)&cwDealPointer24 == 0 || s.inMention(p) {
			continue
		}
		at := -1
		for j := k + 2; j <= k+8 && j < s.sn.b && (s.isWord(j) || s.isQuoteTok(j)) && !s.mentionAt(j) && s.flag(j)&fwBreak == 0; j++ {
			if resourceNoun13(s.w(j)) {
				at = j
				break
			}
		}
		if at < 0 {
			continue
		}
		neg := false
		for j := at + 1; j <= at+3 && j < s.sn.b; j++ {
			if s.flag(j)&fwNeg != 0 {
				neg = true
				break
			}
		}
		if !neg {
			continue
		}
		deal := -1
		for e, ok := range st.named {
			if ok && a.isDeal[e] {
				if deal >= 0 {
					return // two deals: which one is meant is not said
				}
				deal = e
			}
		}
		if deal < 0 || !st.seen.has(deal) {
			return
		}
		sp := a.speakers(s, ci, st, nil)
		if len(sp) != 1 || sp[0] == deal {
			return
		}
		a.add(s, st, sp[0], deal, -1, "criticism", a.lackMood24(s, cl, at), 1.0)
		return
	}
}

// conjunctParty24 is the tracked ने-agent of the conjunct before clause ci
// when ci is a later conjunct with no subject of its own whose tie frame
// at names one partner: "X ने Y के साथ करार किया है और Z के साथ साझेदारी
// की है" — X is Z's partner too, also in someone's words ("A ने बताया कि
// X ने … और Z के साथ … की है": X, not the teller; there the conjunct
// ends in है/हैं). The conjunct before is the clause of the same kind and
// parent right before ci, and "और" (or तथा, एवं) opens ci; -1 if none, or
// if that conjunct has no one agent. (A frame's doer is not carried so:
// "A ने कहा कि … और Z की तारीफ की" is as often A's act as the content
// agent's; dev measured worse.)
func (a *Analyzer) conjunctParty24(s *sentCtx, ci, at int, idx []int) int {
	cl := &s.cls[ci]
	f := cl.first()
	if f < 0 || ci == 0 {
		return -1
	}
	switch w := s.w(f); {
	case w == "और" || w == "तथा" || w == "एवं":
	case s.w(f-1) == "और" || s.w(f-1) == "तथा" || s.w(f-1) == "एवं":
	default:
		return -1
	}
	for _, i := range idx {
		// A subject of its own (tracked or not), or an owner of the tie
		// noun ("और Z के साथ उसकी साझेदारी पारदर्शी रही": a tie
		// described, not made).
		if c := s.chunks[i]; c.tok < at && (c.mk == mkAgent || c.mk == mkBare || c.mk == mkGen) {
			return -1
		}
	}
	// In someone's words the conjunct keeps the words' perfect ("… की
	// है"); "A ने बताया कि … और Z के साथ साझेदारी की" may be A's own
	// act, back in the telling clause.
	if cl.kind == ckContent {
		n := len(cl.toks)
		if w := s.w(cl.toks[n-1]); w != "है" && w != "हैं" && (n < 2 || s.w(cl.toks[n-2]) != "है" && s.w(cl.toks[n-2]) != "हैं") {
			return -1
		}
	}
	pc := ci - 1
	for pc > 0 && len(s.cls[pc].toks) == 0 {
		pc--
	}
	if p := &s.cls[pc]; p.kind != cl.kind || p.parent != cl.parent {
		return -1
	}
	x := -1
	for _, i := range s.inClause(pc) {
		c := s.chunks[i]
		if c.mk != mkAgent {
			continue
		}
		if c.ent < 0 || x >= 0 && x != c.ent {
			return -1
		}
		x = c.ent
	}
	return x
}

// readTieMilestone24 reads, in the words of a person tied to one party of
// the story's last asserted tie, the tie pointed back to by यह/ये and
// called a milestone of it — "X ने कहा कि यह करार दोनों कंपनियों की
// साझेदारी का अगला अध्याय है", "यह करार अगले दशक की नींव है" (a word of
// words.yaml tie_milestones after the tie noun): X affirms the tie with
// the other party (SCHEMA: a party affirming a partnership is that
// speaker's supportive stance towards Y). Not when the clause is negated
// or the speaker is tied to neither party, or to both.
func (a *Analyzer) readTieMilestone24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent || !st.hasTie18 {
		return
	}
	toks := cl.toks
	for n, k := range toks {
		if w := s.w(k); w != "यह" && w != "ये" || n+1 >= len(toks) || !tieNoun18(s.w(k+1)) && s.w(k+1) != "दोनों" {
			continue
		}
		at := -1
		for _, j := range toks[n+1:] {
			if s.flag(j)&fwBreak != 0 {
				break
			}
			if s.class(j)&cwTieMilestone24 != 0 {
				at = j
				break
			}
		}
		if at < 0 {
			return
		}
		sp := a.speakers(s, ci, st, nil)
		if len(sp) != 1 || !a.isPerson[sp[0]] {
			return
		}
		z := a.ownOrg(st, sp[0])
		x, y := st.tie18[0], st.tie18[1]
		switch z {
		case x:
		case y:
			x, y = y, x
		default:
			return
		}
		// A person who made the tie for his company ("A ने X के साथ
		// गठबंधन का ऐलान किया") stands for it: the praise is of the
		// company.
		if a.isPerson[y] {
			if y = a.ownOrg(st, y); y < 0 || y == z {
				return
			}
		}
		mood := a.clauseMood(s, cl, at)
		if mood != "" {
			return
		}
		a.add(s, st, sp[0], y, 1, "praise", mood, 1.0)
		return
	}
}
