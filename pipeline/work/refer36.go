package work

import "github.com/khabar/khabar/pipeline"

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
	// A dispute, not a tie ("… के साथ उनका करार" in the words of the one
	// who made it is the speaker's: left to the clause's source).
	if e, _ := a.matchAt(s, c.head, entFrame); e == nil || !e.frame.Symmetric || e.frame.Polarity != pipeline.Hostile {
		return -1
	}
	// The narrator's sentence, with no agent of its own: in someone's
	// words, or beside a sentence's own agent, the pronoun is theirs.
	if s.cls[c.clause].kind == ckContent || s.cls[c.clause].quoted {
		return -1
	}
	partner := -1
	for j := range s.chunks {
		o := &s.chunks[j]
		if o.mk == mkAgent {
			return -1
		}
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

// rivalInWords36 reads "उनका/उनकी/उनके प्रतिद्वंद्वी" in a person's
// reported words ("…, वह बोलीं कि उनका प्रतिद्वंद्वी देश को अराजकता में
// धकेल देगा") as the speaker's rival: the one other person the story has
// named, not tied to the speaker. The chunker took the genitive pronoun
// as the owner of the noun after the rival word ("प्रतिद्वंद्वी देश को");
// the chunk becomes the rival, under the postposition right after the
// rival word, else the clause's bare subject.
func (a *Analyzer) rivalInWords36(s *sentCtx, st *storyState) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron&fwGenPron == 0 || c.ent >= 0 || c.end >= s.sn.b || !a.matcher.isRival(s.w(c.end)) {
			continue
		}
		if cl := &s.cls[c.clause]; cl.kind != ckContent || cl.quoted {
			continue
		}
		// Not a rival organisation ("उनकी प्रतिद्वंद्वी कंपनियां").
		if s.chunkAt(c.end) != nil || s.mentionAt(c.end+1) || s.flag(c.end+1)&fwOrgNoun != 0 {
			continue
		}
		sp := a.speakers(s, c.clause, st, nil)
		if len(sp) != 1 || !a.isPerson[sp[0]] {
			continue
		}
		rival := -1
		for _, e := range st.recent {
			if e == sp[0] || e == rival || !a.isPerson[e] || a.tiedTo(st, sp[0], e) || a.tiedTo(st, e, sp[0]) {
				continue
			}
			if rival >= 0 {
				rival = -2 // two candidates: nobody
				break
			}
			rival = e
		}
		if rival < 0 {
			continue
		}
		k := c.end
		mk, at, head, pos := marker(mkBare), k+1, -1, false
		if s.flag(k+1)&fwPostposition != 0 {
			mk, at, head, pos = a.markerAfter(s, k+1, false)
		}
		c.ent, c.pron, c.end, c.mk, c.at, c.head, c.possessed = rival, 0, k+1, mk, at, head, pos
	}
}
