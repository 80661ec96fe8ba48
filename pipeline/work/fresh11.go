package work

import "strings"

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
