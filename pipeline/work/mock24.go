package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 24 (AOFIX): a jibe whose target is only in its words.
//
// "X ने चुटकी लेते हुए लिखा कि यह Y की ग्राहक सेवा का हाल है", "X ने तंज
// कसते हुए कहा कि Y का नया सर्च अब भी पिछले दशक में अटका है": the
// mockery noun (तंज, चुटकी, व्यंग्य, कटाक्ष) with its light verb names no
// target of its own (no "Y पर"), and the words after it say whom it is
// aimed at. readFrame takes the words' tracked subject; a party named
// there only as an owner ("Y की सेवा") or otherwise is read here: when
// the main clause has one tracked agent X and no other tracked noun
// group (a place like "एक्स पर" aside), and the content clauses it
// frames name exactly one tracked party Y other than X (by name or
// epithet; pronouns are not read), X → Y is hostile (kind mockery). A
// person and his own organisation named together ("Y की कंपनी Z") are
// one target: both are credited. Two unrelated parties in the words give
// nothing (the words do not say which one is mocked), nor do words about
// buying ("… चाहें तो हम Z को खरीद लें": buying is no stance, SCHEMA, and
// the jibe is at the bidder the words do not name; dvg-127).
// Dev: dao-037, dva-190 (a company's service mocked), dvn-142, dvq-057.

// jibeVerb24 is the light verb of a jibe noun: कसते/लेते/करते (+ हुए)
// or a finite form (कसा, ली, किया); not an infinitive (कसने, लेने).
func jibeVerb24(w string) bool {
	switch w {
	case "किसी", "किस", "लेकर", "करने", "लेने", "कसने", "करना", "लेना":
		return false
	}
	for _, p := range []string{"कस", "ले", "ली", "कर", "कि"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// readJibeWords24 reads the jibe of main clause ci at its words (see the
// file comment).
func (a *Analyzer) readJibeWords24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckMain || !s.saysWords(ci) {
		return
	}
	k := -1
	for _, t := range cl.toks {
		if s.class(t)&cwJibeNoun24 != 0 && jibeVerb24(s.w(t+1)) {
			k = t
			break
		}
	}
	if k < 0 {
		return
	}
	x := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		switch {
		case c.ent < 0 || c.mk == mkPlace:
		case c.mk == mkAgent && (x < 0 || x == c.ent):
			x = c.ent
		default:
			return // a marked target (the frame's) or a second agent
		}
	}
	if x < 0 {
		return
	}
	var ys []int
	for cj := ci + 1; cj < len(s.cls); cj++ {
		if s.cls[cj].kind != ckContent || !s.framedBy24(cj, ci) {
			continue
		}
		for _, t := range s.cls[cj].toks {
			if w := s.w(t); strings.HasPrefix(w, "खरीद") || strings.HasPrefix(w, "अधिग्रहण") {
				return
			}
		}
		for _, i := range s.inClause(cj) {
			c := s.chunks[i]
			if c.ent >= 0 && c.pron == 0 && c.mk != mkPlace && c.ent != x {
				ys = appendNew(ys, c.ent)
			}
		}
	}
	switch {
	case len(ys) == 1:
	case len(ys) == 2 && a.tiedBoth(st, ys[0], ys[1]):
	default:
		return
	}
	// The jibe is the clause's act: a question in its words ("चुटकी
	// लेते हुए पूछा कि क्या …?") does not make it a question; क्या
	// before it in the main clause does.
	mood := cl.mood
	if mood == pipeline.MoodQuestion && !s.wordBefore24(cl, k, "क्या") {
		mood = ""
	}
	if mood == "" {
		mood = s.outerMood12(k)
	}
	for _, y := range ys {
		a.add(s, st, x, y, -1, "mockery", mood, 1.2)
	}
}

// framedBy24 reports clause cj framed by ci, directly or through the
// clauses between (a content clause split again at its own verbs).
func (s *sentCtx) framedBy24(cj, ci int) bool {
	for n := 0; n < 6 && cj >= 0 && cj < len(s.cls); n++ {
		p := s.cls[cj].parent
		if p == ci {
			return true
		}
		if p < 0 || p >= cj {
			return false
		}
		cj = p
	}
	return false
}

// wordBefore24 reports word w among the tokens of clause cl before k.
func (s *sentCtx) wordBefore24(cl *clause, k int, w string) bool {
	for _, t := range cl.toks {
		if t >= k {
			break
		}
		if s.w(t) == w {
			return true
		}
	}
	return false
}

// boughtObject24 reports chunk c (of the words' clause cj) the thing the
// words buy: a bare name with a buying verb (खरीद-, अधिग्रहण) within four
// words after it and a personal pronoun as the buyer just before it or
// between ("'हम ट्विटर खरीद लेंगे'", "'ट्विटर हम खरीद लें'"). Buying is
// no stance (SCHEMA), so such a "subject" of the words is no target of
// the jibe or charge that frames them (dag-092, dvd-117: the jibe is at
// the bidder). A name that buys ("Y सब कुछ खरीदना चाहते हैं") has no
// pronoun buyer beside it. (Read where readFrame takes the words'
// subjects, and, since session 30, where tagAbout takes a headline tag's
// one name: "X का तंज- 'हम Z खरीद लेंगे'" gives no X → Z; dvi-021.)
func (s *sentCtx) boughtObject24(cj int, c chunk) bool {
	if c.mk != mkBare || c.pron != 0 || s.cid[c.tok-s.sn.a] != int32(cj) {
		return false
	}
	pronoun := func(w string) bool { return w == "हम" || w == "मैं" }
	buyer := c.tok-1 >= s.sn.a && pronoun(s.w(c.tok-1))
	priced := false
	for t := c.end; t < c.end+6 && t < s.sn.b; t++ {
		w := s.w(t)
		if pronoun(w) {
			buyer = true
			continue
		}
		if strings.HasPrefix(w, "खरीद") || strings.HasPrefix(w, "अधिग्रहण") {
			return buyer
		}
		// "हम ट्विटर 9.74 अरब में ले लेंगे": taken for a price is bought
		// (session 30).
		if priced && strings.HasPrefix(w, "ले") && s.w(t-1) == "में" {
			return buyer
		}
		// ("हम ट्विटर 9.74 अरब डॉलर में खरीद लें": a price stands
		// between; session 30.)
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			priced = true
			continue
		}
		if !s.isWord(t) {
			return false
		}
	}
	return false
}
