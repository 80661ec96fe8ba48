package work

// Session 26 (OWNER): argument finding for a frame whose source was
// found and whose target was not, when its object is something its
// genitive owner made or said.

// artefactOwner26 reads the genitive owner of a statement, claim,
// decision or plan (owned_artefacts) as the target of a frame whose own
// markers refuse the owned noun's postposition: "X ने Y के ताजा बयान
// पर कानूनी नोटिस भेजा" (a notice takes को), "X ने Y के एआई दावों को
// 'बढ़ा-चढ़ाकर पेश किया गया' बताया" (a charge of exaggeration takes a
// genitive). What is done to Y's words or plan is done to Y (SCHEMA:
// criticism of someone's plan or policy counts against that person).
// The owner must be a name (no pronoun), before the frame in its clause,
// not a source, and the last name chunk before the frame; the owned
// noun must follow the genitive within three plain words and carry the
// को/पर/से the chunker passed to the owner. Only for attacks and praise
// (a rupture, "Y के दावों को खारिज किया", rejects a charge: no stance;
// a retort finds its attacker by itself; a cause frame reads its own
// से, "Y की नीतियों से भरोसा नहीं लौटा", qe20.go).
func (a *Analyzer) artefactOwner26(s *sentCtx, ci int, o occurrence, fr *Frame, kind string, srcs []int) int {
	if fr.Retort || fr.Cause || !ownerKind26(kind) {
		return -1
	}
	return s.lastOwner26(ci, o, srcs, func(c *chunk) bool {
		switch c.mk {
		case mkKo, mkPar, mkSe:
		default:
			return false
		}
		return c.possessed && c.at < o.k && s.ownedArtefact26(c.end, c.at) && s.objectNextTo26(c.at, o.k)
	})
}

// ownerKind26: the kinds of frame whose object's owner is its target.
func ownerKind26(kind string) bool {
	switch kind {
	case "criticism", "accusation", "lawsuit", "mockery", "threat", "praise", "endorsement", "defence":
		return true
	}
	return false
}

// ownedArtefact26 reports tokens [g, at) as "का/की/के <up to three plain
// words> <owned artefact>" and token at as its को, पर or से.
func (s *sentCtx) ownedArtefact26(g, at int) bool {
	if !isGenitive(s.w(g)) || at-g < 2 || at-g > 5 {
		return false
	}
	switch s.w(at) {
	case "को", "पर", "से":
	default:
		return false
	}
	for k := g + 1; k < at; k++ {
		if !s.isWord(k) || s.mentionAt(k) || s.inMention(k) || s.flag(k)&(fwPostposition|fwFinite|fwCopula|fwKi|fwNeg|fwAnd|fwRel|fwRelAgent|fwBreak|fwSpeech|fwTemporal) != 0 {
			return false
		}
	}
	return s.class(at-1)&cwArtefact26 != 0
}

// objectNextTo26 reports the frame at token k right after the owned
// noun's postposition at token at: at most three tokens between, none a
// comma, a verb, a participle's हुए or a name ("Y के दावों को निराधार
// बताते हुए मुकदमा खारिज करने की मांग": the claims are the object of
// the participle, not of the demand; "Y की नीतियों पर हमला बोलेंगी,
// उनकी प्रचार टीम ने …": the campaign noun is no act on the policies).
func (s *sentCtx) objectNextTo26(at, k int) bool {
	if k <= at || k-at > 4 {
		return false
	}
	for j := at + 1; j < k; j++ {
		if s.w(j) == "," || s.w(j) == "हुए" || s.mentionAt(j) || s.inMention(j) || s.flag(j)&(fwPostposition|fwFinite|fwCopula|fwKi|fwBreak|fwSpeech|fwCall|fwGenPron|fwTargetPron) != 0 {
			return false
		}
	}
	return true
}

// quoteLabel26 reports a closing quote at token e followed by
// वाला/वाली/वाले and a plain noun: the quote is a label of that noun
// ("Y के 'टिप्स पर टैक्स नहीं' वाले प्रस्ताव का समर्थन"), not words that
// judge the genitive's owner.
func quoteLabel26(s *sentCtx, e int) bool {
	switch s.w(e + 1) {
	case "वाला", "वाली", "वाले":
	default:
		return false
	}
	n := e + 2
	return n < s.sn.b && s.isWord(n) && !s.mentionAt(n) && s.flag(n)&(fwPostposition|fwFinite|fwCopula|fwKi|fwNeg|fwBreak) == 0
}

// inQuoteLabel26 reports token k inside a short quote (up to seven
// tokens) that labels the noun after it (quoteLabel26): "Y के 'टिप्स पर
// टैक्स नहीं' वाले प्रस्ताव" negates nothing of the clause.
func inQuoteLabel26(s *sentCtx, k int) bool {
	for e := k + 1; e < s.sn.b && e <= k+6; e++ {
		if !s.isQuoteTok(e) {
			continue
		}
		if !quoteLabel26(s, e) {
			return false
		}
		for b := k - 1; b >= s.sn.a && b >= e-8; b-- {
			if s.isQuoteTok(b) {
				return true
			}
		}
		return false
	}
	return false
}

// happenedIn26 reads an organisation (or a deal) named before में and a
// participle of happening (happening_participles, words.yaml) as the
// target of a frame whose object is what happened there: "Z ने ओपनएआई
// में मचे हड़कंप पर तंज कसा", "X ओपनएआई बोर्ड में हुए बदलावों से
// उत्साहित हैं" — the turmoil or the change is the organisation's
// (SCHEMA: criticism of someone's company counts against it). The event
// noun (one to four tokens: plain words, and the parts and hyphen of a
// hyphened word) must end in a पर, से, को or genitive right before the
// frame (objectNextTo26). Not for a person ("Y की रैली में हुई
// गोलीबारी" is where, not whose), nor for a condemnation (what is
// condemned happened to the place, bgt20.go).
func (a *Analyzer) happenedIn26(s *sentCtx, ci int, o occurrence, fr *Frame, kind string, srcs []int) int {
	if fr.Retort || !ownerKind26(kind) || condemnation20(fr) {
		return -1
	}
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= o.k {
			break
		}
		if c.ent < 0 || c.pron != 0 || c.possessed || c.mk != mkBetween || a.isPerson[c.ent] || containsInt(srcs, c.ent) {
			continue
		}
		if s.w(c.at) != "में" {
			continue
		}
		if s.class(c.at+1)&cwHappen26 == 0 {
			continue
		}
		for p := c.at + 3; p <= c.at+6 && p < o.k; p++ {
			// "मची उथल-पुथल पर": a hyphened noun is one.
			if s.w(p-1) == "-" && s.isWord(p) {
				continue
			}
			if !s.isWord(p-1) || s.mentionAt(p-1) || s.inMention(p-1) || s.flag(p-1)&^fwEntry != 0 {
				break
			}
			switch s.w(p) {
			case "पर", "से", "को", "का", "की", "के":
				if s.objectNextTo26(p, o.k) || p+1 == o.k {
					return c.ent
				}
			}
			if s.flag(p)&fwPostposition != 0 {
				break
			}
		}
	}
	return -1
}

// afterSituated26 reports token j right after स्थित ("located in"),
// which outlets put between a place and the name of what stands there:
// "Y की मध्य प्रदेश स्थित महान एनर्जेन परियोजना में हिस्सेदारी" — महान is
// the plant's name, no judgement of the possessed noun.
func afterSituated26(s *sentCtx, j int) bool {
	return s.w(j-1) == "स्थित"
}

// againstAct26 reads an act against Y ("Y के खिलाफ चल रहे अभियान", "Y के
// खिलाफ विज्ञापनों") as the object of a frame that found no target:
// funding it is an attack on Y, "X ने Y के खिलाफ चल रहे विज्ञापन अभियान
// में पैसा लगाया", "X ने Y के खिलाफ मुकदमे का खर्च उठाया"; anger at it
// is taking Y's side, "X ने कहा कि वह Y के खिलाफ हो रहे प्रदर्शनों से
// नाराज हैं". It returns Y and the polarity turned, or -1. The के
// खिलाफ phrase must qualify the frame's object: from it to the
// object's postposition (before the frame, objectNextTo26) only plain
// words, a participle of going on (ongoing_participles, words.yaml: चल
// रहे, चलाए जा रहे, हो रहे, दायर) and a genitive inside the noun group
// ("विज्ञापनों की एक शृंखला का"); no name, comma or verb. Only for funding and backing (a donation or an
// endorsement) and for criticism (anger, objection); in someone's words
// only when the speaker is the source.
func (a *Analyzer) againstAct26(s *sentCtx, ci int, o occurrence, fr *Frame, kind string, srcs []int, st *storyState) int {
	switch kind {
	case "donation", "endorsement", "criticism":
	default:
		return -1
	}
	if fr.Retort || fr.Symmetric {
		return -1
	}
	// "X ने दावा किया कि Z ने Y के खिलाफ चल रहे मुकदमों का खर्च उठाया":
	// a deed told only in X's words is X's claim, not asserted (SCHEMA);
	// in someone's words only the speaker's own feeling or deed counts.
	if s.cls[ci].kind == ckContent {
		if _, own := a.speakersOwn26(s, ci, st, srcs); !own {
			return -1
		}
	}
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= o.k {
			break
		}
		if c.ent < 0 || c.pron != 0 || c.mk != mkKhilaf || containsInt(srcs, c.ent) {
			continue
		}
		if s.actAgainst26(c.at+1, o.k) {
			return c.ent
		}
	}
	return -1
}

// actAgainst26 reports tokens [from, k) as the noun group after "Y के
// खिलाफ" that ends in the frame's object postposition (see
// againstAct26).
func (s *sentCtx) actAgainst26(from, k int) bool {
	nouns := 0
	if s.venueAgainst30(from, k) {
		return false // "Y के खिलाफ संसद में बरसे" (attach30.go)
	}
	for j := from; j < k && j < from+10; j++ {
		if s.class(j)&cwOngoing26 != 0 {
			continue
		}
		w := s.w(j)
		switch w {
		case "का", "की", "के":
			if nouns > 0 && s.ownedNext26(j) {
				continue
			}
		}
		switch w {
		case "का", "की", "के", "में", "पर", "से", "को":
			return nouns > 0 && (j+1 == k || s.objectNextTo26(j, k))
		}
		// (अभियान is an owner noun: "X का अभियान" is X acting.)
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&^(fwEntry|fwOwnerNoun) != 0 {
			return false
		}
		nouns++
	}
	return false
}

// ownedNext26 reports a genitive at token j that stays inside the noun
// group: plain words follow it up to the next postposition before any
// verb ("विज्ञापनों की एक पूरी शृंखला का खर्च").
func (s *sentCtx) ownedNext26(j int) bool {
	for m := j + 1; m < s.sn.b && m <= j+5; m++ {
		switch s.w(m) {
		case "का", "की", "के", "में", "पर", "से", "को":
			return m > j+1
		}
		if !s.isWord(m) || s.mentionAt(m) || s.inMention(m) || s.flag(m)&^fwEntry != 0 {
			return false
		}
	}
	return false
}

// accountOwner26 reads the owner of an account a frame acts on as its
// bare object as the target: "X ने Y का निजी अकाउंट स्थायी रूप से
// निलंबित कर दिया", "X ने Y का आधिकारिक अकाउंट बिना कारण बताए निलंबित
// करवा दिया" (the chunker reads "Y का अकाउंट" as a place). The account
// (an owned artefact that is a place noun) follows the genitive within
// two plain words, and at most four tokens of time or manner (no name,
// comma, ने, को, पर or कि) stand between it and the frame, which must
// take a को or genitive object.
func (a *Analyzer) accountOwner26(s *sentCtx, ci int, o occurrence, fr *Frame, srcs []int) int {
	if fr.Retort || !fr.targets[mkKo] && !fr.targets[mkGen] {
		return -1
	}
	return s.lastOwner26(ci, o, srcs, func(c *chunk) bool {
		if !isGenitive(s.w(c.end)) {
			return false
		}
		for h := c.end + 1; h <= c.end+3 && h < o.k; h++ {
			if !s.isWord(h) || s.mentionAt(h) || s.inMention(h) {
				return false
			}
			if s.flag(h)&fwPlaceNoun != 0 && s.class(h)&cwArtefact26 != 0 {
				return s.mannerBefore26(h+1, o.k)
			}
			if s.flag(h)&^fwEntry != 0 {
				return false
			}
		}
		return false
	})
}

// mannerBefore26 reports tokens [from, k) as at most four tokens of
// time or manner before a frame ("स्थायी रूप से", "हमेशा के लिए", "बिना
// कारण बताए"): no name, comma, ने, को, पर or कि.
func (s *sentCtx) mannerBefore26(from, k int) bool {
	if k-from > 4 {
		return false
	}
	for j := from; j < k; j++ {
		switch s.w(j) {
		case ",", "ने", "को", "पर", "कि":
			return false
		}
		if s.mentionAt(j) || s.inMention(j) || s.flag(j)&(fwFinite|fwKi|fwBreak|fwSpeech) != 0 {
			return false
		}
	}
	return true
}

// artefactSubject26 reads, in someone's words, the genitive owner of an
// artefact that is the subject a hostile label is said of as the
// label's target: "X के वकीलों ने कहा कि Y का मुकदमा … 'उत्पीड़न का
// अभियान' है" — calling Y's suit harassment attacks Y. The owner must be
// the first name of the words, its artefact (owned_artefacts) the
// genitive's head, no name, ने or comma between it and the label, and
// a copula within two tokens after the label. Only for the speaker's own
// words (the sources found are the words' speakers) and a criticism,
// accusation or mockery.
func (a *Analyzer) artefactSubject26(s *sentCtx, ci int, o occurrence, kind string, srcs []int, st *storyState) int {
	switch kind {
	case "criticism", "accusation", "mockery":
	default:
		return -1
	}
	if s.cls[ci].kind != ckContent {
		return -1
	}
	if _, own := a.speakersOwn26(s, ci, st, srcs); !own {
		return -1
	}
	cop := false
	for j := o.k + o.n; j < s.sn.b && j <= o.k+o.n+2; j++ {
		if s.flag(j)&fwCopula != 0 {
			cop = true
			break
		}
	}
	if !cop {
		return -1
	}
	// The owner is the words' first chunk.
	idx := s.inClause(ci)
	if len(idx) == 0 {
		return -1
	}
	c := &s.chunks[idx[0]]
	if c.tok >= o.k || c.ent < 0 || c.pron != 0 || containsInt(srcs, c.ent) {
		return -1
	}
	if c.mk != mkGen || c.head < 0 || c.head >= o.k || s.class(c.head)&cwArtefact26 == 0 {
		return -1
	}
	// (A participle phrase may qualify the label: "Y का मुकदमा Z को
	// फायदा पहुंचाने के लिए चलाया जा रहा 'उत्पीड़न का अभियान' है".)
	for j := c.head + 1; j < o.k; j++ {
		if w := s.w(j); w == "ने" || w == "," || s.mentionAt(j) || s.flag(j)&(fwKi|fwBreak|fwSpeech) != 0 {
			return -1
		}
	}
	return c.ent
}
