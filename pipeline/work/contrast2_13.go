package work

// Session 13 (contrast2): a manner or venue adverbial, or a comma
// parenthesis closed by a circumstance, standing between a genitive
// target and the act noun it owns.

// mannerVenueGap returns the position after an adverbial of manner or
// venue at j ("सार्वजनिक रूप से", "हर मंच पर", "सार्वजनिक मंच से",
// "खुले तौर पर") when an act frame follows it within two words ("Y की
// नीति की सार्वजनिक मंच से निंदा की", "Y का हर मंच पर बचाव किया");
// otherwise 0. j is the postposition.
func (a *Analyzer) mannerVenueGap(s *sentCtx, j int) int {
	switch s.w(j) {
	case "से", "पर":
	default:
		return 0
	}
	switch s.w(j - 1) {
	case "रूप", "तौर", "तरह", "मंच", "मंचों", "मौके", "अवसर":
	default:
		return 0
	}
	for k := j + 1; k <= j+2 && k < s.sn.b && s.isWord(k); k++ {
		if s.mentionAt(k) {
			return 0
		}
		if e, m := a.matchAt(s, k, entFrame); e != nil && a.isAct(s, k, m) {
			return j + 1
		}
	}
	return 0
}

// circumstanceParen returns the position after a comma parenthesis
// that opens at j and closes on a circumstance ("Y का, उनके साथियों के
// कहने के बावजूद, बचाव किया", "X ने, दोनों की होड़ के बीच, Y पर …"):
// "के बावजूद/बीच/दौरान/चलते" right before the closing comma; otherwise 0.
func (s *sentCtx) circumstanceParen(j int) int {
	if s.w(j) != "," {
		return 0
	}
	for e := j + 2; e < s.sn.b && e <= j+16; e++ {
		if s.w(e) != "," {
			continue
		}
		if s.w(e-2) != "के" {
			return 0
		}
		switch s.w(e - 1) {
		case "बावजूद", "बीच", "दौरान", "चलते":
			return e + 1
		}
		return 0
	}
	return 0
}

// tieOffered reports a frame noun at j (n words) heading a compound with
// an offer noun right after it ("Y का साझेदारी प्रस्ताव", "गठजोड़ पेशकश"):
// the tie is only offered, no act, unless the offer is accepted next
// ("… प्रस्ताव स्वीकार कर लिया"; a particle or a manner with से may stand
// between).
func (s *sentCtx) tieOffered(j, n int) bool {
	t := j + n
	switch s.w(t) {
	case "प्रस्ताव", "पेशकश", "आफर":
	default:
		return false
	}
	for v := t + 1; v < s.sn.b && v <= t+3 && s.isWord(v); v++ {
		if s.acceptAt12(v) {
			return false
		}
	}
	return true
}
