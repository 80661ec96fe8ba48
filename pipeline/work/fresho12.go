package work

import "github.com/khabar/khabar/internal/hindi"

// Session 12, FRESH-O helper: constructions read on a blind outlet file
// nobody had tuned on (dev-outlets-o).

// coordPartners reads a relation frame whose one agent has several
// partners coordinated under one के साथ/से ("X ने A और B के साथ
// साझेदारी की", "X ने A, B और C से करार किया", "X ने A और B के साथ
// करार तोड़ दिया"): the agent and each partner, not the partners with
// each other. An alliance binds both ways (and a person's company when
// the story names it, as for one partner); any other relation runs from
// the agent to each partner. It reports whether it read the frame.
func (a *Analyzer) coordPartners(s *sentCtx, st *storyState, ci int, o occurrence, pol int8, kind, mood string, weight float64) bool {
	ag := a.agentsOf(s, ci)
	if len(ag) != 1 || a.isDeal[ag[0]] {
		return false
	}
	var parts []int
	group := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= o.k || c.ent < 0 || c.ent == ag[0] {
			continue
		}
		if c.mk != mkSaath && c.mk != mkSe {
			continue
		}
		if a.isDeal[c.ent] || c.pron != 0 || group >= 0 && c.group != group {
			return false
		}
		group = c.group
		parts = appendNew(parts, c.ent)
	}
	if len(parts) < 2 {
		return false
	}
	// "X ने किया A का ऐलान, B और C से नए करार": a verbless headline
	// conjunct after a comma lists deals, it does not say X made them.
	agTok := -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent == ag[0] {
			agTok = c.end
			break
		}
	}
	for j := agTok; j >= 0 && j < o.k; j++ {
		if s.w(j) == "," {
			return false
		}
	}
	// The partners' postposition is their own, right before the frame
	// or its modifiers: "A और B के साथ (अलग-अलग) साझेदारी".
	for _, p := range parts {
		if pol > 0 && kind == "alliance" {
			a.add(s, st, ag[0], p, pol, kind, mood, weight)
			a.add(s, st, p, ag[0], pol, kind, mood, weight)
			if z := a.ownOrg(st, ag[0]); a.isPerson[ag[0]] && z >= 0 && z != p && !a.isPerson[p] {
				a.add(s, st, z, p, pol, kind, mood, weight)
				a.add(s, st, p, z, pol, kind, mood, weight)
			}
			continue
		}
		a.add(s, st, ag[0], p, pol, kind, mood, weight)
	}
	return true
}

// topicGap reads a topic phrase written between a genitive and the noun
// it owns ("Y का एआई को लेकर नजरिया प्रेरक है", "Y की व्यापार के बारे में
// सोच बेहद साफ है", "Y का भारत के प्रति रवैया सकारात्मक है"): the
// postposition at token j opens the topic, and a plain noun after it
// that an evaluation follows within a few words is the owner's. It
// returns the token of that noun, -1 when the words are no such gap (the
// topic's noun is then the possessed one, as before). A पर topic is left
// out: पर is as often the act's own object or "but".
func (a *Analyzer) topicGap(s *sentCtx, j int) int {
	var nn int
	switch w := s.w(j); {
	case w == "को" && s.flag(j+1)&fwAbout != 0:
		nn = j + 2
	case w == "के" && (s.w(j+1) == "प्रति" || s.w(j+1) == "बारे" && s.w(j+2) == "में"):
		nn = j + 2
		if s.w(j+1) == "बारे" {
			nn++
		}
	default:
		return -1
	}
	if nn >= s.sn.b || !s.isWord(nn) || s.mentionAt(nn) || s.inMention(nn) || s.flag(nn)&(fwPostposition|fwFinite|fwCopula|fwSubjPron|fwAgentPron|fwGenPron|fwTargetPron|fwRoleNoun|fwPlaceNoun|fwTemporal|fwTimeNoun|fwKi|fwAnd|fwNeg) != 0 {
		return -1
	}
	if e, _ := a.matchAt(s, nn, entFrame); e != nil {
		return -1
	}
	// "Y की यूक्रेन को लेकर नीति की आलोचना": the noun's own genitive
	// before an act.
	if isGenitive(s.w(nn+1)) && nn+2 < s.sn.b {
		if e, _ := a.matchAt(s, nn+2, entFrame); e != nil {
			return nn
		}
	}
	for q := nn + 1; q <= nn+4 && q < s.sn.b; q++ {
		// "Y की नीतियों को लेकर फैलाई जा रही बातें बेबुनियाद हैं": a
		// participle after the topic qualifies another noun.
		if participleAux12(s.w(q)) {
			return -1
		}
		if !s.isWord(q) || s.mentionAt(q) || s.flag(q)&(fwPostposition|fwFinite) != 0 {
			return -1
		}
		if e, _ := a.matchAt(s, q, entEval); e != nil {
			return nn
		}
	}
	return -1
}

// participleAux12: an auxiliary or participle ending that makes the word
// before it a verb form ("फैलाई जा रही", "लगाई गई", "करने वाली").
func participleAux12(w string) bool {
	switch w {
	case "जा", "गई", "गए", "गया", "गयी", "रही", "रहे", "रहा", "हुई", "हुए", "हुआ", "वाली", "वाले", "वाला":
		return true
	}
	return false
}

// labelSlack12 reports a token inside a calling label that is no word of
// its judgement: the quote marks around it and the वाला that heads a
// compound label ("Y को 'तानाशाही प्रवृत्ति वाला नेता' बताया/लिखा").
func labelSlack12(s *sentCtx, j int) bool {
	switch s.w(j) {
	case "वाला", "वाली", "वाले":
		return true
	}
	return s.isQuoteTok(j)
}

// quotedPredicate12 reports a quote [open, end] that is the predicate of
// the content clause it stands in: कि, a bare subject, then the quoted
// words up to the clause's own verb ("X ने लिखा कि Y 'सालों से लोगों
// को धोखा दे रहा था'", "… कि Y 'देश को हर दिन गुमराह कर रहे हैं' और
// …"). The quote is the writer's marking of X's words, not a speech of
// its own: its words stay in the clause with their subject.
func quotedPredicate12(f *field, sn *sentence, fl []uint64, open, end int) bool {
	if open-2 <= sn.a || end-open < 3 || f.toks[open-1].Kind != hindi.Word {
		return false
	}
	// The verb closes the quote.
	if fl[end-1-sn.a]&(fwFinite|fwCopula) == 0 {
		return false
	}
	// After it the clause ends.
	if end+1 < sn.b {
		switch f.words[end+1] {
		case "।", ".", ",", "और", "!":
		default:
			return false
		}
	}
	// कि a few words before, with no verb or postposition of the
	// subject's own between.
	ki := false
	for j := open - 1; j >= sn.a && j >= open-5; j-- {
		if fl[j-sn.a]&fwKi != 0 {
			ki = j < open-1
			break
		}
		if fl[j-sn.a]&(fwFinite|fwCopula|fwPostposition) != 0 || f.toks[j].Kind != hindi.Word {
			return false
		}
	}
	if !ki {
		return false
	}
	for j := open + 1; j < end; j++ {
		if fl[j-sn.a]&fwKi != 0 || isQuote(f.words[j]) {
			return false
		}
		switch f.words[j] {
		case "।", "?", "!", ".", ":":
			return false
		}
	}
	return true
}

// lastingTie12 reports a tie in someone's words that its future verb of
// staying and an "always" make a lasting state, not a plan: "वह और Y
// हमेशा दोस्त रहेंगे", "मैं सदा उनका दोस्त रहूंगा", "हम हमेशा साथी
// बने रहेंगे".
func (s *sentCtx) lastingTie12(ci int, o occurrence) bool {
	cl := &s.cls[ci]
	if cl.kind != ckContent || cl.futTok < o.k || !keepFuture(s.w(cl.futTok)) {
		return false
	}
	for _, k := range cl.toks {
		if k >= cl.futTok {
			break
		}
		switch s.w(k) {
		case "हमेशा", "सदा", "सदैव", "हमेशा-हमेशा", "आजीवन", "उम्रभर":
			return true
		}
	}
	return false
}

// quoteClosedBefore12 reports a closing quote and a comma right before
// token k ("X बोले- 'ओरेकल हमारा साथी', Y ने उड़ाया मजाक"): in a content
// clause that has no words of its own yet, the quote was all of them, and
// a name with ने after the comma is a new subject, not in the words.
func quoteClosedBefore12(f *field, sn *sentence, k int) bool {
	return k-2 > sn.a && f.words[k-1] == "," && isQuote(f.words[k-2])
}

// versusSameSide12 reports a "बनाम" frame whose two parties stand on the
// same side of it ("X और Y बनाम Z-W: …"): names coordinated on one side
// of a contest are allies in it, not rivals.
func (s *sentCtx) versusSameSide12(ci int, o occurrence, ids []int) bool {
	if s.class(o.k)&cwVersus == 0 {
		return false
	}
	if len(ids) != 2 {
		return false
	}
	// One side's list ends right at the word ("X और Y बनाम"), or the
	// other side's starts right after it ("बनाम X और Y").
	before, after, touch := 0, 0, false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent != ids[0] && c.ent != ids[1] {
			continue
		}
		if c.tok < o.k {
			before++
		} else {
			after++
		}
		touch = touch || c.end == o.k || c.tok == o.k+o.n
	}
	return touch && (before == 0 || after == 0)
}

// commaObjectBetween12 reports a comma in [from, to) followed by a word
// before to ("Y की सराहना, फैक्ट-चेकिंग खत्म करने को कहा …"): a flipper
// after it ends a new object, not the frame before the comma.
func (s *sentCtx) commaObjectBetween12(from, to int) bool {
	for j := from; j < to-1; j++ {
		// (", जो … थी, खत्म कर दी": a relative clause between.)
		if s.w(j) == "," && s.isWord(j+1) && s.flag(j+1)&(fwRel|fwRelAgent) == 0 {
			return true
		}
	}
	return false
}

// skipFiled12 steps back over the participle of filing or pending
// before token j+1 ("दायर", "दाखिल किए गए", "चल रहे"): what stands before
// it is the suit's defendant ("Y पर दायर X के मुकदमे", "Y के खिलाफ चल
// रहे X के मुकदमे").
func (s *sentCtx) skipFiled12(j int) int {
	for n := 0; n < 4 && j > s.sn.a; n++ {
		switch s.w(j) {
		case "दायर", "दाखिल", "किए", "किये", "किया", "गए", "गये", "गया", "रहे", "रहा", "चल", "चलाए", "चलाया":
			j--
			continue
		}
		break
	}
	return j
}

// infinitiveOwner12 reads "X की ओर से / X द्वारा <object> <verb>-ने के
// फैसले/ऐलान …" from token j: X is the one whose decision the noun names
// ("Y ने X की ओर से कार्यक्रम खत्म करने के फैसले का स्वागत किया"), so X
// takes the decision noun's postposition as its owner, not the agent's.
func (a *Analyzer) infinitiveOwner12(s *sentCtx, j int) (mk marker, at, head int, ok bool) {
	for t := j; t < s.sn.b-2 && t <= j+7; t++ {
		if s.w(t) == "-" {
			continue // "फैक्ट-चेकिंग"
		}
		if !s.isWord(t) || s.mentionAt(t) {
			return 0, 0, 0, false
		}
		w := s.w(t)
		if len(w) <= len("ने")+3 || w[len(w)-len("ने"):] != "ने" || s.flag(t)&fwPostposition != 0 {
			continue
		}
		if !isGenitive(s.w(t+1)) || s.flag(t+2)&fwDecision == 0 {
			return 0, 0, 0, false
		}
		mk, at, head, _ = a.genitive(s, t+1, 1)
		switch mk {
		case mkKo, mkPar, mkSe, mkKhilaf, mkGen, mkBare:
			return mk, at, head, true
		}
		return 0, 0, 0, false
	}
	return 0, 0, 0, false
}

// byWhomSe12 reports a से at token j, inside a possessed noun group,
// that names who is to do the act right after it ("Y के लेन-देन की
// संसदीय समिति से जांच कराने की मांग", "Y की सीबीआई से जांच की
// मांग"): an act that takes its target by the genitive and none by से.
func (a *Analyzer) byWhomSe12(s *sentCtx, j int) bool {
	if j+1 >= s.sn.b || !s.isWord(j+1) || s.mentionAt(j+1) {
		return false
	}
	e, _ := a.matchAt(s, j+1, entFrame)
	if e == nil || e.frame == nil {
		return false
	}
	fr := e.frame
	return fr.pol < 0 && fr.targets[mkGen] && !fr.targets[mkSe]
}

// neitherBefore12 reports "न" or "न तो" right before token k: "Y के पास
// न तो जनादेश है और न ही जानकारी", "Y में न हिम्मत है न समझ" — the
// quality lacked, whatever copula follows it.
func neitherBefore12(s *sentCtx, k int) bool {
	switch {
	case s.w(k-1) == "न":
		return true
	case s.w(k-1) == "तो" && s.w(k-2) == "न":
		return true
	case s.w(k-1) == "कोई" && s.w(k-2) == "न": // "न कोई विजन था, न कोई योजना" (session 30)
		return true
	}
	return false
}

// lackOnly12: qualities read only when lacked ("Y के पास न अनुभव है न
// जानकारी"); having them ("Y के पास इस बारे में जानकारी है") is a fact,
// no praise.
func lackOnly12(w string) bool {
	switch w {
	case "अनुभव", "ज्ञान", "जानकारी", "जनादेश":
		return true
	}
	return resourceNoun13(w)
}
