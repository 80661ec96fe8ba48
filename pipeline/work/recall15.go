package work

// Session 15, RECALL helper: families of misses that recur across the
// blind files of sessions 14–15 (dev-outlets-u, -v, -w, dev-contrast-e,
// -f, -g), read in their general form.

// tieMadeByAgent15 reports an agreement noun at o that the content
// clause ci says its agent made ("X ने बताया कि उसने Y के साथ साझेदारी की
// है", "X ने कहा कि उसने Y के साथ संयुक्त उपक्रम बना लिया है", "X के बयान
// में कहा गया कि X ने Y के साथ साझेदारी की है"): a tie made, told by one
// of its makers, is an agreement made (SCHEMA: both directions), not a
// tie affirmed in the speaker's words (speaker → Y only). The agent is
// a name or a pronoun with ने; the frame is followed by a verb of making
// (की/किया, बनाया/बना लिया) that closes the clause, or by an
// announcement (की घोषणा, का ऐलान).
func (s *sentCtx) tieMadeByAgent15(ci int, o occurrence) bool {
	if !s.agreementAt(o) {
		return false
	}
	agent := false
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent && c.tok < o.k && c.ent >= 0 {
			agent = true
		}
	}
	if !agent {
		return false
	}
	k := o.k + o.n
	switch s.w(k) {
	case "की", "का":
		if s.flag(k+1)&fwDecision != 0 {
			return true
		}
		if s.w(k) == "का" {
			return false
		}
	case "किया", "किए", "कीं", "बनाया", "बनाई", "बनाए", "बना":
	default:
		return false
	}
	// The making verb closes the clause: an auxiliary, a completive
	// (बना लिया), then the end.
	for j := k + 1; j < k+4; j++ {
		switch s.w(j) {
		case "है", "हैं", "लिया", "ली", "लिए", "दिया", "दी", "गया", "गई":
			continue
		case "", "।", ",", ".", "और", "!":
			return true
		}
		return false
	}
	return false
}

// bothBetween15 reports दोनों (with its noun: "दोनों कंपनियों") marked
// के बीच among the chunks idx: the pair a relation holds between ("दोनों
// के बीच तीखा झगड़ा हुआ था", "दोनों कंपनियों के बीच करार हुआ है"), not
// the pair acting ("दोनों नेताओं ने विवाद पर चर्चा की") or one a thing
// matters to ("दोनों कंपनियों के लिए").
func (s *sentCtx) bothBetween15(idx []int) bool {
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwBoth && c.mk == mkBetween {
			return true
		}
	}
	return false
}

// campaignHead15 is an officer who heads a campaign (अध्यक्ष, प्रमुख,
// प्रबंधक): "अभियान की अध्यक्ष ने …" is the campaign speaking, as its
// spokesperson (SCHEMA: what X's campaign says for X is X's).
func campaignHead15(w string) bool {
	switch w {
	case "अध्यक्ष", "प्रमुख", "प्रबंधक", "मैनेजर", "चेयरमैन", "निदेशक":
		return true
	}
	return false
}

// relNameHead15 is the name a subject relative "X, जो …" follows, whatever
// postposition X takes in its host after the relative closes ("X, जो Y में
// N लगा चुकी है, को …", "X, जो …, से …"): the relative's subject is X
// (the host's sources hold X only as its agent or subject). -1 when the
// relative has an agent of its own ("X, जो Y ने …" is an object) or no
// tracked name stands before it.
func (s *sentCtx) relNameHead15(cl *clause) int {
	r := cl.relTok
	if r < s.sn.a+2 || s.w(r) != "जो" || s.w(r-1) != "," {
		return -1
	}
	for _, k := range cl.toks {
		if s.w(k) == "ने" {
			return -1
		}
	}
	for i := range s.chunks {
		if c := s.chunks[i]; c.end == r-1 && c.ent >= 0 && c.pron == 0 {
			return c.ent
		}
	}
	return -1
}

// readOccasionGreeting15 reads greetings given on someone's occasion with
// no one greeted by name ("Y के जन्मदिन पर X ने दी शुभकामनाएं", "Y की जीत
// पर X ने बधाई दी", "Y के 50 साल पूरे होने पर X ने बधाई दी"): the one
// whose birthday, win or anniversary it is is greeted, X → Y (praise).
// Not when the clause greets a tracked one by name (को, के लिए: the frame
// reads it), nor on an occasion that is no one's own.
func (a *Analyzer) readOccasionGreeting15(s *sentCtx, ci int, st *storyState) {
	// (Its answer needs a greeting word among the clause's tokens.)
	if s.sentRules()&rwGreet15 == 0 || a.clauseRules(s, ci)&rwGreet15 == 0 {
		return
	}
	cl := &s.cls[ci]
	at := -1
	for _, k := range cl.toks {
		if greetWord15(s.w(k)) {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	ag := a.agentsOf(s, ci)
	if len(ag) != 1 {
		return
	}
	y := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.ent == ag[0] || a.isDeal[c.ent] {
			continue
		}
		if (c.mk == mkKo || c.mk == mkLiye) && !c.possessed {
			return
		}
		if c.mk != mkPar || !c.possessed || c.pron != 0 || c.at > at {
			continue
		}
		for k := c.end + 1; k < c.at; k++ {
			if occasionNoun15(s.w(k)) {
				y = c.ent
			}
		}
	}
	if y < 0 {
		return
	}
	a.add(s, st, ag[0], y, 1, "praise", a.clauseMood(s, cl, at), 1.2)
}

// greetWord15 is a word of greeting or congratulating.
func greetWord15(w string) bool {
	switch w {
	case "बधाई", "बधाइयां", "शुभकामनाएं", "शुभकामना", "मुबारकबाद":
		return true
	}
	return false
}

// occasionNoun15 is an occasion of someone's own (a birthday, a win, an
// anniversary, years completed).
func occasionNoun15(w string) bool {
	switch w {
	case "जन्मदिन", "जन्मदिवस", "वर्षगांठ", "सालगिरह", "जीत", "विजय", "पूरे":
		return true
	}
	return false
}

// mediumNoun15 is a medium whose author, the genitive before it, speaks
// in it ("X की किताब में …": Analyzer.genitive).
func mediumNoun15(w string) bool {
	switch w {
	case "किताब", "भाषण", "पोस्ट", "ट्वीट", "इंटरव्यू", "साक्षात्कार", "लेख", "संबोधन", "ब्लाग", "संस्मरण":
		return true
	}
	return false
}

// recentWord15 is 1 for an adjective of a new or recent medium before its
// noun ("X की नई किताब", "X के हालिया इंटरव्यू"), else 0.
func recentWord15(w string) int {
	switch w {
	case "नई", "नया", "नए", "ताजा", "ताजी", "हालिया":
		return 1
	}
	return 0
}

// qualifiesNoun15 reports a bare name chunk c followed by a noun of a
// matter (topicNoun15) and that noun's postposition ("अडानी मामले पर"):
// the name qualifies the noun, it is not the clause's subject.
func (s *sentCtx) qualifiesNoun15(c *chunk) bool {
	n := c.end
	if c.mk != mkBare || n >= s.sn.b || !s.isWord(n) || s.mentionAt(n) || s.flag(n)&(fwPostposition|fwFinite|fwCopula|fwKi|fwAnd|fwNeg) != 0 {
		return false
	}
	// Only a noun of a matter ("मामले", "मुद्दे" …): "Y संसद में जवाब
	// क्यों नहीं देते" keeps Y the subject.
	return topicNoun15(s.w(n)) && s.flag(n+1)&fwPostposition != 0
}

// noteCharges15 records the owner of the last charge or act (a report, a
// suit: grounding.yaml acts) the sentence names with its owner's genitive
// ("Y के आरोपों पर", "Y की रिपोर्ट के बारे में"; an untracked owner
// records no one): a bare "आरोपों", "रिपोर्ट" later points back to it
// (bareActOwner15).
func (a *Analyzer) noteCharges15(s *sentCtx, st *storyState) {
	// The words this notes have the rule bit rwOwnedAct15 (rules16.go):
	// a sentence without it has none, and in a screened sentence a
	// token's bit, read by its id, answers the test below.
	if s.sentRules()&rwOwnedAct15 == 0 {
		return
	}
	byID, ro := s.rulesKept(), a.ruleOf
	for k := s.sn.a + 1; k < s.sn.b; k++ {
		if byID {
			if ro[s.wid[k-s.sn.a]]&rwOwnedAct15 == 0 {
				continue
			}
		} else if key := a.actKey(s, k); s.flag(k)&fwCharge == 0 && (key == "" || key == "decision") {
			continue
		}
		// The genitive a few words before ("हिंडनबर्ग की नई रिपोर्ट").
		g := -1
		for j := k - 1; j >= s.sn.a && j >= k-3; j-- {
			if isGenitive(s.w(j)) {
				g = j
				break
			}
			if !s.isWord(j) || s.flag(j)&fwPostposition != 0 {
				break
			}
		}
		if g < 0 {
			// "Y के बंदरगाह ठेकों से जुड़े आरोपों" (reject34.go).
			if y := s.ownerBack34(k); y >= 0 && !a.isDeal[y] {
				st.chargeBy15 = y + 1
			}
			continue
		}
		// ("Y के आरोपों की खबर": news of a charge keeps the charge's
		// owner; session 34.)
		if s.flag(g-1)&fwCharge != 0 {
			continue
		}
		// (An owner untracked, "हिंडनबर्ग के आरोपों", is the last
		// one too: no one tracked.)
		st.chargeBy15 = 0
		for _, c := range s.chunks {
			if c.end == g && c.ent >= 0 && !a.isDeal[c.ent] {
				st.chargeBy15 = c.ent + 1
			}
		}
	}
}

// bareActOwner15 is, for a calling word at k whose को-object is a bare
// charge or act noun a few words before ("आरोपों को 'साजिश' करार दिया",
// "रिपोर्ट को 'मनगढ़ंत' बताया") — no owner, no demonstrative — the owner
// of the last such charge or act (noteCharges15) the story
// named with its owner; -1 if none.
func (a *Analyzer) bareActOwner15(s *sentCtx, st *storyState, k int) int {
	for j := k - 1; j > s.sn.a+1 && j >= k-10; j-- {
		if s.w(j) != "को" {
			continue
		}
		n := j - 1
		if p := s.w(n - 1); isGenitive(p) || demonstrative(p) || p == "उस" || p == "उन" || s.flag(n-1)&fwGenPron != 0 {
			return -1
		}
		if key := a.actKey(s, n); s.flag(n)&fwCharge != 0 || key != "" && key != "decision" {
			return st.chargeBy15 - 1
		}
		return -1
	}
	return -1
}
