package work

// Session 27 (TURN helper): a politeness formula is no praise.
//
// SCHEMA, ruling of session 26, rule 3: "पूरे सम्मान के साथ …" and "मैं
// उनका सम्मान करता हूं, लेकिन …" are politeness formulas, not praise. A
// respect frame (respect_nouns: सम्मान, इज्जत, आदर) is read as no stance
// when the person respected is Y himself ("Y का सम्मान", "उनकी (बहुत)
// इज्जत") with a कर-verb, in a sentence that turns on a contrast (लेकिन,
// मगर, किंतु, परंतु, पर after no name, फिर भी), either side of it: "वह
// Y का सम्मान करते हैं, लेकिन इस राय से सहमत नहीं", "Y की नीतियां
// खतरनाक हैं, फिर भी वह उनका सम्मान करते हैं". ("पूरे सम्मान के साथ"
// already gives no frame a target.)
//
// Respect for something of Y's ("उनकी प्रतिभा का सम्मान") is praise of
// it and stays; so does respect with no turn ("… और वे आज भी उनका
// सम्मान करते हैं"), and other praise in the same sentence ("Y असाधारण
// इंसान हैं और मैं उनका सम्मान करता हूं, लेकिन …") gives its own stance.

// politeRespect27 reports the frame at o as a politeness formula.
func (s *sentCtx) politeRespect27(o occurrence) bool {
	k := o.k
	if s.class2(k)&cwRespect27 == 0 {
		return false
	}
	if !s.respectsPerson27(k) || !isKarForm27(s.w(k+1)) {
		return false
	}
	for j := s.sn.a; j < s.sn.b; j++ {
		if s.contrastAt(j) && s.w(j) != "हालांकि" || s.w(j) == "फिर" && s.w(j+1) == "भी" {
			return true
		}
	}
	return false
}

// respectsPerson27 reports the respect noun at k owned by a person: a
// genitive pronoun or a name's genitive right before it, across at most
// two plain words ("उनकी बहुत इज्जत", "Y का पूरा सम्मान"). A genitive
// after a plain noun ("उनकी प्रतिभा का सम्मान") respects a thing.
func (s *sentCtx) respectsPerson27(k int) bool {
	for j := k - 1; j >= k-3 && j >= s.sn.a; j-- {
		switch {
		case s.flag(j)&fwGenPron != 0:
			return true
		case isGenitive(s.w(j)):
			return s.mentionEndingAt(j-1) >= 0
		case !s.isWord(j) || s.mentionAt(j) || s.flag(j)&(fwPostposition|fwFinite|fwCopula|fwNeg) != 0:
			return false
		}
	}
	return false
}

// isKarForm27 reports a finite or future form of करना after a respect
// noun ("करते", "करता", "करती", "करूंगा", "करेंगे").
func isKarForm27(w string) bool {
	if len(w) <= len("कर") || w[:len("कर")] != "कर" {
		return false
	}
	switch w[len("कर"):] {
	case "ना", "ने", "के":
		return false // an infinitive or a conjunctive, no respect held
	}
	return true
}
