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
		if e != nil && k+n-1 == last && e.frame.pol != 0 && (e.frame.GenSource || s.f.name == "title") {
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
	if s.screen&swMoney == 0 || !s.entWith(ci, 1<<mkBetween|1<<mkKo|1<<mkLiye) { // (Y is the clause's)
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

// vocAddressee11 is whom the words of clause ci are addressed to when no
// name under से says it: the one the speaker turns to ("X ने Y की ओर
// मुड़कर कहा"), else the one called out at the head of the quote — a
// tracked name ("“मोदी जी, …”") or an office the story gave a tracked
// person before ("“राष्ट्रपति महोदय, …”", "“मिस्टर प्रेसिडेंट, …”",
// "“प्रधानमंत्री जी, …”"); -1 if none.
func (a *Analyzer) vocAddressee11(s *sentCtx, ci int) int {
	for p, depth := s.cls[ci].parent, 0; p >= 0 && depth < 3; p, depth = s.cls[p].parent, depth+1 {
		for _, i := range s.inClause(p) {
			c := s.chunks[i]
			if c.ent >= 0 && c.pron == 0 && a.isPerson[c.ent] && s.w(c.end) == "की" && s.w(c.end+1) == "ओर" {
				if w := s.w(c.end + 2); strings.HasPrefix(w, "मुड") || strings.HasPrefix(w, "देख") || strings.HasPrefix(w, "मुखातिब") {
					return c.ent
				}
			}
		}
	}
	// The quote mark opening the words.
	q := -1
	for k := s.cls[ci].first(); k >= s.sn.a; k-- {
		if s.isQuoteTok(k) && s.isWord(k+1) {
			q = k
			break
		}
	}
	if q < 0 {
		return -1
	}
	comma := -1
	for k := q + 1; k < s.sn.b && k <= q+4; k++ {
		if s.w(k) == "," {
			comma = k
			break
		}
		if !s.isWord(k) {
			return -1
		}
	}
	if comma < 0 {
		return -1
	}
	end := comma
	switch s.w(end - 1) {
	case "जी", "साहब", "महोदय", "महोदया", "सर":
		end--
	}
	if end <= q+1 {
		return -1
	}
	for i := range s.chunks {
		if c := &s.chunks[i]; c.tok == q+1 && c.end == end && c.pron == 0 && c.ent >= 0 && a.isPerson[c.ent] {
			return c.ent
		}
	}
	office := vocOffice11(s.w(end - 1))
	if office == 0 || end-q-1 > 2 || end-q-1 == 2 && s.w(q+1) != "मिस्टर" && s.w(q+1) != "माननीय" {
		return -1
	}
	// The latest tracked person the field named with that office
	// before the words ("राष्ट्रपति डोनाल्ड ट्रंप", "पीएम मोदी").
	who := -1
	for _, m := range s.f.mentions {
		if m.tok >= q {
			break
		}
		if !a.isPerson[m.entity] {
			continue
		}
		for j := m.tok - 1; j >= 0 && j >= m.tok-2; j-- {
			if vocOffice11(s.f.words[j]) == office {
				who = m.entity
				break
			}
		}
	}
	return who
}

// vocOffice11 names an office a speaker may address someone by: 1 a
// president, 2 a prime minister; 0 none.
func vocOffice11(w string) int {
	switch w {
	case "राष्ट्रपति", "प्रेसिडेंट", "president":
		return 1
	case "प्रधानमंत्री", "पीएम", "pm":
		return 2
	}
	return 0
}

// secondDative11 reads a second-person dative in someone's words ("इसका
// श्रेय आपको जाता है", "मैं आपको बधाई देता हूं") as a chunk marked को that
// grounding resolves to the one addressed; not the reporter's aside
// "आपको बता दें".
func (s *sentCtx) secondDative11(k int) (chunk, bool) {
	switch s.w(k) {
	case "आपको", "तुम्हें", "तुमको":
	default:
		return chunk{}, false
	}
	if s.cls[s.cid[k-s.sn.a]].kind != ckContent || strings.HasPrefix(s.w(k+1), "बता") {
		return chunk{}, false
	}
	return chunk{ent: -1, pron: fwTargetPron, second: true, tok: k, end: k + 1, mk: mkKo, at: k, head: -1}, true
}

// nameTaken11 reads "X ने Y का नाम लेकर/लेते हुए कहा (कि) …" — naming Y
// while speaking, the idiom of a pointed attack — as hostile X → Y when
// the sentence gave X no other stance toward Y ("… का नाम लेकर उन्हें
// सराहा" is praise, read as such). The speech's mood is kept (a negated
// "नाम लेकर आलोचना नहीं की" says nothing).
func (a *Analyzer) nameTaken11(s *sentCtx, st *storyState, from int) {
	if s.screen&swName11 == 0 {
		return
	}
	for ci := range s.cls {
		cl := &s.cls[ci]
		for _, k := range cl.toks {
			if s.w(k) != "नाम" || !isGenitive(s.w(k-1)) {
				continue
			}
			after := k + 2
			switch {
			case s.w(k+1) == "लेकर":
			case s.w(k+1) == "लेते" && s.w(k+2) == "हुए":
				after = k + 3
			default:
				continue
			}
			// The speech verb of the same clause, a few words on.
			v := -1
			for j := after; j < s.sn.b && j <= after+6; j++ {
				w := s.w(j)
				if int(s.cid[j-s.sn.a]) != ci || w == "," && s.flag(j-1)&fwSpeech == 0 {
					break
				}
				if s.flag(j)&(fwSpeech|fwCharge) != 0 || strings.HasPrefix(w, "कह") || strings.HasPrefix(w, "बोल") || strings.HasPrefix(w, "पूछ") || strings.HasPrefix(w, "लिख") {
					v = j
					break
				}
			}
			if v < 0 || plainTalk20(s.w(v)) {
				continue
			}
			// Y: the name (or the names coordinated) before का नाम.
			group := -1
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.end == k-1 && c.ent >= 0 {
					group = c.group
				}
			}
			if group < 0 {
				continue
			}
			// The words decide (session 21): naming Y while saying
			// nothing hostile (an invitation, a plan, praise the
			// readers took as such) is no attack.
			if !a.namedWordsHostile21(s, k, v) {
				continue
			}
			mood := a.clauseMood(s, cl, v)
			for _, x := range a.sources(s, ci, v, nil, st, nil) {
				for _, i := range s.inClause(ci) {
					c := s.chunks[i]
					if c.group != group || c.ent < 0 || c.ent == x || a.isDeal[c.ent] {
						continue
					}
					if a.stanceSince11(st, from, x, c.ent) {
						continue
					}
					a.add(s, st, x, c.ent, -1, "criticism", mood, 1.0)
				}
			}
		}
	}
}

// stanceSince11 reports a stance of x toward y in stanceList[from:].
func (a *Analyzer) stanceSince11(st *storyState, from, x, y int) bool {
	xs, ys := a.ents[x].ID, a.ents[y].ID
	for _, o := range st.stanceList[from:] {
		if o.Source == xs && o.Target == ys {
			return true
		}
	}
	return false
}

// ownerGen11 is the genitive of the owner of the noun at last in a
// verb-first headline ("ठुकराया Y का प्रस्ताव"), looking back over what a
// headline puts between them: an adjective ("Y का नया प्रस्ताव") and a sum
// with its own genitive ("Y का 97.4 अरब डॉलर का प्रस्ताव", "Y की 10 साल
// की नीति"); -1 if none within six words after from.
func (s *sentCtx) ownerGen11(from, last int) int {
	j := last - 1
	for steps := 0; steps < 6 && j > from; steps++ {
		w := s.w(j)
		if isGenitive(w) {
			if s.mentionAt(j-1) || s.inMention(j-1) {
				return j
			}
			// a sum's or a span's own genitive: "97.4 अरब डॉलर का",
			// "10 साल की".
			p := s.w(j - 1)
			if !moneyWord(p) && s.flag(j-1)&fwTimeNoun == 0 {
				return -1
			}
			j -= 2
			continue
		}
		if s.mentionAt(j) || s.inMention(j) || s.flag(j)&fwPostposition != 0 || w == "," || isQuote(w) || s.flag(j)&(fwFinite|fwCopula) != 0 {
			return -1
		}
		// an adjective, a number or a scale word
		j--
	}
	return -1
}

// fundDonation11 reads a sum or a gift given into an inauguration or
// campaign fund named without its owner ("मेटा ने शपथ ग्रहण कोष में 10
// लाख डॉलर का चंदा दिया", "गूगल ने भी उद्घाटन कोष में … दिए") as funding
// of the person whose fund the story is about: the nearest tracked
// person before, in the sentence or the story, who is neither a giver
// nor tied to one. SCHEMA: funding Y's campaign or inauguration is
// supportive X → Y.
func (a *Analyzer) fundDonation11(s *sentCtx, st *storyState, from int) {
	if s.screen&swFund11 == 0 {
		return
	}
	for ci := range s.cls {
		cl := &s.cls[ci]
		for _, f := range cl.toks {
			if !fundNoun11(s.w(f)) || s.w(f+1) != "में" && s.w(f+1) != "को" {
				continue
			}
			// Its modifiers: an inauguration or a campaign, no owner.
			m := f - 1
			// "समारोह के कोष में", "अभियान के फंड में": the event's own
			// genitive, with no owner before it, names the same fund
			// (drp20.go).
			if g := eventGen20(s, m); g >= 0 {
				m = g
			}
			for m > s.sn.a && fundModifier11(s.w(m)) {
				m--
			}
			if m == f-1 || isGenitive(s.w(m)) || s.flag(m)&fwGenPron != 0 || s.w(m) == "अपने" || s.mentionAt(m) || s.inMention(m) {
				continue
			}
			// A gift after it in the clause.
			gift := false
			for j := f + 2; j < s.sn.b && j <= f+10 && int(s.cid[j-s.sn.a]) == ci; j++ {
				if w := s.w(j); moneyWord(w) || strings.HasPrefix(w, "चंद") || strings.HasPrefix(w, "दान") || strings.HasPrefix(w, "योगदान") {
					gift = true
					break
				}
			}
			if !gift {
				continue
			}
			var givers []int
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 {
					givers = append(givers, c.ent)
				}
			}
			if len(givers) == 0 {
				continue
			}
			y := a.fundOwner11(s, st, f, givers)
			if y < 0 {
				continue
			}
			mood := a.clauseMood(s, cl, f)
			for _, x := range givers {
				if !a.stanceSince11(st, from, x, y) {
					a.add(s, st, x, y, 1, "donation", mood, 1.2)
				}
			}
		}
	}
}

// fundOwner11 is the nearest tracked person before token k, in the
// sentence or among the story's recent names, who is not one of givers
// nor tied to one; -1 if none.
func (a *Analyzer) fundOwner11(s *sentCtx, st *storyState, k int, givers []int) int {
	ok := func(e int) bool {
		if e < 0 || !a.isPerson[e] {
			return false
		}
		for _, g := range givers {
			if e == g || a.tiedTo(st, e, g) || a.tiedTo(st, g, e) {
				return false
			}
		}
		return true
	}
	for j := len(s.chunks) - 1; j >= 0; j-- {
		if c := s.chunks[j]; c.tok < k && c.pron == 0 && ok(c.ent) {
			return c.ent
		}
	}
	for j := len(st.recent) - 1; j >= 0; j-- {
		if ok(st.recent[j]) {
			return st.recent[j]
		}
	}
	return -1
}

// fundNoun11: a fund.
func fundNoun11(w string) bool {
	switch w {
	case "कोष", "फंड", "fund":
		return true
	}
	return false
}

// fundModifier11: what makes a fund an inauguration's or a campaign's.
func fundModifier11(w string) bool {
	switch w {
	case "उद्घाटन", "शपथ", "ग्रहण", "शपथग्रहण", "इनागरल", "इनागरेशन", "चुनावी", "चुनाव", "प्रचार", "अभियान", "कैंपेन":
		return true
	}
	return false
}

// parOfNoun11 reports a name under पर (chunk c) that is the object of an
// act noun standing between it and the frame at token at ("Y पर EU के
// जुर्माने से भड़के X", "Y पर लगे जुर्माने पर X नाराज", "X ने Y पर हुए
// हमले की निंदा की"): what was done to Y, not the frame's target.
func (a *Analyzer) parOfNoun11(s *sentCtx, c *chunk, at int, fr *Frame) bool {
	// A charge's own content ("Y पर प्रतिस्पर्धा को कुचलने का आरोप")
	// keeps Y as the one charged.
	if c.mk != mkPar || s.w(c.at) != "पर" || c.at+1 >= at || fr.Content || fr.Kind == "accusation" || fr.Kind == "lawsuit" {
		return false
	}
	part := false
	for j := c.at + 1; j < at && j <= c.at+8; j++ {
		w := s.w(j)
		if j == c.at+1 && participle11(w) {
			part = true
			continue
		}
		if s.mentionAt(j) && !isGenitive(s.w(s.mentionEnd(j))) || w == "," || w == ":" || isDash(w) || s.flag(j)&(fwFinite|fwCopula) != 0 && !participle11(w) {
			return false
		}
		n := 1
		if s.flag(j)&fwCharge != 0 {
			return false // "Y पर लगाए गए आरोपों के जवाब में": the charge's target
		}
		if e, m := a.matchAt(s, j, entFrame); e != nil && e.frame.pol < 0 {
			n = m
		} else if !actNoun11(w) {
			continue
		}
		switch s.w(j + n) {
		case "से", "पर", "को":
			return j+n < at
		case "की", "के", "का":
			// "Y पर लगे जुर्माने की आलोचना"; not "Y पर धोखाधड़ी का
			// आरोप", the charge's own content.
			return part && j+n < at
		}
		return false
	}
	return false
}

// participle11: a participle of what befell someone ("लगे", "हुए").
func participle11(w string) bool {
	switch w {
	case "लगे", "लगा", "लगी", "लगाए", "लगाया", "लगाई", "हुए", "हुआ", "हुई", "किए", "किया", "की", "गए", "गई", "गया":
		return true
	}
	return false
}

// actNoun11: a noun of something done to someone.
func actNoun11(w string) bool {
	switch w {
	case "जुर्माने", "जुर्माना", "हमले", "हमलों", "प्रतिबंध", "प्रतिबंधों", "कार्रवाई", "टैरिफ", "पाबंदी", "पाबंदियों", "मुकदमे", "जांच":
		return true
	}
	return false
}

// quoteParent11 gives a quote that follows a speech tag ("X बोले- '…',
// Z ने …", "X बोले- '…', Y के वकील ने कहा- …") to that tag: a quote the
// clause reader hung on the clause after it says X's words, not those of
// the next clause's subject.
func (s *sentCtx) quoteParent11() {
	for i := range s.cls {
		c := &s.cls[i]
		if !c.quoted || c.parent < 0 || len(c.toks) == 0 || len(s.cls[c.parent].toks) == 0 {
			continue
		}
		first := c.first()
		if s.cls[c.parent].first() < c.last() || first <= s.sn.a {
			continue
		}
		// The tag right before the quote: "… बोले-", "… ने कहा:".
		t := first - 1
		if w := s.w(t); !isDash(w) && w != ":" {
			continue
		}
		q := int(s.cid[t-s.sn.a])
		if q == i || q == c.parent || q < 0 || q >= len(s.cls) {
			continue
		}
		speech := false
		for _, k := range s.cls[q].toks {
			if w := s.w(k); s.flag(k)&(fwSpeech|fwPostSpeech) != 0 || strings.HasPrefix(w, "बोल") || strings.HasPrefix(w, "कह") {
				speech = true
			}
		}
		if speech {
			c.parent = q
		}
	}
}
