package work

// Session 17 (PARADIGM): forms of known frames the engine did not read,
// found by the paradigm grid (paradigm17_grid_test.go).

// adverbialGap17 returns the act noun a genitive at n owns across a time
// or venue phrase ("Y की संसद में तारीफ की", "Y का मंगलवार को खुलकर बचाव
// किया", "Y का एक्स पर मजाक उड़ाया", "Y की लोकसभा में बहस के दौरान
// आलोचना की"), or 0. The phrase closes on में, पर, दौरान, बाद, सामने,
// जरिए (को after a time noun) with at most three gap words (जमकर, कड़ी)
// before the noun; it holds no name but a platform, no ने, से or
// finite verb, no genitive but one of a time (के दौरान, के बाद), and
// opens on what cannot be the genitive's own noun (adverbialOpener17):
// "Y की नीतियों पर सवाल", "Y की कंपनी में निवेश", "Y का विज्ञान में
// योगदान" are the possessed noun's, read as before.
func (a *Analyzer) adverbialGap17(s *sentCtx, n int) int {
	j := n + 1
	if !s.isWord(j) || !a.adverbialOpener17(s, j) {
		return 0
	}
	closed, after := false, 0
	for k := j; k < s.sn.b && k <= j+9; k++ {
		if s.mentionAt(k) {
			e := s.mentionEnd(k)
			if !a.platform[s.mentionID(k)] || (s.w(e) != "पर" && s.w(e) != "में") {
				return 0
			}
			k = e - 1
			continue
		}
		if !s.isWord(k) {
			return 0
		}
		w, fl := s.w(k), s.flag(k)
		if e, m := a.matchAt(s, k, entFrame); e != nil {
			if k > j && closed && after <= 3 && a.isAct(s, k, m) {
				return k
			}
			return 0
		}
		if fl&(fwFinite|fwCopula|fwNeg|fwBreak|fwKi|fwRel|fwRelAgent|fwSpeech) != 0 {
			return 0
		}
		switch w {
		case "ने", "द्वारा", "से", "और", "या":
			return 0
		case "का", "की", "के":
			if s.flag(k+1)&fwTemporal == 0 {
				switch s.w(k + 1) {
				case "सामने", "जरिए", "जरिये", "मौके":
				default:
					return 0
				}
			}
			closed = false
			continue
		case "में", "पर", "दौरान", "बाद", "सामने", "जरिए", "जरिये":
			closed, after = k > j, 0
			continue
		case "को":
			if s.flag(k-1)&fwTimeNoun == 0 {
				return 0
			}
			closed, after = true, 0
			continue
		}
		if closed {
			if !a.lex.isGap(w) {
				closed = false
				continue
			}
			after++
		}
	}
	return 0
}

// adverbialOpener17 reports a word at j that opens a time or venue
// phrase and is no one's possession: a time noun (सोमवार, पिछले
// हफ्ते, इस हफ्ते), हाल, आज, a platform, a place noun (मंच, सोशल
// मीडिया) or the houses of a legislature. A determiner or अपने opens no
// gap: "Y के हर/इस/अपने फैसले में" is Y's own.
func (a *Analyzer) adverbialOpener17(s *sentCtx, j int) bool {
	if s.mentionAt(j) {
		return a.platform[s.mentionID(j)]
	}
	if s.flag(j)&(fwTimeNoun|fwPlaceNoun) != 0 {
		return true
	}
	switch s.w(j) {
	case "हाल", "आज", "संसद", "लोकसभा", "राज्यसभा", "सदन", "विधानसभा":
		return true
	case "इस", "उस", "एक":
		// "Y की इस हफ्ते …"; not "Y के इस/एक फैसले में" (Y's own).
		return s.flag(j+1)&fwTimeNoun != 0
	}
	return false
}

// jointParty17 watches the parties participants collects for "X और Y ने
// Z के साथ साझेदारी/करार की", "X और Y ने Z से सुलह की": one coordinated
// group acting (ने or bare subject) and one partner marked के साथ or
// से. SCHEMA: every pair named as members of one tie.
type jointParty17 struct {
	partners, actors, group int
	other                   bool
}

func (p *jointParty17) see(c chunk) {
	switch c.mk {
	case mkSaath, mkSe:
		if c.pron == 0 {
			p.partners++
			return
		}
	case mkAgent, mkBare:
		if c.pron == 0 && (p.actors == 0 || c.group == p.group) {
			p.actors++
			p.group = c.group
			return
		}
	}
	p.other = true
}

// joint reports that the n parties seen are one acting group of two or
// more and one partner.
func (p *jointParty17) joint(n int) bool {
	return !p.other && p.partners == 1 && p.actors >= 2 && p.actors+1 == n
}

// threatWords17 reports the words of a threat (clause cj, its frame in
// ci) that say what the threatener will do: a future verb with no
// tracked subject but the threatener ("X ने धमकी दी कि वह Y की कंपनियों के ठेके
// खत्म कर देंगे", "X की धमकी: Y की कंपनियों की सब्सिडी बंद कर दूंगा").
// The threat then falls on the one those words name as an owner (as a
// jibe's words do); a warning of what may befall Y's things ("… का
// मुनाफा घट सकता है") has no future of the speaker's.
func (a *Analyzer) threatWords17(s *sentCtx, ci, cj int, srcs []int) bool {
	if s.hasObject(ci) {
		return false
	}
	future := false
	for _, k := range s.cls[cj].toks {
		if s.isWord(k) && a.lex.isFuture(s.w(k)) {
			future = true
		}
	}
	if !future {
		return false
	}
	for _, i := range s.inClause(cj) {
		if c := s.chunks[i]; c.ent >= 0 && (c.mk == mkBare || c.mk == mkAgent) && !c.possessed && !containsInt(srcs, c.ent) {
			return false
		}
	}
	return true
}
