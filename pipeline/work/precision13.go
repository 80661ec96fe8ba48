package work

// Session 13, PRECISION2 helper: general readings that keep the engine
// from asserting stances the text does not give.

// ownLabel13 reports a label of one's own before the word at o: a
// reflexive possessive (अपना, अपनी, अपने) a few tokens before it, with
// only quote marks and modifiers between, in a clause whose calling verb
// (बताया, कहा) follows within a dozen tokens ("X ने Y को अपना 'बेहद
// करीबी दोस्त' और 'हमारे दौर का सबसे बड़ा इंजीनियर' बताया"). The label
// is X's word for Y — X's stance towards Y — however long the coordinated
// labels after it run, never a tie asserted both ways.
func (s *sentCtx) ownLabel13(o occurrence) bool {
	own := false
	for j := o.k - 1; j >= s.sn.a && j >= o.k-4; j-- {
		if ownWord(s.w(j)) {
			own = true
			break
		}
		if s.isQuoteTok(j) {
			continue
		}
		if s.flag(j)&fwPostposition != 0 || isGenitive(s.w(j)) || s.chunkAt(j) != nil {
			return false
		}
	}
	if !own {
		return false
	}
	c := s.cid[o.k-s.sn.a]
	for j := o.k + o.n; j < s.sn.b && j < o.k+o.n+14; j++ {
		if s.cid[j-s.sn.a] != c {
			return false
		}
		if s.flag(j)&fwCall != 0 {
			return true
		}
	}
	return false
}

// laterNominal13 reports a chunk c of a content clause after its subject
// (the chunk at index subj, a name with ने), in another group (not
// coordinated with it), that is a genitive owner of the word after it
// ("… कि X की नीतियों ने क्षेत्र को Z के हवाले कर दिया", "… कि X ने
// सब कुछ Z के भरोसे छोड़ दिया"): a genitive is never a subject, and after
// the subject it is what the subject acts on or for — no second one
// charged.
func (s *sentCtx) laterNominal13(subj int, c chunk) bool {
	if subj < 0 {
		return false
	}
	f := s.chunks[subj]
	return c.tok > f.tok && c.group != f.group && f.mk == mkAgent && c.possessed
}
