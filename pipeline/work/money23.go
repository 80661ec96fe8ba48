package work

// Session 23 (WMISS): money refused for the future in any wording.
//
// SCHEMA rules money refused for the future a withdrawal, X → Y hostile
// (kind rupture): "अब Y को पैसा नहीं देंगे", "Y में निवेश नहीं करेगा".
// The lexicon lists the refusal wording by wording ("पैसा नहीं देंगे",
// "डॉलर भी नहीं देंगे", "पैसा नहीं लगाएगा" …), and each blind file brought
// another verb: the recipient as subject ("Y को … एक डॉलर भी नहीं
// मिलेगा"), money put in ("कोई नई रकम नहीं डालेगा"), money coming out of
// a pocket ("मेरी जेब से एक पाई नहीं निकलेगी"), or no verb at all in a
// headline ("Y को अब एक डॉलर की सब्सिडी नहीं"). moneyRefused23 reads the
// construction by its shape instead: a noun of money (words.yaml
// refused_money, or a sum's currency or scale) next to a negator, and
// after both a future verb of any stem — or, with अब before the
// negator, nothing more (the verbless headline). readFrame then reads
// the refusal like any frame: its doer (the agent, or the speaker of the
// words it is in), its target (Y marked को, के लिए or में), its mood.

// moneyRefusedEntry is the frame of money refused for the future. It
// carries its own negation (negated: hostile), as the lexicon's
// "पैसा नहीं देंगे" does.
var moneyRefusedEntry = func() *entry {
	f := &Frame{Words: "<राशि> नहीं <भविष्य>", Polarity: "hostile", Negated: "hostile", Kind: "rupture", Weight: 1.2, pol: -1, negPol: -1}
	f.targets[mkKo] = true
	f.targets[mkLiye] = true
	f.targets[mkBetween] = true
	return &entry{kind: entFrame, frame: f}
}()

// refusedMoney23 reports a noun of money at k.
func (s *sentCtx) refusedMoney23(k int) bool {
	return s.class(k)&cwRefusedMoney != 0 || moneyWord(s.w(k))
}

// moneyFiller23 reports a word that may stand between the noun of money
// and its negator or verb: "एक डॉलर भी नहीं", "कोई नई रकम नहीं", "और
// पैसा नहीं".
func moneyFiller23(w string) bool {
	switch w {
	case "भी", "ही", "तो", "एक", "कोई", "नई", "नया", "नए", "और", "अब", "अतिरिक्त", "ज्यादा", "अधिक":
		return true
	}
	return false
}

// moneyRefused23 adds to occ (sorted by token) a moneyRefusedEntry
// occurrence for each money refused for the future in clause ci that no
// entry already reads as hostile. A supportive donation entry on the
// same noun ("चंदा", "फंडिंग") gives way: the refusal is its reading.
func (a *Analyzer) moneyRefused23(s *sentCtx, ci int, occ []occurrence) []occurrence {
	if !s.entWith(ci, 1<<mkKo|1<<mkLiye|1<<mkBetween) {
		return occ
	}
	cl := &s.cls[ci]
	ab := -1 // अब before the negator (not अब तक, अब से)
	for _, g := range cl.toks {
		w := s.w(g)
		if w == "अब" && s.w(g+1) != "तक" && s.w(g+1) != "से" {
			ab = g
		}
		if s.flag(g)&fwNeg == 0 {
			continue
		}
		// The noun of money: before the negator ("एक डॉलर भी नहीं")
		// or right after it ("न पैसा मिलेगा, न साथ").
		m := -1
		for j := g - 1; j >= g-4 && j > s.sn.a-1; j-- {
			if s.refusedMoney23(j) {
				m = j
				break
			}
			if !moneyFiller23(s.w(j)) {
				break
			}
		}
		after := g
		if m < 0 {
			for j := g + 1; j <= g+3 && j < s.sn.b; j++ {
				if s.refusedMoney23(j) {
					m, after = j, j
					break
				}
				if !moneyFiller23(s.w(j)) {
					break
				}
			}
		}
		if m < 0 {
			continue
		}
		// The verb: a future form right after (fillers aside), not a
		// copula's ("कोई कमी नहीं होगी" is no refusal); or, with अब
		// before, the negator ends the clause ("Y को अब एक डॉलर नहीं").
		v := -1
		for j := after + 1; j <= after+3 && j < s.sn.b; j++ {
			x := s.w(j)
			if moneyFiller23(x) || s.refusedMoney23(j) {
				continue
			}
			if s.isWord(j) && !futureBe(x) && (a.lex.isFuture(x) || futureForm(x)) && s.cid[j-s.sn.a] == int32(ci) {
				v = j
			}
			break
		}
		if v < 0 && ab >= 0 && ab < g && after == g && s.clauseEndsAt23(ci, g) {
			v = g
		}
		if v < 0 {
			continue
		}
		from := min(m, g)
		covered, at, drop := false, len(occ), -1
		for i, o := range occ {
			if o.k <= v && from < o.k+o.n {
				if f := o.frameOf(); f != nil && f.pol > 0 && f.Kind == "donation" {
					drop = i
				} else {
					covered = true
				}
			}
			if o.k > from && at == len(occ) {
				at = i
			}
		}
		if covered {
			continue
		}
		if drop >= 0 {
			occ = append(occ[:drop], occ[drop+1:]...)
			if at > drop {
				at--
			}
		}
		occ = append(occ, occurrence{})
		copy(occ[at+1:], occ[at:])
		occ[at] = occurrence{e: moneyRefusedEntry, k: from, n: v - from + 1}
	}
	return occ
}

// clauseEndsAt23 reports that no word of clause ci follows token g.
func (s *sentCtx) clauseEndsAt23(ci, g int) bool {
	for _, j := range s.cls[ci].toks {
		if j > g && s.isWord(j) {
			return false
		}
	}
	return true
}

// noLongerStays23 reports, in a negated clause, support said to remain no
// longer by the negator and a past of रह- right after the support's own
// noun ("Y को उनका समर्थन नहीं रहा", "Y के साथ साझेदारी नहीं रही", "Y पर
// भरोसा नहीं रहा है"): "नहीं रहा" is "is no more", a withdrawal as "अब …
// नहीं" is (noLonger12), without the अब. Not a progressive ("समर्थन
// नहीं कर रहा": a verb stands between), nor a negator far from the noun.
func (s *sentCtx) noLongerStays23(cl *clause, o occurrence) bool {
	end := o.k + o.n
	for _, g := range cl.toks {
		if g < end || s.flag(g)&fwNeg == 0 {
			continue
		}
		if g > end+1 {
			return false // (one gap word at most: "समर्थन भी नहीं रहा")
		}
		switch s.w(g + 1) {
		case "रहा", "रही", "रहे", "रहीं":
		default:
			return false
		}
		switch nx := s.w(g + 2); {
		case nx == "है" || nx == "हैं" || nx == "था" || nx == "थी" || nx == "थे":
			return true
		case !s.isWord(g+2) || s.cid[g+2-s.sn.a] != s.cid[g-s.sn.a]:
			return true
		}
		return false
	}
	return false
}
