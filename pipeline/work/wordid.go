package work

// wordID is token k's flagIdx id, or -1 (not in it, or outside the
// sentence). readSentence keeps the ids in s.wid, one a token of the
// sentence (so an index below len(s.wid) is in the sentence); chunks
// fills them for a sentence read without it (fillWordIDs).
func (s *sentCtx) wordID(k int) int32 {
	if i := k - s.sn.a; uint(i) < uint(len(s.wid)) {
		return s.wid[i] - 1
	}
	return -1
}

// fillWordIDs sets s.wid when the sentence was not read by readSentence
// (a test's sentCtx).
func (a *Analyzer) fillWordIDs(s *sentCtx) {
	s.bind()
	if len(s.wid) == s.sn.b-s.sn.a {
		return
	}
	s.wid = growI32(s.wid, s.sn.b-s.sn.a)
	for k := s.sn.a; k < s.sn.b; k++ {
		s.wid[k-s.sn.a] = a.flagIdx.lookup(s.f.words[k]) + 1
	}
}

// matchAt is Lexicon.match over the sentence's words at token k, with
// the word's exact entries taken by its token id (wordID) rather than
// looked up by its text; a token before the sentence is looked up as
// before.
func (a *Analyzer) matchAt(s *sentCtx, k int, kind entryKind) (*entry, int) {
	if k < s.sn.a {
		return a.lex.match(s.f.words[:s.sn.b], k, kind)
	}
	var exact []int32
	if id := s.wordID(k); id >= 0 {
		if !a.startsOf[id] {
			return nil, 0 // starts no entry (as readClause screens)
		}
		exact = a.exactOf[id]
	}
	m := a.lex.matchWith(s.f.words[:s.sn.b], k, exact)
	return m[kind].e, m[kind].n
}
