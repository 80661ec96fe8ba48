package work

import "github.com/khabar/khabar/pipeline"

// specOtherConjunct36 reports a predicate at k in a speculative clause
// whose every speculation is a "can" modal (सकता/सकती/सकते …) standing
// in another conjunct, one closed by a finite word before और/तथा: "…
// कहा कि भारत में इससे बड़ा अवसर नहीं हो सकता और Y जैसा साझेदार मिलना
// सौभाग्य है", "… कहा कि वे कमाल के इंजीनियर हैं और उनकी टीमों से
// बहुत कुछ सीखा जा सकता है" (session 36). The modal says what may be
// of its own predicate; the other conjunct is asserted. Speculation
// words that scope over the sentence (अटकलें, संभावना, शायद),
// hearsay, or a speculative parent keep the clause's mood.
func (s *sentCtx) specOtherConjunct36(cl *clause, k int) bool {
	if cl.mood != pipeline.MoodSpeculative {
		return false
	}
	if p := cl.parent; p >= 0 && s.cls[p].mood == pipeline.MoodSpeculative {
		return false
	}
	seen := false
	for _, j := range cl.toks {
		fl := s.flag(j)
		if fl&fwHearsay != 0 || s.newsSays(j) {
			return false
		}
		if fl&fwSpec == 0 {
			continue
		}
		if !canModal36(s.w(j)) || !s.finiteJoinBetween36(cl, min(j, k), max(j, k)) {
			return false
		}
		seen = true
	}
	return seen
}

// canModal36: a form of the "can" modal.
func canModal36(w string) bool {
	switch w {
	case "सकता", "सकती", "सकते", "सकेगा", "सकेगी", "सकेंगे":
		return true
	}
	return false
}

// finiteJoinBetween36: a token of cl strictly between lo and hi is
// और/तथा right after a finite word (a copula or a modal, a comma
// allowed between), so it joins two predicates, not two names.
func (s *sentCtx) finiteJoinBetween36(cl *clause, lo, hi int) bool {
	for _, c := range cl.toks {
		if c <= lo || c >= hi {
			continue
		}
		if w := s.w(c); w != "और" && w != "तथा" {
			continue
		}
		p := c - 1
		if s.w(p) == "," {
			p--
		}
		switch s.w(p) {
		case "है", "हैं", "था", "थी", "थे", "थीं", "सकता", "सकती", "सकते":
			return true
		}
	}
	return false
}
