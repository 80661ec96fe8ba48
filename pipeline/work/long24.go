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
// means is a word of words.yaml short_means within three words after
// "से (भी/ही) कम", or after "से ज्यादा/अधिक" with a negator after it; Y
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
		if at < 0 {
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
		if neg && mood == pipeline.MoodNegated {
			mood = "" // the shortfall is the negation read
		}
		a.add(s, st, sp[0], y, -1, "criticism", mood, 1.0)
		return
	}
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
		mood := a.clauseMood(s, cl, at)
		if mood == pipeline.MoodNegated {
			mood = "" // the lack is the negation read
			if p := cl.parent; p >= 0 && s.cls[p].mood == pipeline.MoodNegated {
				mood = pipeline.MoodNegated
			}
		}
		a.add(s, st, sp[0], deal, -1, "criticism", mood, 1.0)
		return
	}
}
