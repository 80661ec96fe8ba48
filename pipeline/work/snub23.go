package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 23 (WMISS): snubs in the shapes readSnub did not read.
//
// SCHEMA: refusing to talk to, meet or work with Y is a rupture, X → Y
// hostile. readSnub (contrast12.go) reads the contact followed by a denied
// will ("Y से मिलने का कोई इरादा नहीं") or a denied want ("… नहीं चाहते").
// Blind files wrote it three more ways, read here and in readSnub:
//   - no time or mind for Y, the denial before the noun or as a state:
//     "Y से बात करने के लिए उनके पास न वक्त है, न मन", "… का वक्त नहीं
//     है" (readSnub, leisureNoun23, deniedState23); not "समय नहीं मिला"
//     (no time found is an excuse);
//   - sitting with Y refused: "Y के साथ एक मेज पर बैठने का इरादा नहीं"
//     (contactAct12);
//   - the contact itself refused for the future or, after अब, with no
//     verb: "Y के साथ हाथ नहीं मिलाएंगे", "Y से अब कोई बातचीत नहीं"
//     (readSnubPlain23).

// leisureNoun23 is a noun of time or leisure whose denial refuses the
// contact before it.
func leisureNoun23(w string) bool {
	switch w {
	case "वक्त", "समय", "फुर्सत":
		return true
	}
	return false
}

// deniedState23 reports a noun at j denied as a state: a negator within
// two words, then a copula or the end of the clause ("वक्त नहीं है",
// "फुर्सत ही नहीं"), not a verb ("समय नहीं मिला").
func (s *sentCtx) deniedState23(j int) bool {
	for n := j + 1; n <= j+2 && n < s.sn.b; n++ {
		if s.flag(n)&fwNeg == 0 {
			if s.w(n) == "ही" || s.w(n) == "भी" {
				continue
			}
			return false
		}
		switch nx := s.w(n + 1); {
		case nx == "है" || nx == "हैं" || nx == "था" || nx == "थी":
			return true
		case !s.isWord(n+1) || s.cid[n+1-s.sn.a] != s.cid[n-s.sn.a]:
			return true
		}
		return false
	}
	return false
}

// readSnubPlain23 reads the contact refused by a negator and a future verb
// ("Y के साथ हाथ नहीं मिलाएंगे", "Y से बात नहीं करेंगे") or, with अब
// before, by a negator that ends the clause ("Y से अब कोई बातचीत नहीं").
// Y: the tracked name marked से / के साथ just before the contact; X: the
// clause's one agent, its bare subject, or the speaker of the words. A
// future meeting merely missed ("कल नहीं मिल पाएंगे": पा-, can) is none.
func (a *Analyzer) readSnubPlain23(s *sentCtx, ci int, st *storyState) {
	if !s.flagsMayHave(fwNeg) {
		return
	}
	cl := &s.cls[ci]
	ab := false
	for _, k := range cl.toks {
		w := s.w(k)
		if w == "अब" && s.w(k+1) != "तक" && s.w(k+1) != "से" {
			ab = true
		}
		// A dealing (words.yaml dealing_nouns, rupture29.go) is refused
		// only by a future of करना ("Y के साथ कोई सौदा नहीं करेंगे"), not
		// after अब with no verb (session 30).
		contact, dealing := false, false
		switch w {
		case "बात", "बातचीत", "मुलाकात", "वार्ता", "हाथ":
			contact = true
		default:
			dealing = s.class2(k)&cwDealing29 != 0
		}
		if !contact && !dealing {
			continue
		}
		// The negator right after the contact (कोई/भी/ही between).
		g := -1
		for j := k + 1; j <= k+3 && j < s.sn.b; j++ {
			if s.flag(j)&fwNeg != 0 {
				g = j
				break
			}
			if x := s.w(j); x != "भी" && x != "ही" && x != "तो" && x != "कभी" {
				break
			}
		}
		if g < 0 {
			continue
		}
		v := s.w(g + 1)
		refused := false
		switch {
		case w == "हाथ":
			refused = strings.HasPrefix(v, "मिला") && (a.lex.isFuture(v) || futureForm(v))
		case strings.HasPrefix(v, "कर") && (a.lex.isFuture(v) || futureForm(v)):
			refused = true // "बात नहीं करेंगे"
		case ab && !dealing && (!s.isWord(g+1) || s.cid[g+1-s.sn.a] != int32(ci)):
			refused = true // "Y से अब कोई बातचीत नहीं"
		}
		if !refused {
			continue
		}
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && (c.mk == mkSe || c.mk == mkSaath) && c.at < k && c.at >= k-9 {
				y = c.ent
			}
		}
		if y < 0 {
			continue
		}
		xs := a.agentsOf(s, ci)
		if len(xs) == 0 {
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.ent >= 0 && c.mk == mkBare && c.at < k && c.ent != y {
					xs = appendNew(xs, c.ent)
				}
			}
		}
		if len(xs) == 0 && (cl.kind == ckContent || cl.quoted || s.f.name == "title") {
			xs = a.speakers(s, ci, st, nil)
		}
		if len(xs) != 1 || xs[0] == y {
			continue
		}
		mood := s.outerMood12(k)
		switch cl.mood {
		case pipeline.MoodSpeculative, pipeline.MoodQuestion, pipeline.MoodHypothetical:
			mood = cl.mood
		}
		if s.w(s.sn.b-1) == "?" {
			mood = pipeline.MoodQuestion
		}
		// "अगर … तो वह Y से बात नहीं करेंगे": a refusal on a condition
		// is a threat, not yet a snub.
		if s.flaggedIn(s.sn.a, k, fwCond) < k {
			mood = pipeline.MoodHypothetical
		}
		a.add(s, st, xs[0], y, -1, "rupture", mood, 1.2)
		return
	}
}
