package work

import "strings"

// Session 14 (untouched): families read off the misses of the two blind
// dev files of session 13 (dev-outlets-t, dev-contrast-d).

// placeNounJudged14 reports a place noun at j (मंच, प्लेटफॉर्म, खाते …)
// after a genitive that is not where an act happens but the thing the act
// judges or acts on: "Y के एआई प्लेटफॉर्म की तारीफ की", "Y के खाते
// निलंबित कर दिए". It holds when no locative postposition (पर, में, से,
// तक) follows the noun and an act frame follows within three words,
// after at most a genitive or को.
func placeNounJudged14(a *Analyzer, s *sentCtx, j int) bool {
	k := j + 1
	last := k + 2
	switch s.w(k) {
	case "का", "की", "के", "को":
		k++
		last = k + 2
	case "पर":
		// "Y के ऐप पर X की चुटकी": a headline's nominal attack (jibe31.go).
		if a.jibeOnPlace31(s, k) {
			return true
		}
		// "Y के अकाउंट पर पाबंदी लगा दी": an act right after the पर
		// (attach29.go).
		if k, last = onPlaceAct29(s, k); k < 0 {
			return false
		}
	}
	for e := k; e <= last && e < s.sn.b && s.isWord(e); e++ {
		if s.mentionAt(e) {
			return false
		}
		if ent, m := a.matchAt(s, e, entFrame); ent != nil {
			// "Y के अकाउंट निलंबित किए जाने को लेकर मुकदमा": a
			// passive verbal noun names the event, it asserts no act.
			for t := e + m; t <= e+m+1; t++ {
				if s.w(t) == "जाने" || s.w(t) == "जाना" {
					return false
				}
			}
			return a.isAct(s, e, m)
		}
		if s.flag(e)&fwPostposition != 0 {
			return false
		}
	}
	return false
}

// platformCharged14 reports a platform under पर at n that is the target
// of a hostile act later in its own clause, with no other name, no
// posting word and no clause break between: "X ने एक्स पर गलत सूचना
// फैलाने का आरोप लगाया" charges the platform, while "X ने एक्स पर Y की
// आलोचना की" and "X ने एक्स पर पोस्ट कर Y पर निशाना साधा" keep it a place.
// A charge noun itself (आरोप, इल्जाम) charges the platform when no other
// पर comes between (session 15): "X ने एक्स पर धोखाधड़ी का आरोप
// लगाया", "X ने एक्स पर आरोप लगाया कि वह …", also past a long object
// ("… मतदान केंद्रों के बारे में भ्रामक संदेशों को बढ़ावा देने का
// आरोप"); "X ने एक्स पर सरकार पर धांधली का आरोप लगाया" keeps it a place.
// A lawsuit frame sues the platform ("X ने ट्विटर पर मुकदमा किया").
func (a *Analyzer) platformCharged14(s *sentCtx, n int) bool {
	host := s.cid[n-s.sn.a]
	for j := n + 1; j < s.sn.b; j++ {
		if s.cid[j-s.sn.a] != host || !s.isWord(j) || s.mentionAt(j) || s.flag(j)&(fwPostWord|fwKi|fwGenPron|fwTargetPron) != 0 {
			return false
		}
		// "एक्स पर लिखकर …": a conjunctive participle closes the
		// platform's own act (the posting).
		if w := s.w(j); w == "कर" || w == "करके" || strings.HasSuffix(w, "कर") && len(w) > len("कर")+3 {
			return false
		}
		// Another पर names another accused.
		if w := s.w(j); w == "पर" || w == "पे" {
			return false
		}
		// Only a charge of doing something, "Y पर V-ने का आरोप": the
		// infinitive names the platform's deed; or the charge noun.
		if e, m := a.matchAt(s, j, entFrame); e != nil && e.frame.pol < 0 && e.frame.Kind == "lawsuit" && e.frame.targets[mkPar] && a.isAct(s, j, m) {
			// "X ने ट्विटर पर मुकदमा किया", "X ने एक्स पर दायर किया
			// पेटेंट मुकदमा": the platform sued (session 15).
			return true
		}
		if e, m := a.matchAt(s, j, entFrame); e != nil && e.frame.pol < 0 && e.frame.Kind == "accusation" && e.frame.targets[mkPar] && a.isAct(s, j, m) {
			if s.flag(j)&fwCharge != 0 {
				return !namedContent15(s, j)
			}
			return j <= n+8 && j >= n+3 && isGenitive(s.w(j-1)) && strings.HasSuffix(s.w(j-2), "ने") && s.w(j-2) != "ने"
		}
	}
	return false
}

// namedContent15 reports a content clause after the charge noun at j
// whose subject is a name ("X ने एक्स पर आरोप लगाया कि Y …"): the named
// one is charged and the platform stays the place of the words; "… कि
// वह …" charges the platform.
func namedContent15(s *sentCtx, j int) bool {
	for k := j + 1; k < s.sn.b && k <= j+4; k++ {
		if s.flag(k)&fwKi == 0 {
			continue
		}
		for m := k + 1; m < s.sn.b && m <= k+3; m++ {
			if s.mentionAt(m) {
				return true
			}
		}
		return false
	}
	return false
}

// parInAdverbial14 reports a name under पर at n that belongs to a noun
// inside a time adverbial: "Y पर बोली के बाद X ने Z पर आरोप लगाया", "Y पर
// फैसले से पहले": the पर is the noun's (a bid for Y, a ruling on Y), not
// the clause's target. A frame noun there ("Y पर हमले के बाद") is left
// to the frame readers.
func (a *Analyzer) parInAdverbial14(s *sentCtx, n int) bool {
	for j := n + 1; j <= n+2 && j < s.sn.b; j++ {
		if !s.isWord(j) || s.mentionAt(j) || s.flag(j)&fwPostposition != 0 {
			return false
		}
		if e, _ := a.matchAt(s, j, entFrame); e != nil {
			return false
		}
		switch s.w(j+1) + " " + s.w(j+2) {
		case "के बाद", "से पहले", "के पहले", "के दौरान":
			return true
		}
	}
	return false
}

// relAgentBlocked14 reports a relative agent at k (जिन्होंने, जिसने) that
// does not stand for the name c before it: a platform named as the place
// of the words ("X ने एक्स पर लिखा कि …, जिन्होंने …"), a generic relative
// ("जिसने भी", "जिन्होंने भी": whoever), or a correlative demonstrative
// with an untracked noun between ("… उन सांसदों के विरोधियों को …,
// जिन्होंने …": the relative is those people's).
func relAgentBlocked14(s *sentCtx, c chunk, k int) bool {
	if c.mk == mkPlace || s.w(k+1) == "भी" {
		return true
	}
	for j := c.end; j < k-1; j++ {
		switch s.w(j) {
		case "उन", "उस", "ऐसे", "उन्हीं", "उसी":
			if s.isWord(j+1) && !s.mentionAt(j+1) {
				return true
			}
		}
	}
	return false
}

// relAgentNobody14 reports a relative clause opened by a relative agent
// (जिन्होंने, जिसने) that stands for nobody tracked: its act is that
// untracked doer's, not the speaker's.
func relAgentNobody14(s *sentCtx, cl *clause) bool {
	if s.flag(cl.relTok)&fwRelAgent == 0 {
		return false
	}
	for _, c := range s.chunks {
		if c.tok == cl.relTok {
			return c.pron == fwRelAgent && c.ent < 0
		}
	}
	return false
}

// plannedAct14 reports a frame at o whose verb is an infinitive that is
// only weighed, prepared or about to happen: "… का आरोप लगाने पर विचार",
// "… मुकदमा करने की तैयारी/योजना", and "… करने वाला/वाली/वाले है" with a
// time still ahead in its clause ("अगले हफ्ते", "जल्द") — without one,
// "V-ने वाला है" describes ("यह योजना लोगों को सजा देने वाली है").
func (s *sentCtx) plannedAct14(o occurrence) bool {
	ci := s.cid[o.k-s.sn.a]
	for t := o.k + o.n - 1; t <= o.k+o.n+2 && t+2 < s.sn.b; t++ {
		if s.cid[t-s.sn.a] != ci || !s.isWord(t) || s.mentionAt(t) {
			return false
		}
		w := s.w(t)
		if !strings.HasSuffix(w, "ने") || len(w) <= len("ने")+3 || s.flag(t)&fwPostposition != 0 {
			continue
		}
		switch s.w(t+1) + " " + s.w(t+2) {
		case "पर विचार", "की तैयारी", "की तैयारियां", "की योजना", "की तैयारियों":
			return true
		}
		switch s.w(t + 1) {
		case "वाला", "वाली", "वाले":
			switch s.w(t + 2) {
			case "है", "हैं", "था", "थी", "थे":
				return s.timeAhead14(ci)
			}
		}
		return false
	}
	return false
}

// timeAhead14 reports a time still ahead named in clause ci: "अगले
// हफ्ते", "आने वाले दिनों में", "जल्द", "कल".
func (s *sentCtx) timeAhead14(ci int32) bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.cid[k-s.sn.a] != ci {
			continue
		}
		switch s.w(k) {
		case "अगले", "अगली", "अगला", "जल्द", "जल्दी", "शीघ्र", "आगामी":
			return true
		}
	}
	return false
}
