package work

// Session 12, FRESH-O helper: constructions read on a blind outlet file
// nobody had tuned on (dev-outlets-o).

// coordPartners reads a relation frame whose one agent has several
// partners coordinated under one के साथ/से ("X ने A और B के साथ
// साझेदारी की", "X ने A, B और C से करार किया", "X ने A और B के साथ
// करार तोड़ दिया"): the agent and each partner, not the partners with
// each other. An alliance binds both ways (and a person's company when
// the story names it, as for one partner); any other relation runs from
// the agent to each partner. It reports whether it read the frame.
func (a *Analyzer) coordPartners(s *sentCtx, st *storyState, ci int, o occurrence, pol int8, kind, mood string, weight float64) bool {
	ag := a.agentsOf(s, ci)
	if len(ag) != 1 || a.isDeal[ag[0]] {
		return false
	}
	var parts []int
	group := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= o.k || c.ent < 0 || c.ent == ag[0] {
			continue
		}
		if c.mk != mkSaath && c.mk != mkSe {
			continue
		}
		if a.isDeal[c.ent] || c.pron != 0 || group >= 0 && c.group != group {
			return false
		}
		group = c.group
		parts = appendNew(parts, c.ent)
	}
	if len(parts) < 2 {
		return false
	}
	// "X ने किया A का ऐलान, B और C से नए करार": a verbless headline
	// conjunct after a comma lists deals, it does not say X made them.
	agTok := -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent == ag[0] {
			agTok = c.end
			break
		}
	}
	for j := agTok; j >= 0 && j < o.k; j++ {
		if s.w(j) == "," {
			return false
		}
	}
	// The partners' postposition is their own, right before the frame
	// or its modifiers: "A और B के साथ (अलग-अलग) साझेदारी".
	for _, p := range parts {
		if pol > 0 && kind == "alliance" {
			a.add(s, st, ag[0], p, pol, kind, mood, weight)
			a.add(s, st, p, ag[0], pol, kind, mood, weight)
			if z := a.ownOrg(st, ag[0]); a.isPerson[ag[0]] && z >= 0 && z != p && !a.isPerson[p] {
				a.add(s, st, z, p, pol, kind, mood, weight)
				a.add(s, st, p, z, pol, kind, mood, weight)
			}
			continue
		}
		a.add(s, st, ag[0], p, pol, kind, mood, weight)
	}
	return true
}

// topicGap reads a topic phrase written between a genitive and the noun
// it owns ("Y का एआई को लेकर नजरिया प्रेरक है", "Y की व्यापार के बारे में
// सोच बेहद साफ है", "Y का भारत के प्रति रवैया सकारात्मक है"): the
// postposition at token j opens the topic, and a plain noun after it
// that an evaluation follows within a few words is the owner's. It
// returns the token of that noun, -1 when the words are no such gap (the
// topic's noun is then the possessed one, as before). A पर topic is left
// out: पर is as often the act's own object or "but".
func (a *Analyzer) topicGap(s *sentCtx, j int) int {
	var nn int
	switch w := s.w(j); {
	case w == "को" && s.flag(j+1)&fwAbout != 0:
		nn = j + 2
	case w == "के" && (s.w(j+1) == "प्रति" || s.w(j+1) == "बारे" && s.w(j+2) == "में"):
		nn = j + 2
		if s.w(j+1) == "बारे" {
			nn++
		}
	default:
		return -1
	}
	if nn >= s.sn.b || !s.isWord(nn) || s.mentionAt(nn) || s.inMention(nn) || s.flag(nn)&(fwPostposition|fwFinite|fwCopula|fwSubjPron|fwAgentPron|fwGenPron|fwTargetPron|fwRoleNoun|fwPlaceNoun|fwTemporal|fwTimeNoun|fwKi|fwAnd|fwNeg) != 0 {
		return -1
	}
	if e, _ := a.matchAt(s, nn, entFrame); e != nil {
		return -1
	}
	// "Y की यूक्रेन को लेकर नीति की आलोचना": the noun's own genitive
	// before an act.
	if isGenitive(s.w(nn+1)) && nn+2 < s.sn.b {
		if e, _ := a.matchAt(s, nn+2, entFrame); e != nil {
			return nn
		}
	}
	for q := nn + 1; q <= nn+4 && q < s.sn.b; q++ {
		// "Y की नीतियों को लेकर फैलाई जा रही बातें बेबुनियाद हैं": a
		// participle after the topic qualifies another noun.
		if participleAux12(s.w(q)) {
			return -1
		}
		if !s.isWord(q) || s.mentionAt(q) || s.flag(q)&(fwPostposition|fwFinite) != 0 {
			return -1
		}
		if e, _ := a.matchAt(s, q, entEval); e != nil {
			return nn
		}
	}
	return -1
}

// participleAux12: an auxiliary or participle ending that makes the word
// before it a verb form ("फैलाई जा रही", "लगाई गई", "करने वाली").
func participleAux12(w string) bool {
	switch w {
	case "जा", "गई", "गए", "गया", "गयी", "रही", "रहे", "रहा", "हुई", "हुए", "हुआ", "वाली", "वाले", "वाला":
		return true
	}
	return false
}
