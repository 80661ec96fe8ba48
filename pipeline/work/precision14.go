package work

import "strings"

// Session 14 precision rules (PRECISION helper): stances the engine
// asserted on dev that SCHEMA does not give.

// replyWords14 reports a retort ("जवाब में", "पलटवार करते हुए") whose
// own clause goes on to frame a content clause — the reply's words
// ("इसके जवाब में नडेला ने लिखा कि …", "मस्क ने जवाब में दावा किया कि
// …") with no hostile word anywhere in the sentence: a boast or a quip
// is no stance (SCHEMA: a reply, restraint or quip is neutral). With a
// hostile word the retort still answers the attacker, whose name the
// words may leave out ("जवाब में लिखा कि प्रधानमंत्री डर गए हैं").
func (a *Analyzer) replyWords14(s *sentCtx, ci int, o occurrence, src int) bool {
	if ci < 0 || ci >= len(s.cls) || !s.saysWords(ci) {
		return false
	}
	// Words that name someone tracked (by name, title or pronoun) may
	// judge him in a way the lexicon does not know ("कहा कि मस्क एक
	// 'दुखी इंसान' हैं"): the retort stands.
	for _, c := range s.chunks {
		if c.tok <= o.k+o.n || c.clause == ci {
			continue
		}
		// The replier's own company is his boast's subject, not a target.
		own := c.ent == src || a.tiedBoth(s.st, src, c.ent)
		if c.ent >= 0 && !own || c.pron != 0 {
			return false
		}
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		if k >= o.k && k < o.k+o.n || s.w(k) == "दावा" {
			continue
		}
		if a.hostileAt(s, k) && !a.deniedAt34(s, k) {
			return false
		}
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if k < o.k+o.n {
			continue
		}
		if s.flag(k)&fwSpeech != 0 || s.w(k) == "दावा" {
			return true
		}
	}
	return false
}

// rebuttedCritic14 reports "Y की आलोचना बेबुनियाद है" said by one Y has
// attacked earlier in the story (or by someone of his organisation):
// the criticism is Y's, and judging it baseless rejects it — no stance
// (SCHEMA), not a defence of Y. ("X ने कहा कि Y की आलोचना अनुचित है"
// with Y never hostile to X stays X's defence of Y.)
func (a *Analyzer) rebuttedCritic14(s *sentCtx, ci int, o occurrence, st *storyState) bool {
	y := -1
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == o.k-1 && c.ent >= 0 && c.pron == 0 && isGenitive(s.w(o.k-1)) {
			y = c.ent
		}
	}
	if y < 0 {
		return false
	}
	for _, x := range a.speakers(s, ci, st, nil) {
		if by, ok := st.attackedBy[x]; ok && by == y {
			return true
		}
		for p := range a.affil {
			if p[0] == x {
				if by, ok := st.attackedBy[p[1]]; ok && by == y {
					return true
				}
			}
		}
	}
	return false
}

// relatedTo14 is the participle "जुड़े/जुड़ी/जुड़ा" (related to) that
// makes "Y से" a qualifier of the noun after it.
func relatedTo14(w string) bool {
	switch w {
	case "जुडे", "जुडी", "जुडा":
		return true
	}
	return false
}

// questionTopic14 reports a frame that names the topic of a question
// put to someone ("Y का बचाव करने के सवाल पर X ने कहा …", "Y का समर्थन
// करने के सवाल पर …"): the act is what was asked about, no one's stance.
func (s *sentCtx) questionTopic14(o occurrence) bool {
	j := o.k + o.n
	switch s.w(j) {
	case "करने", "किए", "किये", "देने", "दिए":
		j++
		if s.w(j) == "जाने" {
			j++
		}
	}
	if s.w(j) != "के" {
		return false
	}
	return questionNoun20(s.w(j+1)) && s.w(j+2) == "पर"
}

// outletNoun14 is a noun of an interview or a show that a name before
// it ("एक्सियोस इंटरव्यू में") hosts.
func outletNoun14(w string) bool {
	switch w {
	case "इंटरव्यू", "साक्षात्कार", "पाडकास्ट", "इंटरव्यूज":
		return true
	}
	return false
}

// praiseUndone14 reports a praising word (a tie noun like साझेदार) that
// does not praise the one it is said of:
//   - a former tie ("पूर्व साझेदार"): the tie is over, no stance;
//   - a tie to something damned: "इस विफल योजना के साझेदार", "Y के
//     झूठ का सबसे बड़ा साथी" — its genitive complement (past "सबसे
//     बड़ा") is, or has before it, a hostile word.
func (a *Analyzer) praiseUndone14(s *sentCtx, o occurrence) bool {
	j := o.k - 1
	if j < s.sn.a {
		return false
	}
	if s.w(j) == "पूर्व" {
		return true
	}
	for j > s.sn.a && (s.w(j) == "सबसे" || strings.HasPrefix(s.w(j), "बड")) {
		j--
	}
	if !isGenitive(s.w(j)) || j-1 < s.sn.a {
		return false
	}
	// The complement's head and an adjective before it ("विफल योजना
	// के"), not past a name.
	for k := j - 1; k >= j-2 && k >= s.sn.a && !s.mentionAt(k) && !s.inMention(k); k-- {
		if a.hostileAt(s, k) {
			return true
		}
	}
	return false
}

// formerStaff14 reports "पूर्व" and a noun of people serving an
// organisation at k ("पूर्व कर्मचारियों", "पूर्व अधिकारी"): the former
// staff of Y are not Y.
func formerStaff14(s *sentCtx, k int) bool {
	if s.w(k) != "पूर्व" {
		return false
	}
	w := s.w(k + 1)
	for _, p := range []string{"कर्मचारी", "कर्मचारियों", "अधिकारी", "अधिकारियों", "इंजीनियर", "इंजीनियरों", "शोधकर्ता", "शोधकर्ताओं"} {
		if w == p {
			return true
		}
	}
	return false
}
