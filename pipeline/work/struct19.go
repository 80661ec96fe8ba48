package work

// Session 19 (STRUCT): what the engine says wrongly on unseen text —
// rejections read as attacks.

// baselessPron19 reports a को-object c that is a bare pronoun ("इसे",
// "इन्हें") judged by a word that only ever judges something said —
// baseless, groundless (बेबुनियाद, निराधार, तथ्यहीन, आधारहीन) — at k,
// alone or heading a label ("इसे 'एक और बेबुनियाद मुकदमा' कहा"): the
// pronoun points back at a charge, a claim or a suit, never at a
// person, and rejecting it is no stance (SCHEMA: rejecting or denying a
// charge). Words that judge people too (गलत, भ्रामक, झूठा) are left to
// the pronoun's reading.
func (s *sentCtx) baselessPron19(c *chunk, k int) bool {
	if c.pron != fwTargetPron || c.possessed {
		return false
	}
	switch s.w(k) {
	case "बेबुनियाद", "निराधार", "तथ्यहीन", "आधारहीन":
		return true
	}
	return false
}
