package work

// Session 29 (speed): cheap tests that let a reader of the chunker skip
// a window that cannot match, before the per-token tests it would run.
// Each answers exactly what the reader it guards would conclude there.

// meInWindow29 reports a में among the sentence's words from..to
// (inclusive): placeBeforeInfinitive15 ends its place phrase only at one.
func (s *sentCtx) meInWindow29(from, to int) bool {
	for k := from; k <= to; k++ {
		if s.w(k) == "में" {
			return true
		}
	}
	return false
}

// evalPastGen29 is the evaluative entry at token j of the noun group
// walked after the genitive at n (genitive): none at the word right
// after the genitive, whose entries genitive does not read as a
// judgement, so they are not looked up there.
func (a *Analyzer) evalPastGen29(s *sentCtx, n, j int) (*entry, int) {
	if j <= n+1 {
		return nil, 0
	}
	return a.matchAt(s, j, entEval)
}

// Rule bit of a second-word class (after speed28.go's rwGreeting28):
// readProxyBacking29 is called only for a sentence holding a word of
// class cwCampaign29 (words.yaml campaign_acts), the word it starts at
// (classScreens30, speed30.go).
const rwCampaign29 = rwGreeting28 << 1
