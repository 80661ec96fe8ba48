package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

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

// verbalNounNegEnd36 is the end of a negator's scope that stops at a
// verbal noun in -ना right after it ("गिरफ्तार न होना", "साथ न देना")
// standing as a subject or object before a predicate of
// its own: "… कहा कि Y का अब तक गिरफ्तार न होना शर्मनाक है" — the
// not-happening is what is judged; the predicate after it is asserted
// (session 36). Not an infinitive of obligation or necessity ("नहीं
// होना चाहिए", "न करना है", "नहीं देना पड़ा"), nor one that ends the
// clause, nor one with a को-object before it. 0 when the shape does not
// hold.
func (s *sentCtx) verbalNounNegEnd36(cl *clause, k int) int {
	if w := s.w(k); w != "न" && w != "नहीं" {
		return 0
	}
	e := k + 1
	if w := s.w(e); !strings.HasSuffix(w, "ना") || len([]rune(w)) < 3 {
		return 0
	}
	// (Not "Y को … न किया जाना/न करना …": an act on Y left undone and
	// then judged is read by defendedBy17, which the negation must
	// still reach.)
	for _, j := range cl.toks {
		if j < k && s.w(j) == "को" {
			return 0
		}
	}
	switch s.w(e + 1) {
	case "चाहिए", "चाहिये", "है", "हैं", "था", "थी", "थे", "होगा", "होगी", "पडा", "पडी", "पडे", "पडेगा", "पडता", "पडती":
		return 0
	}
	for _, j := range cl.toks {
		if j > e+1 && s.isWord(j) && s.isWord(e+1) {
			return e + 1
		}
	}
	return 0
}

// ownFiniteNeg36 reports a negator at j, after the comma at comma, that
// a finite verb or copula follows right after ("… , … कभी पछतावा नहीं
// हुआ"): the part after the comma is a clause with a predicate of its
// own, so the negation is that part's (negCommaPart30). The part holds
// a word before the negator and no name of its own.
func (s *sentCtx) ownFiniteNeg36(j, comma int) bool {
	if j <= comma+2 || s.flag(j+1)&(fwFinite|fwCopula) == 0 {
		return false
	}
	for m := comma + 1; m < j; m++ {
		if s.mentionAt(m) {
			return false
		}
	}
	return true
}
