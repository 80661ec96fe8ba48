package work

// Speed pass, session 24: screens by the sentence's word classes.
//
// readSentence ORs the word-class bits of the sentence's tokens (classOf,
// the words.yaml classes rule readers ask of one token) with its other
// screens (sentScreens). A reader that can act only at a token of some
// class is not called for a sentence with no token of it; the reader
// keeps its own test (TestDispatchGuardsExact opens every guard).
//
// Rule bits (rules16.go) of this session: rwSoon24 (verblessSoon23 needs
// जल्द/जल्दी/शीघ्र in the sentence), rwContact24 (refusedContact12 reads
// only after a word contactAfter starts at), rwJoint24 (jointBody23's
// संयुक्त/साझा). ownerOfNamed needs a token flagged fwOrgNoun
// (flagsMayHave). TestRuleWords24 checks the word lists against the
// readers' own comparisons.

// classesMayHave reports whether some token of the sentence may have a
// word class of mask: false only when readSentence ORed the sentence's
// classes (with its flags, flOrSet) and none is in mask.
func (s *sentCtx) classesMayHave(mask uint64) bool {
	return !s.flOrSet || s.clsOr&mask != 0
}
