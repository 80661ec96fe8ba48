package work

// Session 12, FRESH-P helper: constructions read on a fresh blind file.

// untrackedMember reports that the words after a comma ending a tracked
// name at end, up to the name starting at nx, are untracked members of
// the same list closed by a coordinator right before nx: "A, सेबी प्रमुख
// और B पर", "A, अमित शाह और B की आलोचना", "A, Z, W और B ने". Only plain
// words (names, role nouns, titles) stand between: no postposition, verb,
// relative, negator, quote or lexicon word, at most four tokens.
func (s *sentCtx) untrackedMember(end, nx int) bool {
	if s.w(end) != "," || nx-1 <= end+1 || nx-end > 8 || s.flag(nx-1)&fwAnd == 0 || s.w(nx-1) == "," {
		return false
	}
	words := 0
	for j := end + 1; j < nx-1; j++ {
		if s.w(j) == "," && j > end+1 && s.w(j-1) != "," {
			continue
		}
		fl := s.flag(j)
		if fl&(fwRoleNoun|fwTitle) != 0 {
			fl &^= fwEntry // "प्रमुख" also starts an entry
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || fl&^(fwRoleNoun|fwTitle|fwPairNoun) != 0 {
			return false
		}
		words++
	}
	return words > 0
}
