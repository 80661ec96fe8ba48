package work

// told19 reports a content clause told as news in the sentence: "X ने
// बताया कि …", "X ने पुष्टि की कि …" (factiveThat18). Session 19 ruled
// from the blind-written files that a person who tells of his own
// organisation's deal this way is a party to it, as one who announces
// it (SCHEMA: a person who makes, announces or tells as news an
// agreement). A deal the clause presupposes as done ("… के बीच हुए करार
// के तहत ग्रोक आएगा") is background to what is told, not the news.
// Read only after the sentence asserted a stance.
func (s *sentCtx) told19() bool {
	for i := range s.cls {
		cl := &s.cls[i]
		if cl.kind != ckContent || !factiveThat18(s, cl) {
			continue
		}
		done := false
		for _, k := range cl.toks {
			switch s.w(k) {
			case "हुआ", "हुए", "हुई":
				done = done || tieNoun12(s.w(k+1)) || tieNoun12(s.w(k+2))
			}
		}
		if !done {
			return true
		}
	}
	return false
}
