package work

import "strings"

// Session 11 (STRUCT): structural constructions read in general form.

// tailSpeaker11 reads the tag after a headline colon that follows the
// words ("'…': रैली में बोले X", "'…': मुलाकात के बाद X", "'…': X का
// खुला समर्थन"): clause i holds one person (token person, its chunk
// ending at pend, the clause's last word at last), and what comes before
// the name is only adjuncts (a noun under a postposition: "रैली में",
// "हमले के बाद") and a speech verb, or the name owns a label noun
// closing the clause whose genitive is its doer (समर्थन, तारीफ, तंज).
// An act of the tag's own ("Y पर भड़के X", "X ने …") is not a tag.
func (a *Analyzer) tailSpeaker11(s *sentCtx, i, person, pend, last int) bool {
	c := &s.cls[i]
	for _, k := range c.toks {
		if k >= person {
			break
		}
		if !s.isWord(k) {
			return false
		}
		w := s.w(k)
		switch {
		case w == "ने" || s.mentionAt(k):
			return false
		case s.flag(k)&(fwSpeech|fwPostSpeech) != 0 || strings.HasPrefix(w, "बोल") || strings.HasPrefix(w, "कह"):
		case s.flag(k)&fwPostposition != 0 || isGenitive(w) || tailPostWord11(w):
		case isGenitive(s.w(k+1)) || s.flag(k+1)&fwPostposition != 0 && s.w(k+1) != "ने":
			// a noun under a postposition
		default:
			return false
		}
	}
	if pend > last {
		return true
	}
	// "X का (ADJ) <label noun>" closing the clause.
	if !isGenitive(s.w(pend)) || last <= pend || last > pend+3 {
		return false
	}
	for k := pend + 1; k <= last; k++ {
		e, n := a.matchAt(s, k, entFrame)
		if e != nil && k+n-1 == last && e.frame.GenSource && e.frame.pol != 0 {
			return true
		}
	}
	return false
}

// tailPostWord11: the second word of a compound postposition ("के बाद").
func tailPostWord11(w string) bool {
	switch w {
	case "बाद", "पहले", "दौरान", "बीच", "लिए", "साथ", "ओर", "तरफ", "मौके", "अवसर":
		return true
	}
	return false
}

// giveFirstEntry is the frame of a sum given or placed written verb
// first, as headlines do ("X ने Y के कोष में दिए 10 लाख डॉलर", "X ने Y में
// लगाए 40 अरब डॉलर", "X ने लगाए Y में …"): SCHEMA funding, X → Y.
var giveFirstEntry = func() *entry {
	f := &Frame{Words: "दिए <राशि>", Polarity: "supportive", Kind: "donation", Weight: 1.0, pol: 1}
	f.targets[mkBetween] = true
	f.targets[mkKo] = true
	f.targets[mkLiye] = true
	return &entry{kind: entFrame, frame: f}
}()

// giveVerb11 reports a verb of giving or placing money that a headline
// puts before the sum.
func giveVerb11(w string) bool {
	switch w {
	case "दिए", "दिया", "दी", "दीं", "देगा", "देगी", "देंगे",
		"लगाए", "लगाया", "लगाई", "लगाएगा", "लगाएगी", "लगाएंगे",
		"झोंके", "झोंका", "झोंकेगा", "झोंकेगी", "झोंकेंगे", "डाले", "डाला":
		return true
	}
	return false
}

// moneyFirst11 adds to occ (sorted by token) a giveFirstEntry occurrence
// for a verb of giving or placing followed by a sum ("दिए 10 लाख डॉलर")
// in a clause with a tracked party marked में, को or के लिए before the
// sum; an entry already covering the verb leaves it.
func (a *Analyzer) moneyFirst11(s *sentCtx, ci int, occ []occurrence) []occurrence {
	if s.screen&swMoney == 0 {
		return occ
	}
	cl := &s.cls[ci]
	for _, v := range cl.toks {
		if !giveVerb11(s.w(v)) {
			continue
		}
		// The sum: a money word within eight words, in the same
		// stretch of words (no punctuation, no other verb between).
		m := -1
		for j := v + 1; j <= v+8 && j < s.sn.b; j++ {
			w := s.w(j)
			if moneyWord(w) {
				m = j
				for moneyWord(s.w(m + 1)) {
					m++
				}
				break
			}
			// (The party may stand between: "लगाए Y में 40 अरब डॉलर".)
			if w == "," || w == ":" || isDash(w) || isQuote(w) || w == "ने" || s.flag(j)&fwFinite != 0 {
				break
			}
		}
		if m < 0 || m == v+1 && !s.sumBefore11(m) {
			continue
		}
		y := false
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && c.at < m && (c.mk == mkBetween || c.mk == mkKo || c.mk == mkLiye) {
				y = true
			}
		}
		if !y {
			continue
		}
		covered, at := false, len(occ)
		for i, o := range occ {
			if o.k <= m && v < o.k+o.n {
				covered = true
			}
			if o.k > v && at == len(occ) {
				at = i
			}
		}
		if covered {
			continue
		}
		occ = append(occ, occurrence{})
		copy(occ[at+1:], occ[at:])
		occ[at] = occurrence{e: giveFirstEntry, k: v, n: m - v + 1}
	}
	return occ
}

// sumBefore11 reports a money word at m that is a sum's currency or
// scale, not a bare noun ("दिए पैसे" is read by the lexicon).
func (s *sentCtx) sumBefore11(m int) bool {
	switch s.w(m) {
	case "पैसा", "पैसे", "रकम", "राशि", "पूंजी", "धनराशि":
		return false
	}
	return true
}
