package work

// Session 36 (REFER): references the grounding left open.

// formerOffice36 reports an office word at k of field f written as a
// former holder's ("ब्रिटेन के पूर्व प्रधानमंत्री टोनी ब्लेयर"): a former
// holder does not hold the office, so naming one does not make the bare
// office ("प्रधानमंत्री ने …", "… ने प्रधानमंत्री का आभार जताया") nobody's.
// Not "से पूर्व" (before); "के पूर्व" before an untracked holder's name is
// the country's or the company's former one ("ब्रिटेन के पूर्व
// प्रधानमंत्री"), not "before".
func formerOffice36(f *field, k int) bool {
	return k >= 1 && f.words[k-1] == "पूर्व" && (k < 2 || f.words[k-2] != "से")
}

// possessedOrgOpens36 reports a genitive pronoun at k that opens a body
// sentence before an organisation noun as its bare subject ("…। उनकी
// कंपनी ओपनएआई में 30 अरब डॉलर लगा चुकी है"): the possessor's
// organisation is the sentence's subject, as "उनकी कंपनी ने" already is
// (possessorsOrgChunks), and as a bare "कंपनी" opening a sentence is
// (orgOpensSentence35).
func possessedOrgOpens36(s *sentCtx, k int) bool {
	return orgOpensSentence35(s, k)
}

// disputeOwner36 grounds a genitive pronoun at chunk i that owns a
// symmetric frame noun (a dispute: झगड़ा, तकरार, टकराव) whose other party
// the clause names under के साथ or से ("…। डोनाल्ड ट्रंप के साथ उनका तीखा
// झगड़ा पिछले हफ्ते सुर्खियों में रहा था", "Y से उनकी तकरार"): the
// pronoun is the story's last agent, as "उनका कहना है" is
// (accordingPron33a), unless that is the partner. -1 otherwise.
func (a *Analyzer) disputeOwner36(s *sentCtx, st *storyState, i int) int {
	c := &s.chunks[i]
	if c.mk != mkGen || c.head < 0 {
		return -1
	}
	if e, _ := a.matchAt(s, c.head, entFrame); e == nil || !e.frame.Symmetric {
		return -1
	}
	partner := -1
	for j := range s.chunks {
		o := &s.chunks[j]
		if j == i || o.clause != c.clause || o.ent < 0 || o.pron != 0 {
			continue
		}
		if o.mk != mkSaath && o.mk != mkSe {
			return -1 // another party, not the partner's postposition
		}
		if partner >= 0 {
			return -1
		}
		partner = o.ent
	}
	if partner < 0 {
		return -1
	}
	if e := a.accordingPron33a(s, st); e >= 0 && e != partner {
		return e
	}
	return -1
}
