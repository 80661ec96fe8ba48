package work

import "github.com/khabar/khabar/pipeline"

// labelOwner22 is, for a calling label at k ("X ने इस केस को Y की 'हमें
// परेशान करने की मुहिम' का अध्याय बताया"), the tracked name whose
// genitive owns the label phrase a few words before it, when the को-
// object called is right before that name: what is called is told to be
// Y's doing. The owner may stand up to eight words back (an adjective,
// a participle, a quote mark between), with no को, ने, other name or
// clause break between; a genitive that opens a compound postposition
// ("Y के खिलाफ साजिश") names no owner. -1 otherwise.
func (s *sentCtx) labelOwner22(k int) int {
	for j := k - 1; j > s.sn.a && j >= k-8; j-- {
		w := s.w(j)
		if w == "को" || w == "ने" || w == "," || s.mentionAt(j) && !isGenitive(s.w(j+1)) {
			return -1
		}
		if !isGenitive(w) {
			continue
		}
		if compoundPostpositionPart(s.w(j + 1)) {
			return -1
		}
		c := s.chunkEnding(j)
		// "Z को X प्रशासन का अनुचित फैसला बताया": an owner noun
		// (owner_nouns) between the name and its genitive (session 30).
		if c == nil && s.flag(j-1)&fwOwnerNoun != 0 {
			c = s.chunkEnding(j - 1)
		}
		if c == nil {
			continue
		}
		if c.pron != 0 || c.ent < 0 || s.w(c.tok-1) != "को" {
			return -1
		}
		return c.ent
	}
	return -1
}

// negPraise22 reports, in the few words after the वह of a correlative at
// k, a praise told by a negation ("वह कोई और नहीं कर सकता था", "वह किसी
// चमत्कार से कम नहीं"): the negator belongs to the praise, as के बिना …
// संभव नहीं does in withoutPraise13. It returns the negator's index, -1
// if none.
func (s *sentCtx) negPraise22(k int) int {
	for j := k + 1; j <= k+6 && j < s.sn.b; j++ {
		if s.flag(j)&fwNeg == 0 {
			continue
		}
		// "… से कम नहीं": nothing less than.
		if s.w(j-1) == "कम" && s.w(j-2) == "से" {
			return j
		}
		// "कोई और/दूसरा नहीं कर सकता": no one else could.
		if (s.w(j-1) == "और" || s.w(j-1) == "दूसरा") && s.w(j-2) == "कोई" && s.w(j+1) == "कर" {
			return j
		}
		return -1
	}
	return -1
}

// longLabel22 reports a calling whose label runs on past the evaluative
// word at k (n words) to a carrier noun before the calling verb: "इस केस
// को Y की 'हमें परेशान करने की लगातार चल रही मुहिम' का ताजा अध्याय
// बताया". The verb stands at most ten words on, with no comma, ने, को,
// कि or sentence end between; a को-object stands at most ten words
// before the word in the same clause.
func (s *sentCtx) longLabel22(k, n int) bool {
	ci := s.cid[k-s.sn.a]
	verb := false
	for j := k + n; j < s.sn.b && j <= k+n+10; j++ {
		// (A participle inside the label, "लगातार चल रही मुहिम", may
		// open a clause of its own: the stop words bound the label.)
		if s.flag(j)&fwCall != 0 {
			verb = true
			break
		}
		switch s.w(j) {
		case ",", "ने", "को", "कि", "।":
			return false
		}
	}
	if !verb {
		return false
	}
	for j := k - 1; j > s.sn.a && j >= k-10; j-- {
		if s.cid[j-s.sn.a] != ci || s.w(j) == "ने" || s.w(j) == "," {
			return false
		}
		if s.w(j) == "को" {
			return true
		}
	}
	return false
}

// joyThat22 reads the speaker's joy or pride at what Y does ("X ने लिखा
// कि … यह देखकर खुशी है कि Y भारत में निवेश कर रही है", "X ने खुशी
// जताई कि Y …", "X ने कहा कि उन्हें गर्व है कि Y …"): a joy word
// (words.yaml joy_nouns) followed within three words by कि; the कि-clause's first
// tracked subject or agent is the one praised, by the joy clause's
// speakers (in someone's words) or its own tracked agent. Not when the
// joy is negated, asked or supposed, nor when the कि-clause is not
// asserted (a plan or a question: only a future is let through), nor in
// a sentence with a hostile word.
func (a *Analyzer) joyThat22(s *sentCtx, st *storyState) {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.class(k)&cwJoy22 == 0 {
			continue
		}
		ki := -1
		for j := k + 1; j <= k+3 && j < s.sn.b-1; j++ {
			if s.w(j) == "कि" {
				ki = j
				break
			}
		}
		if ki < 0 {
			continue
		}
		ci, ti := int(s.cid[k-s.sn.a]), int(s.cid[ki+1-s.sn.a])
		if ci == ti {
			continue
		}
		cl, tl := &s.cls[ci], &s.cls[ti]
		if a.clauseMood(s, cl, k) != "" {
			continue
		}
		if m := a.clauseMood(s, tl, ki+1); m != "" && m != pipeline.MoodFuture {
			continue
		}
		var src []int
		if cl.kind == ckContent {
			src = a.speakers(s, ci, st, nil)
		}
		if len(src) == 0 {
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && c.pron == 0 && c.tok < k {
					src = append(src, c.ent)
				}
			}
		}
		if len(src) == 0 {
			continue
		}
		y := -1
		for _, i := range s.inClause(ti) {
			c := s.chunks[i]
			if c.mk != mkBare && c.mk != mkAgent {
				continue
			}
			if c.ent >= 0 && c.pron == 0 {
				y = c.ent
			}
			break
		}
		if y < 0 || containsInt(src, y) || a.hostileWord(s) {
			continue
		}
		for _, x := range src {
			a.add(s, st, x, y, 1, "praise", "", 1.0)
		}
		return
	}
}

// superlativeUndone22 reports a praise that is only a superlative of size
// ("सबसे बड़ा", evaluative.yaml) with a hostile word right after it in
// the label, or a fault word that turns a praise hostile: "Y को देश का
// सबसे बड़ा खतरा बताया", "… सबसे बड़ी गलती" damn, they do not praise.
func (a *Analyzer) superlativeUndone22(s *sentCtx, o occurrence) bool {
	if s.w(o.k) != "सबसे" {
		return false
	}
	for j := o.k + o.n; j < s.sn.b && j <= o.k+o.n+2; j++ {
		if a.hostileAt(s, j) || s.class(j)&cwFunderNoun26 != 0 { // (a funder: prec26.go)
			return true
		}
		// "सबसे बड़ी गलती/भूल": a fault word that turns a praise
		// hostile (flippers.yaml).
		if e, _ := a.matchAt(s, j, entFlip); e != nil && e.flip != nil && e.flip.onSup < 0 {
			return true
		}
	}
	return false
}

// superlativeInner22 is, for the bare superlative "सबसे बड़ा" (two words,
// evaluative.yaml), an evaluation that starts at its second word ("सबसे
// बड़ी गलती": "बड़ी गलती"), which the superlative's match overlaps: that
// one is read instead.
func (a *Analyzer) superlativeInner22(s *sentCtx, o occurrence) (occurrence, bool) {
	if o.n != 2 || s.w(o.k) != "सबसे" {
		return o, false
	}
	if e, n := a.matchAt(s, o.k+1, entEval); e != nil && e.eval != nil && n > 1 {
		return occurrence{e: e, k: o.k + 1, n: n}, true
	}
	return o, false
}
