package work

// Session 11: SCHEMA conventions the blind writers apply that the engine
// did not read (see testdata/gold/SCHEMA.md): a person who makes or
// announces an agreement is a party to it, acts presupposed in a noun
// phrase, relations stated in passing.

// agreementNoun11 is a noun of an agreement that agreementAt did not
// list: a person who makes or announces one ("X ने Y के साथ गठजोड़
// किया", "… अनुबंध का ऐलान") is a party to it, both ways (SCHEMA).
func agreementNoun11(w string) bool {
	switch w {
	case "गठजोड", "अनुबंध", "भागीदारी", "करारों", "समझौतों":
		return true
	}
	return false
}

// quarrelNoun11 is a noun of a quarrel between two (as normalised: no
// nukta). जंग only as a war of words (जुबानी जंग), read by the caller.
func quarrelNoun11(w string) bool {
	switch w {
	case "तल्खी", "तकरार", "झगडा", "झगडे", "झगडों", "कडवाहट", "अनबन", "टकराव",
		"मतभेद", "मतभेदों", "तनातनी", "खटास", "दुश्मनी", "नोकझोंक", "जंग":
		return true
	}
	return false
}

// quarrelTime11 is a word of duration that may own a quarrel ("महीनों
// की तल्खी", "सालों की दुश्मनी") without naming its parties.
func quarrelTime11(w string) bool {
	switch w {
	case "महीनों", "सालों", "वर्षों", "हफ्तों", "दिनों", "हफ्ते", "महीने", "साल", "दोनों", "दोनो":
		return true
	}
	return false
}

// readPastQuarrel reads a quarrel presupposed in passing, its parties
// not marked on it ("महीनों की तल्खी के बाद X और Y ने हाथ मिलाया",
// "दोनों के बीच तीखी तकरार के कुछ दिन बाद X ने Y की तारीफ की", "…
// तल्खी के बाद यह दोनों की पहली मुलाकात थी"): hostile both ways between
// the pair (SCHEMA: a quarrel presupposed in background, kind rivalry).
// The pair is the clause's two tracked names, or, when the sentence says
// दोनों and names fewer, the story's last two. A quarrel with someone
// marked on it ("Z से तकरार के बाद", "Z के साथ", "Z के बीच") is read by
// quarrelBefore and pairAttached, not here.
func (a *Analyzer) readPastQuarrel(s *sentCtx, ci int, st *storyState) {
	if s.screen&swQuarrel11 == 0 {
		return
	}
	for _, k := range s.cls[ci].toks {
		if !quarrelNoun11(s.w(k)) || s.w(k) == "जंग" && s.w(k-1) != "जुबानी" {
			continue
		}
		if !s.presupposedAfter11(k) {
			continue
		}
		both, ok := s.quarrelOwner11(k)
		if !ok {
			continue
		}
		ids := a.quarrelPair11(s, ci, st, both)
		if len(ids) != 2 {
			continue
		}
		a.add(s, st, ids[0], ids[1], -1, "rivalry", "", 1.5)
		a.add(s, st, ids[1], ids[0], -1, "rivalry", "", 1.5)
		return
	}
}

// presupposedAfter11 reports the noun at k under "के (कुछ दिन) बाद" or
// "के बावजूद": the quarrel is presupposed as having been.
func (s *sentCtx) presupposedAfter11(k int) bool {
	if s.w(k+1) != "के" {
		return false
	}
	for j := k + 2; j <= k+5 && j < s.sn.b; j++ {
		switch s.w(j) {
		case "बाद", "बावजूद":
			return true
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
	}
	return false
}

// quarrelOwner11 reads the words before the quarrel noun at k: only
// adjectives, a duration's genitive ("महीनों की"), or "दोनों के बीच /
// की" (both: the pair named elsewhere). A partner marked on it (से, के
// साथ, के बीच, में, or another noun's genitive) is not ok: another
// reading's, or someone untracked.
func (s *sentCtx) quarrelOwner11(k int) (both, ok bool) {
	for j := k - 1; j >= k-4 && j >= s.sn.a; j-- {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return both, true
		}
		switch w := s.w(j); {
		case w == "से" || w == "साथ" || w == "बीच" || w == "में" || isGenitive(w):
			p := j - 1
			if w == "साथ" || w == "बीच" {
				p = j - 2
			}
			if pw := s.w(p); pw == "दोनों" || pw == "दोनो" {
				return true, true
			}
			if isGenitive(w) && quarrelTime11(s.w(p)) {
				return both, true
			}
			return false, false
		}
	}
	return both, true
}

// quarrelPair11 is the pair of a quarrel presupposed in clause ci: its two
// tracked names (not a deal, not a person's own organisation), or, when
// the sentence says दोनों, the story's last two such.
func (a *Analyzer) quarrelPair11(s *sentCtx, ci int, st *storyState, both bool) []int {
	tied := func(x, y int) bool {
		return a.affil[[2]int{x, y}] || a.affil[[2]int{y, x}] || st.affil[[2]int{x, y}] || st.affil[[2]int{y, x}]
	}
	var ids []int
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.pron == fwBoth {
			both = true
		}
		if c.ent < 0 || c.pron != 0 || a.isDeal[c.ent] || c.mk == mkPlace || c.mk == mkAbout {
			continue
		}
		ids = appendNew(ids, c.ent)
	}
	for len(ids) == 3 && tied(ids[0], ids[1]) {
		ids = ids[1:]
	}
	if len(ids) == 3 && tied(ids[1], ids[2]) {
		ids = ids[:2]
	}
	if len(ids) == 2 {
		if tied(ids[0], ids[1]) {
			return nil
		}
		return ids
	}
	if len(ids) > 2 || !both {
		return nil
	}
	var pair []int
	for j := len(st.recent) - 1; j >= 0 && len(pair) < 2; j-- {
		e := st.recent[j]
		if a.isDeal[e] || containsInt(pair, e) || len(pair) == 1 && tied(pair[0], e) {
			continue
		}
		pair = append(pair, e)
	}
	if len(ids) == 1 && !containsInt(pair, ids[0]) {
		return nil
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}
