package work

import "strings"

// partSe17: after a support noun, a genitive and at most two plain words
// naming a part of it ("के दूसरे चरण", "का बड़ा हिस्सा") before a से
// that comes before k: the से's index; else j unchanged. Not past a
// time or postposition ("निवेश के बाद …").
func (s *sentCtx) partSe17(j, k int) int {
	for m := j + 1; m < k && m <= j+3; m++ {
		if s.w(m) == "से" {
			if m == j+1 {
				return j
			}
			return m
		}
		if !s.isWord(m) || s.mentionAt(m) || s.flag(m)&(fwTemporal|fwPostposition) != 0 {
			return j
		}
	}
	return j
}

// judgedClaim17: chunk c is the genitive owner of a charge noun that the
// judgement at k follows at once ("Y का दावा (सरासर) झूठ है"): the chunker
// reads a claim noun whose genitive can be its speaker ("Y का दावा- …")
// as the head of a frame, not as a possessed thing. Called a lie, the
// claim attacks Y (SCHEMA); called baseless it stays a denial.
func (s *sentCtx) judgedClaim17(c *chunk, k int) bool {
	return c.mk == mkGen && c.pron == 0 && c.head >= 0 && k > c.head && k <= c.head+2 && s.flag(c.head)&fwCharge != 0 && s.isWord(c.head+1)
}

// moneyPart17: at e, after a money phrase that ends in a genitive, a part
// of that money ("का बड़ा हिस्सा", "के दूसरे चरण की रकम"): an optional
// word and a part noun, and a money word after its own genitive; the
// index after it, else e.
func (s *sentCtx) moneyPart17(e int) int {
	if !isGenitive(s.w(e - 1)) {
		return e
	}
	for m := e; m <= e+1 && m < s.sn.b; m++ {
		if !s.isWord(m) || s.mentionAt(m) {
			return e
		}
		if partNoun17(s.w(m)) {
			m++
			if isGenitive(s.w(m)) && (moneyWord(s.w(m+1)) || fundNoun12(s.w(m+1))) {
				m += 2
			}
			return m
		}
	}
	return e
}

// partNoun17 names a part of a sum or of a stake (हिस्सा, चरण, किस्त).
func partNoun17(w string) bool {
	switch w {
	case "हिस्सा", "हिस्से", "भाग", "चरण", "किस्त", "किश्त":
		return true
	}
	return false
}

// investedIn17: a tracked name under में right before an investment
// noun ("Y में निवेश के … की रकम जारी की"): the money given is for Y.
func (s *sentCtx) investedIn17(c chunk) bool {
	if c.mk != mkBetween || s.w(c.at) != "में" {
		return false
	}
	switch s.w(c.at + 1) {
	case "निवेश", "हिस्सेदारी":
		return true
	}
	return false
}

// politeNo17: thanks said right after "नहीं," ("'नहीं, शुक्रिया, पर हम
// Y को खरीद लेते हैं'"): a polite refusal ("no, thanks"), not thanks to
// anyone named after it.
func (s *sentCtx) politeNo17(o occurrence) bool {
	switch s.w(o.k) {
	case "शुक्रिया", "धन्यवाद":
		return s.w(o.k-1) == "," && s.w(o.k-2) == "नहीं"
	}
	return false
}

// incompleteAfter17: a frame that means something only when negated
// ("Y के बिना … संभव नहीं") followed within six words of its clause by
// "अधूरा/अधूरी/अधूरे" ("Y के बिना यह कंपनी अधूरी है"): incomplete without Y
// is the same praise.
func (s *sentCtx) incompleteAfter17(o occurrence) bool {
	for j := o.k + o.n; j < s.sn.b && j <= o.k+o.n+6; j++ {
		if !s.isWord(j) || s.mentionAt(j) {
			return false
		}
		if strings.HasPrefix(s.w(j), "अधूर") {
			return true
		}
	}
	return false
}

// qualityIn17: chunk c, after the judgement o, is a name under में that
// the copula closes, with at most सिर्फ/केवल/ही/भी between ("… की हिम्मत
// सिर्फ X में है"): the quality is found in X.
func (s *sentCtx) qualityIn17(c *chunk, o occurrence) bool {
	if c.mk != mkBetween || c.pron != 0 || s.w(c.at) != "में" || s.flag(c.at+1)&fwCopula == 0 {
		return false
	}
	for j := o.k + o.n; j < c.tok; j++ {
		switch s.w(j) {
		case "सिर्फ", "केवल", "ही", "भी", "तो":
			continue
		}
		return false
	}
	return true
}

// framedProxyB17: the frame at o qualifies the noun after it through
// वाला/वाली/वाले ("Y के समर्थन वाली समितियों", "Y की तारीफ वाली
// पोस्ट"): what is done to that noun (money stopped, posts deleted) a
// few words on is done to the frame, so its flipper may stand farther
// off (session 17, CONTRASTB; dev gold: money to "Y के समर्थन वाली
// समिति" supports Y in three blind files, stopping it ends that).
func (s *sentCtx) framedProxyB17(o occurrence) bool {
	return strings.HasPrefix(s.w(o.k+o.n), "वाल")
}
