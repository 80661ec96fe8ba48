package work

// Session 22 (MISSES): references that point back to what the story
// already told.

// tieOther22 reads a demonstrative at k before a tie noun under any
// marker but से ("इस साझेदारी को बड़ा कदम कहा", "कहा कि यह साझेदारी
// मील का पत्थर साबित होगी", "इस करार की तारीफ की") as the other party
// of the story's last asserted tie, seen from the one party the sentence
// names: that party itself, or a person the story ties to it (its head
// speaking of "this partnership"). A person on the other side stands for
// the one organisation the story ties them to (the announcer's company).
// -1 when the sentence names neither party or both.
func (a *Analyzer) tieOther22(s *sentCtx, k int) int {
	st := s.st
	x, y := st.tie18[0], st.tie18[1]
	hx, hy := a.tieSides(s, st, x, y, true)
	o := otherParty18(x, y, hx, hy)
	if o >= 0 && a.isPerson[o] {
		if c := a.companyOf(st, o); c >= 0 && c != x && c != y {
			return c
		}
	}
	return o
}

// tieSides reports whether the sentence names tie party x and party y;
// with heads, a person the story ties to an organisation party stands
// for it too (tieOther22; tiePartner18 reads the parties alone).
func (a *Analyzer) tieSides(s *sentCtx, st *storyState, x, y int, heads bool) (hx, hy bool) {
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		e := m.entity
		hx = hx || e == x || heads && a.isPerson[e] && !a.isPerson[x] && a.tiedTo(st, e, x)
		hy = hy || e == y || heads && a.isPerson[e] && !a.isPerson[y] && a.tiedTo(st, e, y)
	}
	return hx, hy
}

// relAgent is the first ने from token from on that is within eight
// words of the relative pronoun at k, before a comma: the relative
// clause's own agent ("…, जिसे Y ने ठुकरा दिया"; chunk.go's oblique
// relatives, actRelative22). -1 if none.
func (s *sentCtx) relAgent(from, k int) int {
	for e := from; e < s.sn.b && e <= k+8 && s.w(e) != ","; e++ {
		if s.w(e) == "ने" {
			return e
		}
	}
	return -1
}

// ownerPron22 reports a genitive pronoun chunk of the third person that
// is not reflexive ("उनके नेतृत्व में", not "अपने नेतृत्व में"), which the
// grounder resolved to someone: the owner credited in someone's words.
func ownerPron22(s *sentCtx, c *chunk) bool {
	return c.pron == fwGenPron && !c.second && c.end-c.tok == 1 && ownerPronoun(s.w(c.tok))
}

// actRelative22 reads a relative after a comma whose antecedent is not a
// tracked name ("मेटा ने … बंद करने का ऐलान किया, जिसकी Y ने तारीफ
// की", "उन्होंने … की बोली लगाई, जिसे Y ने ठुकरा दिया") as the act
// of the host clause, and so its doer: what the relative's own agent
// does to the act is done to whoever did it. Only when the relative has
// an agent of its own (ने within eight words, before a comma), and the
// host clause before the comma has a ने-agent and no other tracked name
// that could own or receive the act (under का/की/के, को, पर, से).
// Genitive relatives (जिसकी, जिसका, जिसके) qualify the frame noun after
// the relative's agent; जिसे is under को, जिस पर under पर. After a name,
// a genitive relative (जिनकी, जिसकी …) is that name's, as the oblique
// relatives are.
func (a *Analyzer) actRelative22(s *sentCtx, k int) (chunk, bool) {
	if k < s.sn.a+2 || s.w(k-1) != "," {
		return chunk{}, false
	}
	named := s.mentionEndingAt(k-2) >= 0
	mk, at, gen := marker(255), k+1, false
	switch s.w(k) {
	case "जिनकी", "जिनका", "जिनके":
		// "X, जिनकी Y ने आलोचना की थी, …": a name's genitive relative
		// (the oblique ones are read with the names, above).
		if named {
			mk, gen = mkGen, true
		}
	case "जिसे", "जिसको":
		mk = mkKo
	case "जिस":
		if s.w(k+1) == "पर" {
			mk, at = mkPar, k+2
		}
	case "जिसकी", "जिसका", "जिसके":
		mk, gen = mkGen, true
	}
	if mk == 255 || named && !gen {
		return chunk{}, false
	}
	agent := s.relAgent(at, k)
	if agent < 0 {
		return chunk{}, false
	}
	head := -1
	if gen {
		for j := agent + 1; j < s.sn.b && j <= agent+3; j++ {
			if e, _ := a.matchAt(s, j, entFrame); e != nil {
				head = j
				break
			}
		}
		if head < 0 {
			return chunk{}, false
		}
	}
	if named {
		// Grounded as "…, जिन्होंने …": the name right before it.
		return chunk{ent: -1, pron: fwRelAgent, tok: k, end: k + 1, mk: mk, at: at, head: head}, true
	}
	// The host clause: its ने-agent, and no other tracked party.
	hasAgent := false
	for i := len(s.chunks) - 1; i >= 0; i-- {
		c := &s.chunks[i]
		if c.end > k {
			continue
		}
		if c.mk == mkAgent {
			hasAgent = true
			break
		}
		switch c.mk {
		case mkGen, mkKo, mkPar, mkSe, mkKhilaf:
			return chunk{}, false
		}
	}
	if !hasAgent {
		return chunk{}, false
	}
	return chunk{ent: -1, pron: fwRelAgent, actRel: true, tok: k, end: k + 1, mk: mk, at: at, head: head}, true
}

// hostAgent22 is the ने-agent of the host clause an act relative at
// chunk i follows (actRelative22), already grounded; -1 if none.
func hostAgent22(s *sentCtx, i int) int {
	for j := i - 1; j >= 0; j-- {
		if c := &s.chunks[j]; c.mk == mkAgent {
			return c.ent
		}
	}
	return -1
}

// ownPronAgent22 reports an organisation noun at k owned by a
// third-person genitive pronoun right before it and a ने-agent ("उनकी
// कंपनी ने") in someone's words, which the chunker otherwise reads as a
// modifier there.
func ownPronAgent22(s *sentCtx, k int) bool {
	if k-1 < s.sn.a || k+1 >= s.sn.b || s.w(k+1) != "ने" || s.flag(k)&fwOrgNoun == 0 {
		return false
	}
	// Only in someone's words: the narrator's "उनकी कंपनी ने" is read
	// with the story's last agent (ownersOrg).
	if s.cls[s.cid[k-s.sn.a]].kind != ckContent {
		return false
	}
	switch s.w(k - 1) {
	case "उनकी", "उनके", "उनका":
		return true
	}
	return false
}

// ownCompanyAgent22 grounds an owned organisation noun that is a
// ने-agent in someone's words ("X ने बताया कि उनकी कंपनी ने ओपनएआई
// को अनुदान दिया है", ownPronAgent22) as the one organisation the story
// ties the speaker to: the company acts, not the person. -1 when the
// noun is not in a content clause of one person's words, or the speaker
// has no single company the story names.
func (a *Analyzer) ownCompanyAgent22(s *sentCtx, st *storyState, c *chunk) int {
	if st == nil || s.cls[c.clause].kind != ckContent {
		return -1
	}
	sp := a.speakers(s, c.clause, st, nil)
	if len(sp) != 1 || !a.isPerson[sp[0]] {
		return -1
	}
	return a.companyOf(st, sp[0])
}

// subjectCarried22 reads उन्होंने opening a later clause of someone's
// words, right after और or a comma ("X ने कहा कि Y मेरे दोस्त हैं और
// उन्होंने देश में कमाल का काम किया है"), as the tracked
// person who is the bare subject or ने-agent of the words before it in
// the same sentence, when that is not the speaker: the words go on about
// the one they began with. -1 otherwise (the speaker, read as before).
func (a *Analyzer) subjectCarried22(s *sentCtx, i, speaker int) int {
	c := &s.chunks[i]
	if c.pron != fwAgentPron || c.tok-1 < s.sn.a {
		return -1
	}
	switch s.w(c.tok) {
	case "उन्होंने", "उन्होने":
	default:
		return -1
	}
	// After लेकिन the clause is as often the narrator's turn about the
	// speaker ("X ने कहा कि Y दोस्त हैं, लेकिन उन्होंने समर्थन से इनकार
	// किया"): only और or a comma carries the words on.
	switch s.w(c.tok - 1) {
	case "और", ",":
	default:
		if !s.adverbAfterAnd37(c.tok) { // "और हाल में उन्होंने" (quote37.go)
			return -1
		}
	}
	// "… और उन्होंने उनके समूह को रकम दी": another pronoun in the
	// clause is the one spoken of; उन्होंने is the speaker.
	if a.hasObjectPron(s, c.clause) {
		return -1
	}
	cl := &s.cls[c.clause]
	e := -1
	for j := i - 1; j >= 0; j-- {
		o := &s.chunks[j]
		if o.clause == c.clause {
			continue
		}
		oc := &s.cls[o.clause]
		if oc.kind != ckContent || oc.parent != cl.parent {
			break
		}
		if o.pron == 0 && o.ent >= 0 && (o.mk == mkBare || o.mk == mkAgent) {
			e = o.ent
		}
	}
	if e < 0 || e == speaker || !a.isPerson[e] {
		return -1
	}
	return e
}
