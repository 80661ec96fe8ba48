package work

// Session 31 (FRESH3-H, ddc-045b): a collective noun that is a title,
// not an untracked group doer. "कि कांग्रेस नेता Y …" (the noun
// right before a tracked name) and "कि नेता प्रतिपक्ष …" (the noun inside
// a chunk the watchlist resolves to a person, an epithet) name the doer;
// untrackedSubject must not read them as "the leaders".
func titledCollective31(s *sentCtx, k int) bool {
	if k+1 < s.sn.b && s.mentionAt(k+1) || titledPhrase32(s, k) {
		return true
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent >= 0 && c.tok <= k && k < c.end {
			return true
		}
	}
	return false
}
