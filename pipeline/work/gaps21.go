package work

// Session 21 (GAPS helper): structural gaps of the readers.

// namedWordsHostile21 reports whether "X ने Y का नाम लेकर/लेते हुए कहा"
// (नाम at k, the speech verb at v) goes with words that can carry an
// attack (edgeWord21, or a hostile frame or negative evaluative word)
// anywhere in the sentence outside the tag "Y का नाम लेते हुए … कहा"
// (the quote before it, the content after it); or a speech verb that is
// itself a charge ("… नाम लेकर आरोप लगाया"). Naming Y while telling a
// plain plan or an invitation ("वह अगले हफ्ते आने वाला है, हम उसे
// कारखाना दिखाएंगे", dcp-001b) is no attack; praise is read by the
// readers of the words themselves.
func (a *Analyzer) namedWordsHostile21(s *sentCtx, k, v int) bool {
	if s.flag(v)&fwCharge != 0 {
		return true
	}
	for j := s.sn.a; j < s.sn.b; j++ {
		if j >= k-1 && j <= v {
			continue
		}
		if a.hostileAt(s, j) || edgeWord21(s.w(j)) {
			return true
		}
	}
	return false
}

// edgeWord21 is a word that gives plain words an edge: a negation, a
// question word, a contrast, a habit ascribed ("… की आदत पड़ गई है"), a
// word that points at people without naming them ("कुछ लोग", "जो
// व्यक्ति", "ऐसे नेता"; not pointerWord15's pronouns: with Y named,
// उन्हें/उनके are Y himself, or the speaker).
func edgeWord21(w string) bool {
	switch w {
	case "नहीं", "न", "ना", "मत", "कैसे", "क्यों", "क्या", "कब", "?", "लेकिन", "मगर", "परंतु", "किंतु", "बल्कि", "आदत",
		"कुछ", "ऐसे", "ऐसी", "ऐसा", "जो", "जिन", "जिनके", "जिनकी", "जिनका", "जिन्हें", "जिन्होंने", "जिस", "जिसने", "जिसे", "कोई", "लोग", "लोगों":
		return true
	}
	return false
}

// sameWordsActOwner21 is the owner of an act a demonstrative at k ("यह
// फैसला") points back to inside one quote: the nearest tracked genitive
// after the quote mark that opens the words k stands in, whose noun is an
// act or a decision ("“Y के शुल्कों ने …, यह फैसला गलत है”"); -1 if
// none. Outside a quote the story's last actor stays (actAt). (The
// chunker asks while it builds the chunks, before the clauses are
// indexed: the quote marks are read directly.)
func (a *Analyzer) sameWordsActOwner21(s *sentCtx, k int) int {
	open := -1
	for j := k - 1; j >= s.sn.a; j-- {
		if w := s.w(j); w == "\"" || w == "“" || w == "”" {
			open = j
			break
		}
	}
	if open < 0 {
		return -1
	}
	e := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok >= k {
			break
		}
		if c.tok <= open || c.pron != 0 || c.ent < 0 || c.end >= k || !isGenitive(s.w(c.end)) {
			continue
		}
		n := c.end + 1
		if id := s.wordID(n); id >= 0 && a.actKeyOf[id] != "" || s.flag(n)&fwDecision != 0 {
			e = c.ent
		}
	}
	return e
}
