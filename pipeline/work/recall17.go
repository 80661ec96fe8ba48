package work

import "strings"

// stakeFrom17 reads "Y में निवेश से …", "Y में प्रस्तावित निवेश के दूसरे
// चरण से …", "Y में अपनी हिस्सेदारी से …" after the में at n: a stake put
// into Y, perhaps qualified by a possessive or a participle in -ित, whose
// से (directly or after a genitive chain) is the se-marker of the act
// that follows, owned by Y (within four words of the noun, and not a
// cause after an infinitive). Nothing else after the stake noun is read.
func (a *Analyzer) stakeFrom17(s *sentCtx, n int) (marker, int, bool) {
	m := n + 1
	switch w := s.w(m); {
	case w == "अपना" || w == "अपनी" || w == "अपने":
		m++
	case strings.HasSuffix(w, "ित") && s.isWord(m) && s.flag(m)&^fwEntry == 0 && !s.inMention(m):
		m++
	}
	if !stakeNoun15(s.w(m)) {
		return 0, 0, false
	}
	// "Y में निवेश से पीछे हटा": an entry that reads the stake noun with
	// its से keeps Y as its own target.
	if _, l := a.matchAt(s, m, entFrame); l > 1 {
		return 0, 0, false
	}
	if s.w(m+1) == "से" {
		return mkSe, m + 1, true
	}
	if isGenitive(s.w(m + 1)) {
		// (Not a cause after an infinitive: "Y में निवेश की कीमत
		// बढ़ने से नतीजे बेहतर रहे".)
		if mk, at, _, _ := a.genitive(s, m+1, 1); mk == mkSe && at <= m+5 && !strings.HasSuffix(s.w(at-1), "ने") {
			return mk, at, true
		}
	}
	return 0, 0, false
}

// toBeGiven17 reads "Y को दिए जाने वाले दान से …" after the को at n: a
// passive participle of what is to go to Y qualifies a noun under a
// postposition of its own, which marks Y. A noun with none ("Y को दिया
// जाने वाला चंदा रोका") leaves Y under को.
func (a *Analyzer) toBeGiven17(s *sentCtx, n int) (marker, int, int, bool) {
	if s.w(n+2) != "जाने" || !strings.HasPrefix(s.w(n+3), "वाल") {
		return 0, 0, 0, false
	}
	e := n + 4
	if !s.isWord(n+1) || s.mentionAt(n+1) || s.flag(n+1)&fwPostposition != 0 || !s.isWord(e) || s.mentionAt(e) || s.flag(e)&fwPostposition != 0 {
		return 0, 0, 0, false
	}
	switch mk, at, head, _ := a.genitive(s, e-1, 1); mk {
	case mkSe, mkPar, mkKhilaf:
		return mk, at, head, true
	}
	return 0, 0, 0, false
}
