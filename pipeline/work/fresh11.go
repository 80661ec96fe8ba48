package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 11, FRESH helper: constructions read on fresh blind text.

// remarkNoun reports a noun naming someone's words: a remark, statement,
// jibe, charge, slogan, post ("बयान", "टिप्पणी", "तंज", "नारा", "ट्वीट").
func remarkNoun(w string) bool {
	switch w {
	case "बयान", "बयानों", "टिप्पणी", "टिप्पणियों", "टिप्पणियां", "तंज", "तंजों", "कटाक्ष",
		"आरोप", "आरोपों", "दावा", "दावे", "दावों", "नारा", "नारे", "नारों", "ट्वीट", "ट्वीटों",
		"पोस्ट", "पोस्टों", "भाषण", "भाषणों", "सवाल", "सवालों", "शब्द", "शब्दों", "जुमला", "जुमले",
		"जुमलों", "बात", "बातों", "उपनाम", "संबोधन", "नसीहत", "चुटकी", "बयानबाजी", "ताना", "ताने":
		return true
	}
	return false
}

// quotedRemark reports a short quote closing at token e that is the
// content of a remark named right after it: "Y के 'तानाशाह' वाले बयान
// पर", "Y की 'कमजोर नेता' वाली टिप्पणी को", "Y का 'चौकीदार चोर है' नारा".
// The quoted words are Y's (what Y said), not an evaluation of Y by the
// clause's speaker; the genitive goes on to the remark noun.
func (s *sentCtx) quotedRemark(e int) bool {
	j := e + 1
	if strings.HasPrefix(s.w(j), "वाल") {
		j++
	}
	return remarkNoun(s.w(j))
}

// postposedGen reads a verb-first headline whose genitive object comes
// after the frame's noun ("उड़ाया मजाक Y का X ने", "की जमकर तारीफ Y की
// X ने", "थामा हाथ X ने Y का"): the genitive ending at token n, at the
// end of its clause (or before the agent that closes it), belongs to the
// frame noun written before it — the noun right after the fronted verb at
// the head of the sentence. It returns the frame's token, -1 if none.
func (a *Analyzer) postposedGen(s *sentCtx, n int) int {
	// After the genitive: the clause ends, or the agent closes it.
	j := n + 1
	if s.mentionAt(j) && s.w(s.mentionEnd(j)) == "ने" {
		j = s.mentionEnd(j) + 1
	}
	if j < s.sn.b && s.isWord(j) {
		return -1
	}
	// The mention before the genitive, and the frame noun before it
	// (or before the agent written between: "थामा हाथ X ने Y का").
	start := s.mentionStartEnding(n - 1)
	if start < 0 {
		return -1
	}
	p := start - 1
	if s.w(p) == "ने" && j == n+1 {
		if st := s.mentionStartEnding(p - 1); st >= 0 {
			p = st - 1
		}
	}
	for q := p - 1; q <= p; q++ {
		if q < s.sn.a {
			continue
		}
		e, m := a.matchAt(s, q, entFrame)
		if e == nil || e.frame == nil || q+m != p+1 || !e.frame.targets[mkGen] {
			continue
		}
		// The fronted verb: one or two plain words from the head of the
		// sentence (or after a label's colon or dash) to the frame.
		v := q
		for v-1 >= s.sn.a && q-v < 2 && s.isWord(v-1) && !s.inMention(v-1) && s.w(v-1) != "ने" {
			v--
		}
		// "X ने की तारीफ Y की": the agent may stand before the verb.
		h := v
		if h > s.sn.a && s.w(h-1) == "ने" {
			if h = s.mentionStartEnding(h - 2); h < 0 {
				return -1
			}
		}
		if h > s.sn.a && s.isWord(h-1) {
			return -1
		}
		// A verb-first entry ("उड़ाया मजाक") is its own fronted verb.
		if v == q && !e.tight || v < q && s.flag(v)&fwFinite == 0 && !pastForm(s.w(v)) {
			return -1
		}
		return q
	}
	return -1
}

// pastForm reports a word shaped like a past participle (उड़ाया, थामा,
// उड़ाई, जताए, लगाईं).
func pastForm(w string) bool {
	for _, suf := range []string{"ा", "ी", "े", "ीं", "ई", "ए", "ईं"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// mentionStartEnding is the first token of the mention whose last token
// is k (-1: none).
func (s *sentCtx) mentionStartEnding(k int) int {
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	for i := range ms {
		if ms[i].tokEnd == k+1 {
			return ms[i].tok
		}
	}
	return -1
}

// untrackedDoerBefore reports a frame noun whose doer is written before
// its object with द्वारा and is no tracked name: "मंत्रियों द्वारा Y की
// आलोचना के बीच X ने कहा …", "सांसदों द्वारा Y पर हमलों के बाद". The act
// is those people's; the clause's agent X did not do it.
func (s *sentCtx) untrackedDoerBefore(o occurrence) bool {
	k := o.k - 1
	if w := s.w(k); isGenitive(w) || w == "पर" || w == "को" {
		k--
	} else {
		return false
	}
	st := s.mentionStartEnding(k)
	if st < 0 || s.w(st-1) != "द्वारा" {
		return false
	}
	d := st - 2
	return d >= s.sn.a && s.isWord(d) && !s.inMention(d) && s.w(d) != "ने"
}

// readVerbFirstAgentAfter reads a headline that puts the verb first and
// its agent right after it, the owner's genitive and the frame's noun
// last: "ठुकराया X ने Y का प्रस्ताव", "खोली X ने Y की पोल" (readVerbFirst
// reads the agent first: "X ने ठुकराया Y का प्रस्ताव"). The noun and the
// verb form a frame of two words that targets the genitive.
func (a *Analyzer) readVerbFirstAgentAfter(s *sentCtx, ci int, st *storyState) {
	if s.screen&swNe == 0 || !s.entWith(ci, 1<<mkAgent) { // (the agent is the clause's)
		return
	}
	cl := &s.cls[ci]
	v, last := -1, -1
	for _, k := range cl.toks {
		if s.isWord(k) {
			v = k
			break
		}
	}
	for i := len(cl.toks) - 1; i >= 0 && v >= 0; i-- {
		if k := cl.toks[i]; s.isWord(k) {
			last = k
			break
		}
	}
	if v < 0 || s.mentionAt(v) || s.inMention(v) || last < v+4 || !isGenitive(s.w(last-1)) || s.flag(v)&fwFinite == 0 && !pastForm(s.w(v)) {
		return
	}
	var agent, owner *chunk
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.mk == mkAgent && c.ent >= 0 && c.pron == 0 && c.tok == v+1 && s.w(c.at) == "ने" {
			agent = c
		}
		if agent != nil && c.ent >= 0 && c.tok > agent.at && (c.end == last-1 || s.amountBetween(c.end, last-1)) {
			owner = c
		}
	}
	if agent == nil || owner == nil || owner.ent == agent.ent {
		return
	}
	pair := [2]string{s.w(last), s.w(v)}
	e, n := a.lex.match(pair[:], 0, entFrame)
	if e == nil || n != 2 || !e.frame.targets[mkGen] || e.frame.pol == 0 || e.frame.Symmetric || e.frame.Mutual {
		return
	}
	a.emit(s, st, []int{agent.ent}, []int{owner.ent}, e.frame.pol, e.frame.Kind, a.clauseMood(s, cl, last), e.frame.Weight)
}

// amountBetween reports an amount phrase between the genitive at token g
// and the genitive at token h that closes it: "Y का 97 अरब डॉलर का
// प्रस्ताव", "Y की 10 करोड़ रुपये की पेशकश".
func (s *sentCtx) amountBetween(g, h int) bool {
	if !isGenitive(s.w(g)) || h-g < 2 || h-g > 6 {
		return false
	}
	num := false
	for k := g + 1; k < h; k++ {
		if s.mentionAt(k) || s.inMention(k) || s.flag(k)&fwPostposition != 0 {
			return false
		}
		if s.f.toks[k].Kind == hindi.Number {
			num = true
		}
	}
	return num
}

// thisRemarkBefore reports a retort about a remark pointed back at with a
// demonstrative ("इस पोस्ट के जवाब में", "उस बयान के जवाब में"): the
// one answered is the one who made that remark, the last to act before —
// not whoever last attacked the one replying.
func (s *sentCtx) thisRemarkBefore(k int) bool {
	if !isGenitive(s.w(k - 1)) {
		return false
	}
	switch s.w(k - 3) {
	case "इस", "उस", "इन", "उन":
		return remarkNoun(s.w(k - 2))
	}
	return false
}

// appositiveRole reads an appositive role before a name in a list ("A,
// उसके सीईओ B और C", "A, कंपनी के प्रमुख B और C"): from token k, a
// genitive pronoun or an organisation noun with its genitive, then a
// role noun. It returns the token after the role (the name's), or k.
func (s *sentCtx) appositiveRole(k int) int {
	j := s.appositiveOwner(k)
	if j < 0 || s.flag(j)&fwRoleNoun == 0 || !s.mentionAt(j+1) {
		return k
	}
	return j + 1
}

// appositiveOwner reads the owner that opens an apposition at token k:
// a genitive pronoun ("उसके") or an organisation noun with its genitive
// ("कंपनी के"). It returns the token after it, or -1 (appositiveRole,
// appositiveDescr25).
func (s *sentCtx) appositiveOwner(k int) int {
	switch {
	case s.flag(k)&fwGenPron != 0:
		return k + 1
	case s.flag(k)&fwOrgNoun != 0 && isGenitive(s.w(k+1)):
		return k + 2
	}
	return -1
}

// rhetoricalWho reports a "who would" question around the predicate
// ending at token k: "Y पर कौन भरोसा करेगा?", "ऐसे व्यक्ति पर भला कौन
// यकीन करे?", "Y का समर्थन कौन कर सकता है?". The question asks for no
// one: it says no one would. कौन must stand in the predicate's clause as
// its subject (not "कौन-सा", "किस पर"), and a question mark must close
// the sentence after the predicate. (FRESH helper, session 11; wired by
// the lead.)
func (s *sentCtx) rhetoricalWho(cl *clause, k int) bool {
	who := false
	for _, j := range cl.toks {
		if s.w(j) == "कौन" && s.w(j+1) != "-" && s.w(j+1) != "सा" && s.w(j+1) != "सी" && s.w(j+1) != "से" {
			who = true
		}
	}
	if !who {
		return false
	}
	for j := k + 1; j < s.sn.b; j++ {
		switch s.w(j) {
		case "?":
			return true
		case "।", "|":
			return false
		}
		// "“उस पर कौन भरोसा करेगा,” X ने कहा": a quote put first
		// closes its question with a comma and the quote mark
		// (session 32).
		if cl.quoted && s.isQuoteTok(j) {
			return true
		}
	}
	return false
}

// readObjectFirst reads a headline or sentence that puts the object
// first and the agent between a frame's noun and its verb: "Y का
// प्रस्ताव X ने ठुकराया", "Y के प्रस्ताव को X ने ठुकरा दिया", "Y की पोल X
// ने खोली". The noun (with को) and the verb after the agent form a frame
// of two or three words that targets the genitive. (FRESH helper, session
// 11; wired by the lead.)
func (a *Analyzer) readObjectFirst(s *sentCtx, ci int, st *storyState) {
	if s.screen&swNe == 0 {
		return
	}
	var agent *chunk
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && c.pron == 0 && s.w(c.at) == "ने" {
			agent = c
			break
		}
	}
	if agent == nil {
		return
	}
	v, n := agent.at+1, agent.tok-1
	if !s.isWord(v) || s.mentionAt(v) || !s.isWord(n) || n <= s.sn.a {
		return
	}
	var buf [3]string
	ws := buf[:0]
	if s.w(n) == "को" {
		ws = append(ws, s.w(n-1), "को")
		n--
	} else {
		ws = append(ws, s.w(n))
	}
	ws = append(ws, s.w(v))
	if !isGenitive(s.w(n - 1)) {
		return
	}
	var owner *chunk
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && c.end == n-1 && c.ent != agent.ent {
			owner = c
		}
	}
	if owner == nil {
		return
	}
	e, m := a.lex.match(ws, 0, entFrame)
	if e == nil || m != len(ws) || !e.frame.targets[mkGen] || e.frame.pol == 0 || e.frame.Symmetric || e.frame.Mutual {
		return
	}
	a.emit(s, st, []int{agent.ent}, []int{owner.ent}, e.frame.pol, e.frame.Kind, a.clauseMood(s, &s.cls[ci], v), e.frame.Weight)
}
