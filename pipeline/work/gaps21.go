package work

import "strings"

// Session 21 (GAPS helper): structural gaps of the readers.

// namedWordsHostile21 reports whether "X ने Y का नाम लेकर/लेते हुए कहा"
// (नाम at k, the speech verb at v) goes with words that can carry an
// attack (edge_words of words.yaml: a negation, a question word, a
// contrast, a habit ascribed, a restriction or an excess, a "let him"
// said to the audience, a word pointing at people unnamed — not
// pointerWord15's pronouns: with Y named, उन्हें/उनके are Y himself, or
// the speaker; or a hostile frame or negative evaluative word)
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
		if a.hostileAt(s, j) || s.class(j)&cwEdge != 0 {
			return true
		}
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

// versusLabel21 reports a hostile frame at o that a headline's "X बनाम
// Y" label reads: the बनाम itself (a court case's name, which
// disputeLabel lets through over a body that tells the case), or a
// quarrel told after a "X बनाम Y:" label ("… : अदालत से बाहर भी जुबानी
// जंग", labelPair).
func (s *sentCtx) versusLabel21(o occurrence) bool {
	if s.class(o.k)&cwVersus != 0 {
		return true
	}
	for k := s.sn.a; k < o.k; k++ {
		if s.class(k)&cwVersus == 0 {
			continue
		}
		for j := k + 1; j < o.k; j++ {
			if s.w(j) == ":" {
				return true
			}
		}
	}
	return false
}

// sideActs21 reports that the body carries a side's own words or act: a
// mention of x as the agent (X ने), or its lawyer or spokesperson acting
// or speaking for it (X के वकील/प्रवक्ता ने, X की ओर से), or X's words
// (X का कहना है), in a sentence that does not settle the case (a
// settlement is no stance, SCHEMA). Under "X बनाम Y:" the dev gold
// credits each direction only where the body carries that side (SCHEMA:
// dch-037a/b, dcn-027a/b, dcr-014a/b; dai-047: the defendant's
// settlement gives it no stance).
func (a *Analyzer) sideActs21(f *field, x int) bool {
	at := func(i int) string {
		if i >= 0 && i < len(f.words) {
			return f.words[i]
		}
		return ""
	}
	for _, m := range f.mentions {
		if m.entity != x {
			continue
		}
		e := m.tokEnd
		acts := false
		switch at(e) {
		case "ने":
			acts = true
		case "का", "की", "के":
			switch at(e + 1) {
			case "कहना":
				acts = true
			case "ओर", "तरफ":
				acts = at(e+2) == "से"
			default:
				for j := e + 1; j <= e+3; j++ {
					if w := at(j); strings.HasPrefix(w, "वकील") || strings.HasPrefix(w, "प्रवक्ता") {
						acts = at(j+1) == "ने" || at(j+1) == "का" && at(j+2) == "कहना"
						break
					}
				}
			}
		}
		if acts && !settles21(f, e) {
			return true
		}
	}
	// A case told only as between the two ("दोनों के बीच चल रहे मुकदमे
	// में जज ने …") carries neither side's words or act: the label's
	// pair gets nothing from it (SCHEMA's session-26 ruling, rule 7:
	// "X बनाम Y: मुकदमे की सुनवाई आज से" over a schedule is
	// none; session 27, sour27.go).
	return false
}

// settles21 reports a sentence (the one holding token k) that settles a
// case: निपटा-, सुलह, समझौता.
func settles21(f *field, k int) bool {
	for j := k; j < len(f.words) && f.words[j] != "।"; j++ {
		if w := f.words[j]; strings.HasPrefix(w, "निपटा") || w == "सुलह" || strings.HasPrefix(w, "समझौत") {
			return true
		}
	}
	return false
}

// wrongdoing21 reports an accusation-kind frame at o in content clause ci
// that is a wrong done (धोखा दिया, झूठ बोला, विश्वासघात किया, घोटाला, भरोसा
// तोड़ा), not the making of a charge (आरोप/इल्जाम लगाया, जिम्मेदार ठहराया,
// जांच की मांग, ठीकरा फोड़ा, "Y पर …"): no charge noun or word of blame in
// the frame's words, and no target of it marked by पर. Told by a tracked
// speaker, a wrong done by Y is the speaker's charge against Y (SCHEMA: a
// discrediting claim "X ने दावा किया कि Y …" is X → Y); a charge Y made
// against Z is only Y's stance, relayed.
func (a *Analyzer) wrongdoing21(s *sentCtx, ci int, o occurrence, tgts []int) bool {
	for k := o.k; k < o.k+o.n; k++ {
		if s.flag(k)&fwCharge != 0 {
			return false
		}
		if a.lex.hasBlameStem(s.w(k)) {
			return false
		}
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && containsInt(tgts, c.ent) && c.mk == mkPar {
			return false
		}
	}
	return true
}
