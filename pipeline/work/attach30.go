package work

import "strings"

// Session 30 (ATTACH): wording the engine has but attached to the wrong
// party.

// venueAgainst30 reports tokens [from, k) after "Y के खिलाफ" as a venue
// of the act at k, not an act against Y: one place noun (place_nouns:
// मंच, संसद, सदन …) under में/से/पर, then only gap words up to the
// frame ("Y के खिलाफ संसद में जमकर बरसे": an outburst at Y in the
// House, not anger at an act against Y).
func (s *sentCtx) venueAgainst30(from, k int) bool {
	if from+1 >= k || s.flag(from)&fwPlaceNoun == 0 || s.mentionAt(from) {
		return false
	}
	switch s.w(from + 1) {
	case "में", "से", "पर":
	default:
		return false
	}
	return s.objectNextTo26(from+1, k) || from+2 == k
}

// actObjectAgainst30 reports a के खिलाफ chunk c followed by an act that
// the hostile frame at at takes under पर ("Y के खिलाफ चल रहे
// अभियान पर बरसे"): Y is that act's target, and the frame's anger is at
// the act (againstAct26 reads it as taking Y's side), so Y is not the
// frame's own के खिलाफ target. A genitive after the act ("Y के खिलाफ
// मानहानि का मुकदमा") or another postposition ("Y के खिलाफ अदालत में
// मुकदमा") leaves the frame's target as it was; so does a frame that
// takes no पर-object (readFrame asks: "Y के खिलाफ विज्ञापनों पर करोड़ों
// झोंके" spends on the ads against Y).
func (s *sentCtx) actObjectAgainst30(c *chunk, at int) bool {
	if c.mk != mkKhilaf || c.at >= at || s.venueAgainst30(c.at+1, at) || !s.actAgainst26(c.at+1, at) {
		return false
	}
	for j := c.at + 1; j < at; j++ {
		switch s.w(j) {
		case "का", "की", "के":
			return false
		case "पर":
			return true
		case "में", "से", "को":
			return false // "Y के खिलाफ अदालत में मुकदमा"
		}
	}
	return false
}

// coordThenPost30 reports, at token e right after a name that follows a
// genitive, a coordinator and a second name under a postposition other
// than a genitive ("X का Y और Z पर नया मुकदमा"): the two names are the
// act's targets together, as one name is in "X का Y पर मुकदमा", and the
// genitive is the doer, not the owner of the first name.
func (s *sentCtx) coordThenPost30(e int) bool {
	if e+1 >= s.sn.b || !isCoordinator(s.w(e)) || s.w(e) == "," || s.w(e) == "-" || !s.mentionAt(e+1) {
		return false
	}
	p := s.mentionEnd(e + 1)
	if p >= s.sn.b || s.flag(p)&fwPostposition == 0 || isGenitive(s.w(p)) {
		return false
	}
	return true
}

// chargedAct30 reports a flipper at k (n words) written as an infinitive
// under a genitive of a charge or suit noun ("अनुबंध तोड़ने का मुकदमा",
// "करार तोड़ने के आरोप"): the act is what the charge says someone did,
// not a deed of the noun's parties.
func (a *Analyzer) chargedAct30(s *sentCtx, k, n int) bool {
	e := k + n
	if e+1 >= s.sn.b || !strings.HasSuffix(s.w(e-1), "ने") || !isGenitive(s.w(e)) {
		return false
	}
	fe, _ := a.matchAt(s, e+1, entFrame)
	return fe != nil && fe.frame != nil && (fe.frame.Kind == "lawsuit" || fe.frame.Kind == "accusation")
}

// retortAddressee30 is the tracked party a reply frame at o ("जवाब
// में", "पलटवार करते हुए") addresses under को later in its clause ("X ने
// जवाब में Y को 'धोखेबाज' कहा"), or -1: the reply is at Y, not at the
// one who attacked X earlier in the story (Y's company, its board).
// A pronoun is left to the older reading.
func (s *sentCtx) retortAddressee30(ci int, o occurrence, src int) int {
	for _, i := range s.inClause(ci) {
		// (A name itself, not an owner of the object: "Y के ढांचे को
		// धोखा नहीं बताया" answers no one; nor a negated clause.)
		if c := s.chunks[i]; c.tok > o.k && c.mk == mkKo && c.ent >= 0 && c.ent != src && c.pron == 0 && !c.possessed && s.mentionAt(c.tok) && s.cls[ci].mood == "" {
			return c.ent
		}
	}
	return -1
}

// partnershipJudgedBad30 reports an alliance noun at o that heads the
// subject of its clause's predicate (no postposition right after it)
// and is called bad there by a hostile evaluative word within four words
// (gap words and "एक" between), before a copula or a verb of becoming
// ("Y के साथ हमारी पार्टनरशिप अब बोझ बनती जा रही है", "Y से हमारा करार
// घाटे का बोझ है"): the judgement of the tie is the speaker's attack on
// the partner, not an alliance. Negated predicates are left to mood.
func (a *Analyzer) partnershipJudgedBad30(s *sentCtx, ci int, o occurrence) bool {
	e := o.k + o.n
	if e >= s.sn.b || s.flag(e)&fwPostposition != 0 || s.cid[e-s.sn.a] != int32(ci) {
		return false
	}
	for j := e; j < e+4 && j < s.sn.b && s.cid[j-s.sn.a] == int32(ci); j++ {
		if ev, n := a.matchAt(s, j, entEval); ev != nil && ev.eval != nil && ev.eval.pol < 0 {
			v := j + n
			switch w := s.w(v); {
			case s.flag(v)&fwCopula != 0, strings.HasPrefix(w, "बन"), strings.HasPrefix(w, "हो"), strings.HasPrefix(w, "साबित"):
				return true
			}
			return false
		}
		if !s.isWord(j) || s.mentionAt(j) || s.flag(j)&(fwPostposition|fwNeg|fwFinite|fwKi) != 0 {
			return false
		}
	}
	return false
}

// midwayGap30 reports "बीच में" (midway) at word j, either word of it:
// between the words of a frame it stands as gap words do ("समझौता बीच
// में ही तोड़ दिया", "साझेदारी बीच में खत्म कर दी"), two of the three gap
// words an entry may take. (Neither word is a gap word alone: "Y के बीच"
// is a pair.)
func midwayGap30(words []string, j int) bool {
	switch words[j] {
	case "बीच":
		return j+1 < len(words) && words[j+1] == "में"
	case "में":
		return j > 0 && words[j-1] == "बीच"
	}
	return false
}

// occasionKo30 reports a को chunk c of clause ci inside an occasion
// phrase "… को <one or two plain words> पर" ("Y पैकेज को मंजूरी पर", "Y
// के सौदे को हरी झंडी पर") when
// the clause has another को chunk naming someone else: the frame's
// object is that one ("… पर X ने Z को बधाई दी"), and Y is only what the
// occasion is about.
func (s *sentCtx) occasionKo30(ci int, c *chunk) bool {
	n, par := c.at+1, -1
	for j := n; j <= n+2 && j < s.sn.b; j++ {
		if j > n && s.w(j) == "पर" {
			par = j
			break
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&^fwEntry != 0 {
			return false
		}
	}
	if par < 0 {
		return false
	}
	for _, i := range s.inClause(ci) {
		if o := &s.chunks[i]; o.tok > par && o.mk == mkKo && o.ent >= 0 && o.ent != c.ent {
			return true
		}
	}
	return false
}

// dealCalled30 reports a deal noun at k under को (one word of gap, such
// as a quote, allowed) in clause ci that a calling verb (words.yaml
// calling_verbs) later in the clause judges ("X ने Y के साथ हुए करार को
// 'विश्वासघात' बताया"): the clause's agent speaks of the deal and is no
// party to it.
func (s *sentCtx) dealCalled30(ci, k int) bool {
	if s.w(k+1) != "को" {
		return false
	}
	for _, j := range s.cls[ci].toks {
		if j > k+1 && s.flag(j)&fwCall != 0 {
			return true
		}
	}
	return false
}

// lackedAct30 reports a frame at o written as an infinitive under the
// genitive of a quality noun (qualityNoun: हिम्मत, साहस, दम …) that is
// negated or lacking within three words ("Y के दावे को झुठलाने की
// हिम्मत नहीं है", "Y का विरोध करने का साहस नहीं", "… की हिम्मत की
// कमी"): the act is one someone is said to lack the nerve for, no act
// of anyone. Shown courage ("… करने का साहस दिखाया") stays an act. An
// evaluative quality noun itself at o so placed ("… झुठलाने की हिम्मत
// नहीं") is readQuality's, said of the one "में" names, not of a name
// inside the act.
func (s *sentCtx) lackedAct30(o occurrence) bool {
	if e := o.k - 1; e > s.sn.a && qualityNoun(s.w(o.k)) && isGenitive(s.w(e)) && strings.HasSuffix(s.w(e-1), "ने") {
		return s.lackedAt30(o.k)
	}
	e := o.k + o.n
	if e+1 >= s.sn.b || !strings.HasSuffix(s.w(e-1), "ने") || !isGenitive(s.w(e)) || !qualityNoun(s.w(e+1)) {
		return false
	}
	return s.lackedAt30(e + 1)
}

// lackedAt30 reports a negator or a lack noun within three words after
// the quality noun at q.
func (s *sentCtx) lackedAt30(q int) bool {
	for j := q + 1; j <= q+3 && j < s.sn.b; j++ {
		if s.flag(j)&fwNeg != 0 || lackNoun(s.w(j)) {
			return true
		}
	}
	return false
}

// qualityAfterAct30 is the token of a quality noun that ends an
// infinitive phrase starting at start ("Y में [Z के दावे को झुठलाने] की
// हिम्मत नहीं"), within ten words and with no clause break or finite
// verb between, or -1: readQuality reads the quality past the act's
// words, names included.
func (s *sentCtx) qualityAfterAct30(start int) int {
	for k := start + 2; k < s.sn.b && k <= start+10; k++ {
		if !s.isWord(k) || s.flag(k)&(fwBreak|fwFinite|fwKi) != 0 && !isGenitive(s.w(k)) {
			return -1
		}
		if qualityNoun(s.w(k)) && isGenitive(s.w(k-1)) && strings.HasSuffix(s.w(k-2), "ने") {
			return k
		}
	}
	return -1
}

// evalEnded30 reports a hostile evaluative noun at o right followed by a
// verb that reduces or ends it (a flipper that leaves a hostile thing
// none: "कम कर दिया", "घटा दी", "खत्म"; or a form of घटा-: "घटाकर",
// "घटाने") — "Y ने नियमों का बोझ घटाकर नवाचार को रास्ता दिया": the
// burden is what Y took away, not what anyone is called. (Only right
// after the noun: "बोझ को कम …" is read as before.)
func (a *Analyzer) evalEnded30(s *sentCtx, o occurrence) bool {
	e := o.k + o.n
	if e >= s.sn.b {
		return false
	}
	if strings.HasPrefix(s.w(e), "घटा") {
		return true
	}
	fe, _ := a.matchAt(s, e, entFlip)
	return fe != nil && fe.flip != nil && fe.flip.onHos == 0 && fe.flip.onSup < 0
}
