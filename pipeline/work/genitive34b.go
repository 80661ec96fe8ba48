package work

// Session 34 round 2 (GENITIVE2): a gap between a genitive owner and the
// thing it owns, found by probing outlet-like frames.

// placeObject34b reports a place noun at j (ऐप, प्लेटफॉर्म) that is the
// object under को, not a venue ("X ने Y के ऐप को सस्ती नकल बताया", "Y के
// प्लेटफॉर्म को खतरनाक बताया"): को never marks where an act happens, so
// the genitive walk goes on to the को of Y's thing.
func (s *sentCtx) placeObject34b(n, j int) bool {
	return j > n && s.w(j+1) == "को" && !s.mentionAt(j+1)
}
