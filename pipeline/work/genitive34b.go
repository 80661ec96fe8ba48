package work

// Session 34 round 2 (GENITIVE2): a gap between a genitive owner and the
// thing it owns, found by probing outlet-like frames.

// placeObject34b reports a place noun at j (ऐप, प्लेटफॉर्म) that is the
// object under को, not a venue ("X ने Y के ऐप को सस्ती नकल बताया", "Y के
// प्लेटफॉर्म को खतरनाक बताया"): को never marks where an act happens, so
// the genitive walk goes on to the को of Y's thing.
//
// Only a judgement of it (an evaluative within four tokens after को):
// "Y के दफ्तर को खाली करा दिया गया" says what was done to Y's place, no
// one's stance (clause26_test.go).
func (a *Analyzer) placeObject34b(s *sentCtx, n, j int) bool {
	if j <= n || s.w(j+1) != "को" {
		return false
	}
	for k := j + 2; k <= j+5 && k < s.sn.b && !s.mentionAt(k); k++ {
		if s.isQuoteTok(k) {
			continue // "Y के ऐप को 'सस्ती नकल' बताया"
		}
		if !s.isWord(k) {
			return false
		}
		if e, _ := a.matchAt(s, k, entEval); e != nil {
			return true
		}
	}
	return false
}

// placeApposition34b reports a place noun at j (ऐप, प्लेटफॉर्म) followed
// by a bare untracked word that is its own name and then a postposition
// ("Y के नए ऐप थ्रेड्स पर निशाना साधा", "Y के ऐप थ्रेड्स की आलोचना"): the
// name is the place noun's apposition, so the walk goes on as from a
// possessed noun, not a venue.
func (a *Analyzer) placeApposition34b(s *sentCtx, j int) bool {
	k := j + 1
	if k+1 >= s.sn.b || !s.isWord(k) || s.mentionAt(k) || s.inMention(k) || s.flag(k)&^fwEntry != 0 || s.class(k) != 0 {
		return false
	}
	if e, _ := a.matchAt(s, k, entFrame); e != nil {
		return false
	}
	if e, _ := a.matchAt(s, k, entEval); e != nil {
		return false
	}
	switch s.w(k + 1) {
	case "पर", "को", "का", "की", "के":
		return true
	}
	return false
}
