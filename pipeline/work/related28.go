package work

// Session 28 (BREAK): a body tied to Y ("Y से जुड़े समूह").
//
// "X ने कहा कि वह अब Y से जुड़े किसी भी राजनीतिक समूह या अभियान को एक
// डॉलर भी नहीं देंगे", "X ने Y से जुड़ी एक समिति को भारी चंदा दिया": money
// given to or refused to a group, committee or campaign tied to Y goes to
// Y, as to "Y के अभियान को" (an owner's noun). "Y से जुड़े" otherwise makes
// Y only a topic ("Y से जुड़े मामले", relatedTo14), and so it stays unless
// a noun of words.yaml related_bodies follows within three words (two
// such nouns joined by या/और count as one), then को or के लिए.

// relatedBody28 reads "जुड़े/जुड़ी/जुड़ा … <body> को|के लिए" from token r
// (the participle) and returns the marker of the body's postposition.
func (s *sentCtx) relatedBody28(r int) (mk marker, at int, ok bool) {
	if !relatedTo14(s.w(r)) {
		return 0, 0, false
	}
	body := -1
	for j := r + 1; j < s.sn.b && j <= r+4; j++ {
		if s.mentionAt(j) || s.inMention(j) || !s.isWord(j) || s.flag(j)&fwPostposition != 0 {
			return 0, 0, false
		}
		if s.class2(j)&cwRelatedBody28 != 0 {
			body = j
			break
		}
	}
	if body < 0 {
		return 0, 0, false
	}
	e := body + 1
	if (s.w(e) == "या" || s.w(e) == "और") && s.class2(e+1)&cwRelatedBody28 != 0 {
		e += 2
	}
	switch {
	case s.w(e) == "को":
		return mkKo, e, true
	case s.w(e) == "के" && s.w(e+1) == "लिए":
		return mkLiye, e + 1, true
	}
	return 0, 0, false
}
