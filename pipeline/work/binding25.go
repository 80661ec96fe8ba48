package work

// Session 25 (BINDING): who the words bind, in a sentence that names more
// parties than the stance's two.

// apposedOrg25 reports whether "O के … P" (the organisation chunk c and
// the person chunk nx a few tokens on) can set P in O, as in "ओपनएआई के
// सीईओ सैम ऑल्टमैन" or "मेटा की एआई इकाई के प्रमुख …". When the words
// between hold a second case postposition, the genitive qualifies a noun
// of its own ("ओपनएआई की स्थापना के वक्त मस्क …", "टेस्ला के शेयर में
// गिरावट से मस्क …"): P is O's only when a role chain stands right before
// P. Without this, P was affiliated to O for the story and every stance
// of P towards O was dropped as a stance towards P's own side.
func (a *Analyzer) apposedOrg25(s *sentCtx, c, nx chunk) bool {
	for k := c.end + 1; k < nx.tok; k++ {
		switch w := s.w(k); {
		case isGenitive(w), w == "को", w == "से", w == "पर", w == "में", w == "ने":
			return a.roleBefore25(s.f, nx.tok) >= 0
		}
	}
	return true
}
