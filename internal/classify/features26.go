package classify

// devaDecided26 reports whether script counts c, with up to rem
// characters still to count, decide the Devanagari model for good: some
// letters, no other script able to outnumber Devanagari, and Devanagari
// at least a fifth of the letters even if every character to come were
// Latin (language's tests, hindiGrammar not needed).
func devaDecided26(c scriptCount, rem int) bool {
	return c.deva > 0 && c.deva >= c.other+rem && 4*c.deva >= c.latin+rem
}
