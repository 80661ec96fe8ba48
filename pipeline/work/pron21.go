package work

// Session 21 (FRESHK): reference.

// coordUntracked21: a singular pronoun at k right after an untracked
// noun and a coordinator ("कांग्रेस और उसके नेता", "सरकार व उसकी
// नीतियां") points to that noun, no tracked party named before it
// (session 21, blind dak-098).
func coordUntracked21(s *sentCtx, k int) bool {
	if k < s.sn.a+2 {
		return false
	}
	if s.flag(k-1)&fwAnd == 0 { // और, व, एवं, तथा (words.yaml and)
		return false
	}
	j := k - 2
	return s.isWord(j) && !s.mentionAt(j) && !s.inMention(j) && s.flag(j)&(fwPostposition|fwSubjPron|fwTargetPron|fwGenPron|fwObliquePron|fwAgentPron|fwFinite|fwCopula|fwNeg) == 0 && !isGenitive(s.w(j))
}
