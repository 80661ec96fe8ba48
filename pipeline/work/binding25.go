package work

// Session 25 (BINDING): who the words bind, in a sentence that names more
// parties than the stance's two.

// apposedOrg25 reports whether "O के … P" (the organisation chunk c and
// the person chunk nx a few tokens on) can set P in O, as in "ओपनएआई के
// सीईओ P" or "मेटा की एआई इकाई के प्रमुख …". When the words
// between hold a second case postposition, the genitive qualifies a noun
// of its own ("ओपनएआई की स्थापना के वक्त P …", "टेस्ला के शेयर में
// गिरावट से P …"): P is O's only when a role chain stands right before
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

// appositiveDescr25 reads, from token k after a coordinator, an
// apposition that describes the next name by its tie to the conjunct
// before: a genitive pronoun or "कंपनी के" and one to four plain words
// ("X और उसके सबसे बड़े साझेदार Y, दोनों के खिलाफ", "…, और कंपनी के
// सबसे बड़े निवेशक Y पर"). It returns the name's first token, or k when
// there is no such apposition. A role noun alone is appositiveRole's
// (fresh11.go); this is the longer description outlets write.
func (s *sentCtx) appositiveDescr25(k int) int {
	j := s.appositiveOwner(k)
	if j < 0 {
		return k
	}
	from := j
	for ; j < s.sn.b && j-from < 4 && !s.mentionAt(j); j++ {
		if !s.isWord(j) || s.inMention(j) || s.flag(j)&(fwPostposition|fwFinite|fwCopula|fwKi|fwAnd|fwBreak|fwNeg|fwSpeech|fwGenPron|fwSubjPron) != 0 {
			return k
		}
	}
	if j == from || j >= s.sn.b || !s.mentionAt(j) {
		return k
	}
	return j
}

// ratherTarget25 reads a correction after the negated target X: "X (की
// सरकार) नहीं, बल्कि Y …" ("उनके निशाने पर X नहीं, बल्कि Y की नीति है"). The words
// deny the stance towards X and give it to Y, whose name opens the
// बल्कि part (a genitive owner of what is judged counts as Y). When the
// words denied after "X की" hold the act or judgement itself ("X की
// आलोचना नहीं, बल्कि Y की तारीफ की"), the बल्कि part says its own act
// of Y, read by its own words: nothing passes. It returns Y, or -1.
// (add passes Y's stance on with no mood, so it never comes back here.)
func (a *Analyzer) ratherTarget25(s *sentCtx, x int) int {
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	for i, m := range ms {
		if m.entity != x {
			continue
		}
		k := m.tokEnd
		// "X की सरकार नहीं, बल्कि …": X owns what is denied.
		if isGenitive(s.w(k)) {
			for j := k + 1; j <= k+2 && s.isWord(j) && !s.mentionAt(j) && s.flag(j)&(fwPostposition|fwFinite|fwNeg) == 0; j++ {
				if s.w(j+1) == "नहीं" {
					k = j + 1
					if a.judgedIn25(s, m.tokEnd+1, k) {
						k = -1 // "X की आलोचना नहीं, बल्कि …": X's act denied
					}
					break
				}
			}
		}
		if s.w(k) != "नहीं" {
			continue
		}
		k++
		if s.w(k) == "," {
			k++
		}
		if s.w(k) != "बल्कि" {
			continue
		}
		k++
		for _, y := range ms[i+1:] {
			if y.tok == k && y.entity != x {
				return y.entity
			}
		}
	}
	return -1
}

// judgedIn25 reports a frame or an evaluative that starts at a token of
// [from, to): the words name an act or a judgement of their own.
func (a *Analyzer) judgedIn25(s *sentCtx, from, to int) bool {
	for k := from; k < to; k++ {
		if m := a.matchesAt(s, k); m[entFrame].e != nil || m[entEval].e != nil {
			return true
		}
	}
	return false
}
