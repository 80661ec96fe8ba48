package work

// Session 32 (INV3): a title before the second of two coordinated names.

// coordNext32 reports chunk y right after chunk x's coordinator ("X और
// Y"), or after a title of one to five tokens written before Y ("X और
// प्रधानमंत्री Y", "X और लोकसभा में नेता प्रतिपक्ष Y की मुलाकात के बाद
// दोनों ने …"): the title is Y's, so the two are still the pair.
func (s *sentCtx) coordNext32(x, y chunk) bool {
	if x.end+1 == y.tok {
		return true
	}
	return y.tok-x.end-1 <= 5 && titleSpan32(s, x.end+1, y.tok)
}

// titleSpan32 reports tokens a..b-1 as a title before the name at b:
// plain, place, title, role or epithet words (a hyphen, or one postposition
// में/से/के/की/का between them, a genitive not right before the last), ending on a word, with at least one
// title, role or epithet word and no name.
func titleSpan32(s *sentCtx, a, b int) bool {
	if a >= b || !s.isWord(b-1) {
		return false
	}
	titled, posts := false, 0
	for k := a; k < b; k++ {
		w := s.w(k)
		switch {
		case w == "-" && k > a:
		case titlePost32(w) && k > a && k < b-1 && !(isGenitive(w) && k == b-2):
			// (Not a genitive right before the last word: "X और
			// अल्फाबेट के सीईओ Y" may make X the role's other owner.)
			if posts++; posts > 1 {
				return false
			}
		case s.conjunctWord30(k, conjunctWords26|fwPlaceNoun):
			if s.flag(k)&(fwTitle|fwRoleNoun|fwEpithet) != 0 {
				titled = true
			}
		default:
			return false
		}
	}
	return titled
}
