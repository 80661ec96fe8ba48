package work

import "github.com/khabar/khabar/internal/hindi"

// Session 24, PAIRS: shapes the minimal pairs of dev-contrast read wrong.

// tieMadeInFrame24 is tieMadeByAgent15 for a deal whose making verb the
// frame itself takes in ("उसने Y के साथ करार किया है", "… समझौता कर
// लिया है"): the teller in a content clause who made the deal is a party,
// and the deal binds both sides (SCHEMA: a deal told as news by its own
// maker). tieMadeByAgent15 looks for the verb after the frame, so it
// missed these. The partner is marked के साथ. A bare subject counts with the completive perfect
// ("वह Y के साथ टाई-अप कर चुका है"), which takes no ने.
func (s *sentCtx) tieMadeInFrame24(ci int, o occurrence) bool {
	if !s.agreementAt(o) && !s.tieUp24(o) {
		return false
	}
	// The making verb: inside the frame, or the word right after it
	// ("टाई-अप कर चुका").
	m := -1
	for k := o.k + 1; k <= o.k+o.n; k++ {
		switch s.w(k) {
		case "किया", "किए", "की", "कीं", "कर":
			m = k
		}
	}
	if m < 0 {
		return false
	}
	perfect := false
	end := false
	for j := m + 1; j < m+5; j++ {
		switch s.w(j) {
		case "है", "हैं", "था", "थे", "थी", "लिया", "ली", "लिए", "दिया", "दी", "गया", "गई":
			continue
		case "चुका", "चुकी", "चुके":
			perfect = true
			continue
		case "", "।", ",", ".", "और", "!":
			end = true
		}
		break
	}
	if !end {
		return false
	}
	// A maker, and a partner marked के साथ: "Y में निवेश का करार" is
	// funding, one way (SCHEMA), not a partnership.
	maker, partner := false, false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= o.k || c.ent < 0 || c.possessed {
			continue
		}
		switch {
		case c.mk == mkAgent || perfect && c.mk == mkBare:
			maker = true
		case c.mk == mkSaath:
			partner = true
		}
	}
	return maker && partner
}

// tieUp24 reports the loan word टाई-अप (a tie-up, written with a hyphen
// or a space) inside the occurrence.
func (s *sentCtx) tieUp24(o occurrence) bool {
	for k := o.k; k < o.k+o.n; k++ {
		if s.w(k) != "टाई" {
			continue
		}
		if s.w(k+1) == "अप" || s.w(k+1) == "-" && s.w(k+2) == "अप" {
			return true
		}
	}
	return false
}

// relNegStart24 returns where the scope of the negator at k begins when,
// inside quoted words, it stands in a relative clause opened after the
// host's own verb: "“Y एक दुखी इंसान हैं जो हर उस चीज को गिराना चाहते हैं
// जिसे उन्होंने खुद नहीं बनाया”" — the relative word, so the host's
// predicate before it stays asserted. A quote is one clause (clause.go
// splits it only at commas and breaks), so the relative's negation
// reached the host. 0 when there is no such relative word (no verb or
// copula closing the host right before it, or a negator already between
// the host and the relative).
func (s *sentCtx) relNegStart24(cl *clause, k int) int {
	if !cl.quoted {
		return 0
	}
	for _, r := range cl.toks {
		if r >= k {
			break
		}
		if s.flag(r)&(fwRel|fwRelAgent) == 0 && !relForm(s.w(r)) {
			continue
		}
		v := r - 1
		if s.w(v) == "," {
			v--
		}
		if v <= s.sn.a || !s.verbEnd13(v) {
			continue
		}
		for m := s.sn.a; m < r; m++ {
			if s.flag(m)&fwNeg != 0 && containsInt(cl.toks, m) {
				return 0
			}
		}
		return r
	}
	return 0
}

// parenGen24 is the frame noun a genitive at n qualifies across a
// parenthesis set off by commas: "Y की, जिनसे वह फरवरी में मिले थे, एक
// बार फिर जमकर तारीफ की", "Y की खर्च नीति की, पूरी बातचीत में कई बार,
// आलोचना की". The comma right after the genitive opens the aside; its
// closing comma comes within 24 tokens (only words and numbers before
// it: no sentence stop, quote or कि; a ने inside the aside, "जिनसे Z ने
// … मुलाकात की थी", is allowed); within four plain words after it stands
// a frame that takes a genitive target. -1 when not so.
func (a *Analyzer) parenGen24(s *sentCtx, n int) int {
	if s.w(n+1) != "," {
		return -1
	}
	c := -1
	for j := n + 2; j < s.sn.b && j <= n+25; j++ {
		w := s.w(j)
		if w == "," {
			c = j
			break
		}
		if w == "कि" || isQuote(w) || !s.isWord(j) && s.f.toks[j].Kind != hindi.Number {
			return -1
		}
	}
	if c < 0 || c == n+2 {
		return -1
	}
	for j := c + 1; j < s.sn.b && j <= c+5; j++ {
		if !s.isWord(j) || s.mentionAt(j) || isGenitive(s.w(j)) || s.flag(j)&fwPostposition != 0 {
			return -1
		}
		if e, _ := a.matchAt(s, j, entFrame); e != nil && e.frame != nil && e.frame.targets[mkGen] {
			return j
		}
	}
	return -1
}

// genAside24 reports a comma at k right after a genitive that opens an
// aside closed by another comma within 24 tokens: "Y की, जिनसे वह …
// मिले थे, … तारीफ की", "Y की नीति की, पूरी बहस में कई बार, आलोचना
// की". The genitive's की is no light verb closing a clause there (the
// word before it is no lexicon entry, as तारीफ in "तारीफ की," is, or
// a noun and a light verb follow the aside), so the clause goes on past
// the aside (clause.go); parenGen24 ties the genitive to the frame after
// it.
func genAside24(f *field, sn *sentence, fl []uint64, k int) bool {
	if k < sn.a+2 || k+2 >= sn.b || f.words[k] != "," || !isGenitive(f.words[k-1]) {
		return false
	}
	for j := k + 2; j < sn.b && j <= k+25; j++ {
		w := f.words[j]
		if w == "," {
			return fl[k-2-sn.a]&fwEntry == 0 || nounActAfter24(f, sn, fl, j)
		}
		if w == "कि" || isQuote(w) || w == "।" || w == "?" || w == "!" {
			return false
		}
	}
	return false
}

// nounActAfter24 reports, within four words after the comma at c, a
// lexicon word with a light verb after it ("…, तीखी आलोचना की"): the
// act the aside's genitive belongs to. It tells "Y की नीति की, …,
// आलोचना की" (the genitive goes on) from "Y की तारीफ की, …" (a light
// verb closed the clause).
func nounActAfter24(f *field, sn *sentence, fl []uint64, c int) bool {
	for j := c + 1; j+1 < sn.b && j <= c+4; j++ {
		if fl[j-sn.a]&fwEntry == 0 {
			continue
		}
		switch f.words[j+1] {
		case "की", "कीं", "किया", "किए", "कर", "करते", "करती":
			return true
		}
	}
	return false
}
