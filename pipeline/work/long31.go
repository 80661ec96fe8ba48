package work

// Session 31 (FRESH2-H): long stories' act nouns.

// coordModifier31 reports two plain words joined by और right before the
// act noun at k ("X के कर और खर्च विधेयक", "Y की व्यापार और शुल्क
// नीति"): one noun qualified twice, its owner's genitive two words
// further back (ownerGenitive), so "इस विधेयक" in a later sentence points
// at X's bill (ddb-007a).
func (s *sentCtx) coordModifier31(k int) bool {
	if k-4 < s.sn.a || s.w(k-2) != "और" {
		return false
	}
	for _, j := range []int{k - 1, k - 3} {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || isGenitive(s.w(j)) || s.flag(j)&fwPostposition != 0 {
			return false
		}
	}
	return true
}
