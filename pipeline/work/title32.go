package work

// Session 32 (INV2, T9): a watchlist title of several words before a
// tracked name. "कि नेता प्रतिपक्ष Y …" — the collective noun (नेता) opens
// an epithet (fwEpithet) whose next word or two run up to the name: the
// noun is the name's title, not an untracked group doer ("the leaders"),
// as "कि कांग्रेस नेता Y …" already is (titledCollective31).
func titledPhrase32(s *sentCtx, k int) bool {
	if s.flag(k)&fwEpithet == 0 {
		return false
	}
	for j := k + 1; j <= k+2 && j < s.sn.b; j++ {
		if !s.isWord(j) || s.flag(j)&^fwEpithet != 0 || isGenitive(s.w(j)) || s.inMention(j) {
			return false
		}
		if s.mentionAt(j + 1) {
			return true
		}
	}
	return false
}

// titledConjunct32 is titledConjunct29 for a title that holds a
// postposition or a genitive ("प्रधानमंत्री X और लोकसभा में नेता प्रतिपक्ष
// Y ने एक-दूसरे …", "X और एशिया के सबसे अमीर व्यक्ति Y ने …", "X और
// वायनाड से सांसद Y ने …"): a bare tracked name before और takes the agent
// marker and group of the tracked name that takes ने after a phrase of
// plain words with one or two of में/से/के/की/का inside it (a plain word on
// each side), up to seven tokens. Phrases with no such word are
// titledConjunct29's. "टेस्ला और स्पेसएक्स के मालिक Y ने" is left alone: a
// genitive before a role noun (मालिक, प्रमुख, सीईओ, नेता) right before the
// name makes the first conjunct the role's other owner, not an agent.
func (s *sentCtx) titledConjunct32() {
	s.titledBareConjunct32()
	for i := range s.chunks {
		c := &s.chunks[i]
		// The chunker may have given the name the phrase's own
		// postposition ("X और वायनाड से …": mk से at से).
		if c.mk == mkAgent || c.pron != 0 || c.ent < 0 || c.end >= s.sn.b || s.flag(c.end)&fwAnd == 0 || c.at != c.end && !(c.at > c.end && titlePost32(s.w(c.at))) {
			continue
		}
		words, posts, afterPost, gen := 0, 0, true, false
		for j := c.end + 1; j < s.sn.b && j <= c.end+7; j++ {
			if d := s.chunkStartingAt29(j); d != nil {
				if posts > 0 && !afterPost && words >= 2 && (c.at == c.end || c.at < j) && !(gen && s.flag(j-1)&fwRoleNoun != 0) && d.mk == mkAgent && d.pron == 0 && d.ent >= 0 && d.ent != c.ent {
					c.mk, c.at, c.head, c.possessed, c.group = d.mk, d.at, d.head, d.possessed, d.group
				}
				break
			}
			if titlePost32(s.w(j)) && !afterPost && posts < 2 {
				posts++
				afterPost = true
				gen = gen || isGenitive(s.w(j))
				continue
			}
			if !s.conjunctWord30(j, conjunctWords26|fwPlaceNoun) {
				break
			}
			words++
			afterPost = false
		}
	}
}

// titlePost32 reports a postposition a title phrase holds ("लोकसभा में
// नेता प्रतिपक्ष", "वायनाड से सांसद", "एशिया के सबसे अमीर व्यक्ति").
func titlePost32(w string) bool {
	switch w {
	case "में", "से", "के", "की", "का":
		return true
	}
	return false
}

// titleBeforeAgent32 is the number of words (one to three) of a title
// right after the genitive at n before a tracked name that takes ने —
// "Y की स्पेसएक्स प्रमुख X ने आलोचना की", "Y का अमेरिकी राष्ट्रपति X ने
// बचाव किया": the fronted object's genitive reaches past the agent and
// its title to the act noun, as it does past a bare agent or a one-word
// title. Only की/का: an owner of the role itself stands in the oblique
// ("ओपनएआई के सीईओ X ने …"). The last word is a title or role noun, the
// others plain or epithet words. 0 when not so.
func (s *sentCtx) titleBeforeAgent32(n int) int {
	if w := s.w(n); w != "की" && w != "का" {
		return 0
	}
	if s.screen&swNe == 0 || !s.flagsMayHave(fwTitle|fwRoleNoun) {
		return 0 // no ने, or no title or role word, in the sentence (speed33.go)
	}
	for m := 1; m <= 3; m++ {
		j := n + m
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&^conjunctWords26 != 0 {
			return 0
		}
		if s.flag(j)&(fwTitle|fwRoleNoun) != 0 && s.mentionAt(j+1) && s.w(s.mentionEnd(j+1)) == "ने" {
			return m
		}
	}
	return 0
}

// titledBareConjunct32 is titledConjunct29 for a bare (nominative)
// coordinated subject: "X और स्पेसएक्स प्रमुख Y एक-दूसरे पर आरोप लगा रहे
// हैं", "X और अमेरिकी राष्ट्रपति Y एक-दूसरे की तारीफ करते थे". A bare
// tracked name before और joins the group of the bare tracked name that
// follows two to five plain words (a title; the chunker links one).
func (s *sentCtx) titledBareConjunct32() {
	for i := range s.chunks {
		c := &s.chunks[i]
		if !s.bareBeforeAnd30(c) {
			continue
		}
		if d := s.titledNext32(c); d != nil && d.mk == mkBare && d.at == d.end && d.pron == 0 && d.ent >= 0 && d.ent != c.ent && d.group != c.group {
			c.at, c.head, c.possessed, c.group = d.at, d.head, d.possessed, d.group
		}
	}
}

// titleAfterKi32 reports a title of one to four tokens between a कि and
// the tracked name at tok: "कि अमेरिकी राष्ट्रपति Y सेंसरशिप पर झूठ बोल
// रहे हैं", "कि लिंक्डइन के सह-संस्थापक Y …". The name is the content
// clause's subject as it is right after कि (topicAfterSubject15). The
// words are plain, title, role or epithet words (a hyphen, or one
// genitive not first, between them), with at least one title, role or
// epithet word.
func titleAfterKi32(s *sentCtx, tok int) bool {
	titled := false
	for k := tok - 1; k >= s.sn.a && k >= tok-5; k-- {
		w := s.w(k)
		if w == "कि" {
			return titled && k < tok-1
		}
		switch {
		case w == "-" && k < tok-1:
		case isGenitive(w) && k < tok-1 && s.w(k-1) != "कि":
		case s.isWord(k) && !s.mentionAt(k) && !s.inMention(k) && s.flag(k)&^conjunctWords26 == 0:
			if s.flag(k)&(fwTitle|fwRoleNoun|fwEpithet) != 0 {
				titled = true
			}
		default:
			return false
		}
	}
	return false
}
