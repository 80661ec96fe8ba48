package work

import "strings"

// memberRelative32 reports a partner noun said as the predicate of a
// locative relative clause with no agent of its own ("X ने स्टारगेट
// परियोजना का ऐलान किया, जिसमें A, B और C साझेदार हैं"): the clause
// tells who is a member of the thing the host names, not what the host's
// agent calls them, so no praise from X (SCHEMA: co-members of a project
// are allied pairwise; its announcer gets no stance from membership).
// A relative with its own agent or a calling verb ("जिसमें उन्होंने Y को
// साझेदार बताया") is a judgement and stays; so is a host whose agent made
// the thing ("Z ने नई कंपनी बनाई है, जिसमें Y साझेदार होंगे": Z forms it
// with Y, an alliance read by the praise as before).
func (s *sentCtx) memberRelative32(ci int, o occurrence) bool {
	cl := &s.cls[ci]
	if cl.kind != ckRel || cl.relTok < 0 {
		return false
	}
	switch s.w(cl.relTok) {
	case "जिसमें", "जिनमें":
	default:
		return false
	}
	if s.class(o.k)&cwPartnerNoun24 == 0 {
		return false
	}
	j := o.k + o.n
	if s.w(j) == "भी" || s.w(j) == "ही" {
		j++
	}
	switch s.w(j) {
	case "है", "हैं", "था", "थी", "थे", "होगा", "होगी", "होंगे", "बने", "बनी", "बना", "बनेंगे", "रहेंगे", "रहे":
	default:
		return false
	}
	for _, i := range s.inClause(ci) {
		if s.chunks[i].mk == mkAgent {
			return false
		}
	}
	for _, k := range cl.toks {
		if s.flag(k)&fwCall != 0 {
			return false
		}
	}
	if cl.parent >= 0 {
		for _, k := range s.cls[cl.parent].toks {
			switch w := s.w(k); {
			case strings.HasPrefix(w, "बना"), w == "गठन", w == "गठित", w == "स्थापना", w == "स्थापित":
				return false
			}
		}
	}
	return true
}

// participleLink32 reports a clause that holds only a participle link of
// a chain and no agent of its own ("आंकड़े गिनाते हुए और", "… का जिक्र
// करते हुए,"): its last word before a closing comma or और is "…ते हुए".
// The main clause after a chain of such links ("X ने सभा को संबोधित
// करते हुए, आंकड़े गिनाते हुए और मामलों का जिक्र करते हुए Y पर हमला
// बोला") keeps the agent of the clause before the chain (sources,
// stance.go).
func (s *sentCtx) participleLink32(ci int) bool {
	toks := s.cls[ci].toks
	n := len(toks)
	for n > 0 && (s.w(toks[n-1]) == "," || s.w(toks[n-1]) == "और") {
		n--
	}
	if n < 2 || n == len(toks) {
		return false
	}
	k := toks[n-1]
	if w := s.w(k); w != "हुए" && w != "हुये" || !strings.HasSuffix(s.w(k-1), "ते") {
		return false
	}
	for _, i := range s.inClause(ci) {
		if s.chunks[i].mk == mkAgent {
			return false
		}
	}
	for _, k := range toks[:n-2] {
		if s.flag(k)&(fwFinite|fwKi|fwSpeech) != 0 {
			return false
		}
	}
	return true
}

// dealMadeBack32 reports a deal noun at o told as made in the pluperfect
// ("दोनों कंपनियों के बीच पिछले साल यह करार हुआ था", "… यह साझेदारी
// पिछले साल हुई थी"): a deal presupposed as done counts (SCHEMA) even
// when a demonstrative points back to the deal just ended, so
// pointedBack23 does not drop it. A deal only talked of before ("यह करार
// पिछले साल चर्चा में आया था") stays dropped.
func (s *sentCtx) dealMadeBack32(o occurrence) bool {
	for j := o.k + o.n; j < s.sn.b && j <= o.k+o.n+5; j++ {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
		switch s.w(j) {
		case "हुआ", "हुई", "हुए", "किया", "किए", "की":
			switch s.w(j + 1) {
			case "था", "थी", "थे":
				return true
			}
			return false
		}
		if s.flag(j)&(fwFinite|fwCopula|fwKi|fwSpeech) != 0 {
			return false
		}
	}
	return false
}

// jibeOnDoer32 finds whom a headline's jibe with an agent and no object
// is on after a clause whose ने-agent did something to a thing another
// person owns ("A ने B के अभियान को दिए 70 लाख डॉलर, C ने कसा तंज"):
// the jibe answers the news, so it is on its doer A. -1 unless the
// clause before has exactly one tracked ने-agent (not C) and every other
// tracked name in it is an owner of a thing (possessed), and there is
// one; a person the deed acts on directly ("A ने B को दिए …") or a deed
// with no owner named ("A ने जुटाया चंदा, C ने उड़ाया मज़ाक": the body
// tells whom C mocks) leaves the jibe unread.
func (s *sentCtx) jibeOnDoer32(pi, src int) int {
	doer, owned := -1, false
	for _, i := range s.inClause(pi) {
		c := s.chunks[i]
		if c.ent < 0 || c.ent == src {
			continue
		}
		if c.pron != 0 {
			return -1
		}
		if c.mk == mkAgent {
			if doer >= 0 && doer != c.ent {
				return -1
			}
			doer = c.ent
			continue
		}
		if !c.possessed {
			return -1
		}
		owned = true
	}
	if !owned {
		return -1
	}
	return doer
}

// whenever32 reports "जब चाहे/चाहें" (whenever one likes) at k: an
// adverb of the clause it stands in ("X ने कहा कि Y जब चाहें भारत को
// धमकाते हैं"), not a relative time clause (clauses, clause.go).
func whenever32(f *field, sn *sentence, k int) bool {
	if f.words[k] != "जब" || k+1 >= sn.b {
		return false
	}
	switch f.words[k+1] {
	case "चाहे", "चाहें", "चाहा", "चाहो":
		return true
	}
	return false
}

// partisanBody32 reads "Y समर्थक <body> (up to two name words) पर/को"
// at n, the word after Y ("X ट्रंप समर्थक समिति अमेरिका पैक पर करोड़ों
// डॉलर खर्च कर चुके हैं", "X ने हैरिस समर्थक संगठन को चंदा दिया"): a
// body (tied_bodies) that backs Y, whose पर/को passes to Y as to the owner
// of a possessed noun (chunk.go; as "Y के अभियान पर") when money or
// backing is given to it. ok is false for any other shape (then "Y
// समर्थक" qualifies other people: partisanNoun).
func (s *sentCtx) partisanBody32(n int) (mk marker, at int, ok bool) {
	if s.w(n) != "समर्थक" || s.class2(n+1)&cwTiedBody31 == 0 {
		return 0, 0, false
	}
	// Only for money or backing given to the body (backing_deeds within
	// eight words after it): an attack on a body of Y's backers is no
	// attack on Y.
	backed := func(j int) bool {
		for k := j + 1; k <= j+8 && k < s.sn.b; k++ {
			if s.class2(k)&cwBackingDeed29 != 0 {
				return true
			}
		}
		return false
	}
	for j := n + 2; j <= n+4 && j < s.sn.b; j++ {
		switch s.w(j) {
		case "पर":
			return mkPar, j, backed(j)
		case "को":
			return mkKo, j, backed(j)
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&(fwPostposition|fwFinite|fwCopula|fwBreak) != 0 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}
