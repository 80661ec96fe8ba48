package work

// Session 26 (EVAL): evaluative words read with a speaker and no one
// judged, where the one judged stands elsewhere in the words.

// conjunctDoer26 reads, in someone's words, an evaluation whose subject
// is a demonstrative (यह, ये; not one before a noun it determines,
// determiner26) opening a conjunct after और, or whose
// word a genitive demonstrative owns (इसकी मिसाल), as judging the doer
// of the conjunct before: "X ने कहा कि Y की योजना ने ढांचा बदल दिया है
// और यह देश के लिए मिसाल है", "… कि Y तेजी से आगे बढ़ रही है और यह
// शानदार है". The doer is the one tracked agent, bare
// subject or owner of a ने-doer of that conjunct, not a speaker; -1
// when there is none or more than one.
func (a *Analyzer) conjunctDoer26(s *sentCtx, ci int, o occurrence, sp []int) int {
	cl := &s.cls[ci]
	if cl.kind != ckContent || ci == 0 || len(cl.toks) == 0 {
		return -1
	}
	first := cl.toks[0]
	switch w := s.w(first); {
	case (w == "यह" || w == "ये") && !a.determiner26(s, first, o):
	case first == o.k-1 && (w == "इसकी" || w == "इसका" || w == "इसके"):
	default:
		return -1
	}
	if !s.conjunctBefore26(ci, false) {
		return -1
	}
	doer := sole38(-1)
	for _, i := range s.inClause(ci - 1) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || containsInt(sp, c.ent) {
			continue
		}
		if !(c.mk == mkAgent || c.mk == mkBare || c.mk == mkMod && s.w(c.at) == "ने" && s.genitiveBetween(c.end, c.at)) {
			continue
		}
		if !doer.see(c.ent) {
			return -1
		}
	}
	return int(doer)
}

// betterThan26 reads a praise word after "Y से बेहतर" (better_than,
// words.yaml) with a negator or a word of difficulty (hard_words) after
// it as praise of Y: "Y से बड़ा साझेदार हमें अब तक नहीं मिला", "Y से
// बेहतर साझेदार ढूंढना नामुमकिन है" — none better than Y; not both (a
// difficulty denied, "… मुश्किल नहीं", finds a better one). It returns
// Y, or -1.
func (s *sentCtx) betterThan26(o occurrence) int {
	if o.e.eval == nil || o.e.eval.pol <= 0 || o.k < s.sn.a+2 || s.class(o.k-1)&cwBetter26 == 0 || s.w(o.k-2) != "से" {
		return -1
	}
	y := -1
	for _, c := range s.chunks {
		if c.at == o.k-2 && c.mk == mkSe && c.ent >= 0 && c.pron == 0 {
			y = c.ent
		}
	}
	if y < 0 {
		return -1
	}
	// (A negated difficulty is none: "Y से बेहतर साझेदार ढूंढना मुश्किल
	// नहीं" says a better one is easy to find.)
	neg, hard := false, false
	for k := o.k + o.n; k < s.sn.b && k <= o.k+o.n+5 && s.cid[k-s.sn.a] == s.cid[o.k-s.sn.a]; k++ {
		neg = neg || s.flag(k)&fwNeg != 0
		hard = hard || s.class(k)&cwHard26 != 0
	}
	if neg == hard {
		return -1
	}
	return y
}

// perceivedJudged26 reads praise of seeing or hearing someone as praise
// of the one seen: "X ने कहा कि मंच पर बोलते Y को सुनना शानदार अनुभव था"
// — a tracked को-object right before an infinitive of perceiving
// (perceive_words, words.yaml). Not with a participle between ("Y को
// हारते देखना": what Y does is judged), and praise only ("Y को ऐसे
// देखना दुखद था" is sympathy). It returns Y, or -1.
func (s *sentCtx) perceivedJudged26(ci int, o occurrence, sp []int) int {
	if o.e.eval == nil || o.e.eval.pol <= 0 {
		return -1
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.mk == mkKo && c.ent >= 0 && c.pron == 0 && c.at+1 < o.k && s.w(c.at) == "को" && s.class(c.at+1)&cwPerceive26 != 0 && !containsInt(sp, c.ent) {
			return c.ent
		}
	}
	return -1
}

// calledLabel26 is the calling clause of quoted words ci that open right
// after its calling verb ("X ने Y को बताया 'जिद्दी और … नेता'", "X ने Y
// को कहा 'A', बोलीं- …"): the clause cutter made the label words of
// their own, and the one called is the calling clause's को-object. -1
// when ci is no such label or has a को-object of its own.
func (s *sentCtx) calledLabel26(ci int) int {
	cl := &s.cls[ci]
	if cl.kind != ckContent || !cl.quoted || cl.parent < 0 || len(cl.toks) == 0 || !s.isQuoteTok(cl.toks[0]) || s.flag(cl.toks[0]-1)&fwCall == 0 {
		return -1
	}
	if s.cid[cl.toks[0]-1-s.sn.a] != int32(cl.parent) {
		return -1
	}
	for _, i := range s.inClause(ci) {
		if s.chunks[i].mk == mkKo {
			return -1
		}
	}
	return cl.parent
}

// claimOwnerBefore26 reads a lie or a plot (an attack word) said of
// "यह" opening someone's words as an attack on the owner of the claim
// or report the sentence named before the words: "X के दावों पर Y: 'यह
// सब मनगढ़ंत है'", "X की रिपोर्ट पर Y बोले- यह झूठी कहानी". The owner is
// one tracked name, not the speaker, right before a genitive and a
// charge noun or a report noun (report_nouns, words.yaml); -1 if none.
func (s *sentCtx) claimOwnerBefore26(ci int, sp int) int {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return -1
	}
	first := s.firstSaid27(ci) // (claims27.go)
	if first < 0 || s.w(first) != "यह" && s.w(first) != "ये" {
		return -1
	}
	y := -1
	for _, c := range s.chunks {
		if c.tok >= first {
			break
		}
		if c.ent < 0 || c.pron != 0 || c.ent == sp || !isGenitive(s.w(c.end)) || s.flag(c.end+1)&fwCharge == 0 && s.class(c.end+1)&cwReportNoun26 == 0 {
			continue
		}
		if y >= 0 && y != c.ent {
			return -1
		}
		y = c.ent
	}
	return y
}
