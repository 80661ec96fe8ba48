package work

// Session 28 (REF): reference and the target's identity.

// titleStands28 reports the word at end, right after an organisation's
// name and a role ("O प्रमुख", "O के सीईओ"), as one that lets
// the title stand alone as a subject: a particle (भी, ही, तो, खुद …) or
// an adverb between a subject and its predicate (words.yaml
// sentence_adverbs and title_followers: "O प्रमुख सिर्फ सुर्खियां
// बटोरने के लिए …", "O के सीईओ बार-बार …") or a speech verb
// ("O प्रमुख बोले, …"). Any other word may be the noun the role
// word qualifies ("O के प्रमुख निवेशकों में").
func titleStands28(s *sentCtx, end int) bool {
	if titleParticle25(s.w(end)) {
		return true
	}
	// "O प्रमुख बोले, …", "O के सीईओ कहते हैं कि …": the title
	// is the speaker.
	if s.flag(end)&(fwSpeech|fwPostSpeech) != 0 {
		return true
	}
	return s.class(end)&cwSentAdverb != 0 || s.class2(end)&cwTitleFollower28 != 0
}

// ownedKind28 reports a kind noun in apposition at token k between an
// owner's genitive and the name of his company or platform (words.yaml
// appos_kinds: "P के प्लेटफॉर्म O", "P के स्टार्टअप O"): the story calls O
// P's as "P की कंपनी O" does (chiefTies25).
func (a *Analyzer) ownedKind28(f *field, k int) bool {
	return a.chiefClass25(f, k)&cwApposKind != 0
}

// titledChunk28 reports a chunk an organisation's title resolved to its
// holder ("O प्रमुख से मुलाकात की": orgRole, orgHead): the story has
// referred to him as by name, and a pronoun after it may stand for him.
func titledChunk28(c *chunk) bool {
	return c.pron == fwRoleNoun && c.ent >= 0
}

// untrackedBoth28 gives a bare tracked name coordinated with untracked
// words and summed up by ", दोनों" the postposition after दोनों ("Y ने
// X और यूरोपीय नियमों, दोनों को दुश्मन बताया": X is a को-object).
// Without the comma the chunker reads the group already; agents are
// untrackedConjunct26's.
func (a *Analyzer) untrackedBoth28(s *sentCtx) {
	if !s.flagsMayHave(fwAnd) {
		return // no और in the sentence: no conjunct (speed33.go)
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if !s.bareBeforeAnd30(c) {
			continue
		}
		words := 0
		for j := c.end + 1; j < s.sn.b && j <= c.end+8; j++ {
			if s.w(j) == "," && words > 0 {
				if s.flag(j+1)&fwBoth != 0 && s.w(j+2) != "ने" && s.flag(j+2)&fwPostposition != 0 && s.chunkAt(j+1) == nil {
					if mk, at, head, pos := a.markerAfter(s, j+2, false); mk != mkBare && mk != mkAgent {
						c.mk, c.at, c.head, c.possessed = mk, at, head, pos
					}
				}
				break
			}
			// "X और उनके सलाहकारों, दोनों पर": the conjunct may be X's own.
			if !s.conjunctWord30(j, conjunctWords26|fwGenPron) {
				break
			}
			words++
		}
	}
}
