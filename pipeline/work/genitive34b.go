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

// Session 34 round 2 (GENITIVE2): more openers of the time or venue
// phrase adverbialGap17 reads between a genitive and its act noun, found
// by probing outlet-like frames over several act nouns:
//
//   - a reflexive venue, the subject's own ("X ने Y की अपने भाषण में
//     आलोचना की", "Y की अपनी रैली में तारीफ"): अपने/अपनी/अपना is never
//     the genitive owner's thing when a word follows it;
//   - a number before a time noun ("Y की दो दिन पहले आलोचना की");
//   - एक before a medium noun ("Y की एक इंटरव्यू में तारीफ"; mediumNoun15).
//
// The phrase still closes as adverbialGap17 wants (में, पर, दौरान, …; पहले
// after a time noun, closerBefore34b) with the act noun right after.

// adverbialOpener34b reports the openers above at j.
func (s *sentCtx) adverbialOpener34b(j int) bool {
	w, nx := s.w(j), j+1
	if nx >= s.sn.b || !s.isWord(nx) || s.mentionAt(nx) {
		return false
	}
	switch w {
	case "अपने", "अपनी", "अपना":
		return true
	case "एक":
		return mediumNoun15(s.w(nx))
	case "दो", "तीन", "चार", "पांच", "छह", "सात", "दस", "कुछ", "कई":
		return s.flag(nx)&fwTimeNoun != 0
	}
	return false
}

// reflexiveHead34b reports the noun right after a reflexive opener at j
// (k == j+1): "अपनी रैली में" names the subject's own event, not an act
// on the genitive's owner, even when the noun is a frame.
func (s *sentCtx) reflexiveHead34b(j, k int) bool {
	switch s.w(j) {
	case "अपने", "अपनी", "अपना":
		return k == j+1
	}
	return false
}

// closerBefore34b reports पहले closing a time phrase ("दो दिन पहले"):
// a time noun before it.
func (s *sentCtx) closerBefore34b(k int) bool {
	return s.w(k) == "पहले" && s.flag(k-1)&fwTimeNoun != 0
}
