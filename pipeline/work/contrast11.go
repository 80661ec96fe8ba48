package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 11 (contrast): general constructions behind the contrast
// families (rupture, withdrawal, quote, epithet, deed, rejection,
// de-escalation). Each rule reads a construction in general form; the
// paradigms in contrast11_test.go vary its verb, tense, gender, number,
// order and distance.

// threatObject: a threat or warning whose content is an act on Y ("X ने
// Y पर प्रतिबंध लगाने की धमकी दी", "Y के खिलाफ कार्रवाई की चेतावनी",
// "Y की कंपनियों के खिलाफ जांच की धमकी") threatens Y: the nearest name
// under पर or के खिलाफ before the frame, when only words of the act
// stand between it and the "की" that ties the act to the threat noun.
// Called by targetsOf when a threat frame found no target of its own.
func (a *Analyzer) threatObject(s *sentCtx, ci, at int, srcs []int, out []int) []int {
	if at-1 <= s.sn.a || s.w(at-1) != "की" || !givenAfter(s, at) {
		return out
	}
	idx := s.inClause(ci)
	for j := len(idx) - 1; j >= 0; j-- {
		c := &s.chunks[idx[j]]
		if c.tok >= at {
			continue
		}
		if c.mk != mkPar && c.mk != mkKhilaf {
			// The nearest chunk before the threat must be its object:
			// "Y से मिलकर Z पर … की धमकी" is about Z, never Y.
			if c.ent >= 0 || c.pron != 0 {
				return out
			}
			continue
		}
		if c.ent < 0 || c.pron != 0 || containsInt(srcs, c.ent) {
			return out
		}
		// Only the act's words between: a noun, an infinitive, an
		// adjective (at most five), no name, no punctuation.
		n := 0
		for k := c.at + 1; k < at-1; k++ {
			if !s.isWord(k) || s.mentionAt(k) || s.w(k) == "कि" || s.w(k) == "और" {
				return out
			}
			n++
		}
		if n == 0 || n > 5 {
			return out
		}
		return append(out, c.ent)
	}
	return out
}

// askedPassive: "X से (Y के बारे में) पूछा गया/सवाल किया गया" — in a
// sentence with no one acting, the one asked (X, under से) is the one who
// answers next ("… पूछा गया। उन्होंने कहा, …"), as with an untracked
// asker ("X से बीबीसी ने पूछा"). Called by remember.
func (a *Analyzer) askedPassive(s *sentCtx, e int) bool {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != e || c.mk != mkSe || c.pron != 0 {
			continue
		}
		for k := c.at + 1; k+1 < s.sn.b; k++ {
			if w := s.w(k); (w == "सवाल" || w == "सवालों") && (s.w(k+1) == "किया" || s.w(k+1) == "किए") {
				return true
			}
		}
		return a.wordBetween(s, c.at+1, s.sn.b, ncAsk)
	}
	return false
}

// givenAfter: the threat noun at k is given, a form of दे right after it
// ("धमकी दी/दे दी/देते हुए/दी है"); a verbless headline fragment ("Y पर
// मुकदमे की धमकी") is left to the readers of headlines.
func givenAfter(s *sentCtx, k int) bool {
	for j := k + 1; j < s.sn.b && j <= k+2; j++ {
		switch s.w(j) {
		case "दी", "दीं", "दे", "दिया", "दिए", "देते", "देती", "देता", "देकर":
			return true
		}
	}
	return false
}

// runFor11: a campaign run for someone (the beneficiary of money
// spent on it).
func runFor11(w string) bool {
	switch w {
	case "अभियान", "अभियानों", "प्रचार", "प्रचार-अभियान", "कैंपेन", "मुहिम", "रैली", "रैलियों":
		return true
	}
	return false
}

// spendVerb reports a verb of spending or raising money at token k:
// खर्च कर-/कि-, बहा- (not बहाने, excuses), जुटा- (not the infinitive),
// इकट्ठा कर-/कि-, and the verbs of placing (placeVerb: लगा-, झोंक-, …).
func (s *sentCtx) spendVerb(k int) bool {
	w := s.w(k)
	switch {
	case w == "खर्च" || w == "इकट्ठा" || w == "इकट्ठे":
		nx := s.w(k + 1)
		return strings.HasPrefix(nx, "कि") || nx == "की" || nx == "कीं" || strings.HasPrefix(nx, "कर") && nx != "करने" && nx != "करना"
	case strings.HasPrefix(w, "बहा"):
		return w != "बहाना" && w != "बहाने" && w != "बहानों"
	case strings.HasPrefix(w, "जुटा"):
		return w != "जुटाना" && w != "जुटाने"
	}
	return s.placeVerb(k)
}

// readCampaignSpend: money spent or raised for Y's campaign is support
// by deed, X → Y ("X ने Y के अभियान में N डॉलर खर्च किए", "X ने Y के
// चुनाव अभियान पर पानी की तरह पैसा बहाया", headline "Y के प्रचार में X ने
// झोंके N डॉलर", "Y की रैलियों के लिए X ने रकम जुटाई"): the ने-agent of
// the clause, the person owning the campaign noun under में/पर/के लिए, a
// sum or a money noun after it, a verb of spending or raising. Only a
// person's campaign (a company's campaign is an advertisement).
func (a *Analyzer) readCampaignSpend(s *sentCtx, ci int, st *storyState) {
	if s.screen&swMoney == 0 || !s.entWith(ci, 1<<mkAgent) {
		return // every reading needs a moneyWord, and the clause's ने-agent X
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if !runFor11(s.w(k)) {
			continue
		}
		g := k - 1
		if w := s.w(g); w == "चुनाव" || w == "चुनावी" {
			g--
		}
		if !isGenitive(s.w(g)) {
			continue
		}
		e := k
		for runFor11(s.w(e + 1)) {
			e++
		}
		if p := s.w(e + 1); p != "में" && p != "पर" && !(p == "के" && s.w(e+2) == "लिए") {
			continue
		}
		y, x := -1, -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			switch {
			case c.ent >= 0 && c.pron == 0 && c.end == g && a.isPerson[c.ent]:
				y = c.ent
			case c.ent >= 0 && c.mk == mkAgent && s.w(c.at) == "ने" && x < 0:
				x = c.ent
			}
		}
		if y < 0 || x < 0 || x == y {
			continue
		}
		// The sum is the verb's object: right before it ("N डॉलर खर्च
		// किए", "पैसा बहाया", "N तक जुटाए") or, verb first in a headline,
		// right after it ("झोंके N डॉलर"); not a levy or a charge named
		// by another noun ("N डॉलर का जुर्माना लगाया").
		v := -1
		for _, j := range cl.toks {
			if j <= e || !s.spendVerb(j) {
				continue
			}
			if moneyWord(s.w(j-1)) || s.w(j-1) == "तक" && moneyWord(s.w(j-2)) || s.moneyAfter(j) {
				v = j
				break
			}
		}
		if v < 0 {
			continue
		}
		a.add(s, st, x, y, 1, "donation", a.clauseMood(s, cl, v), 1.0)
		return
	}
}

// moneyAfter: a sum right after the verb at k, its words numbers and
// money words only ("झोंके 20 करोड़ डॉलर").
func (s *sentCtx) moneyAfter(k int) bool {
	for j := k + 1; j < s.sn.b && j <= k+4; j++ {
		w := s.w(j)
		if moneyWord(w) {
			return true
		}
		if w == "" || w[0] < '0' || w[0] > '9' {
			return false
		}
	}
	return false
}

// ownedCharge: the act at o is a charge owned by a tracked name in the
// genitive right before it ("Y के आरोप बेबुनियाद हैं", "Y का दावा गलत
// है"): judging it baseless rejects Y's charge (no stance, SCHEMA), it
// defends no one — least of all its author.
func (s *sentCtx) ownedCharge(o occurrence) bool {
	if s.flag(o.k)&fwCharge == 0 || !isGenitive(s.w(o.k-1)) {
		return false
	}
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == o.k-1 && c.ent >= 0 || c.pron != 0 && c.tok == o.k-1 {
			return true
		}
	}
	return false
}

// brokenWith finds whom a break or a withdrawal with no one named in its
// clause is from (called by readFrame when the frame found no target):
// support taken back is taken from the one party x is known in the story
// to have supported ("X ने Y का समर्थन किया था। अब उन्होंने अपना समर्थन
// वापस ले लिया", withdrawnFrom); a break written with से (दूरी बनाई,
// नाता तोड़ा) whose partner is left out is from the one other tracked
// party its sentence names ("Y के हमलों से Z परेशान, X ने बनाई दूरी").
func (a *Analyzer) brokenWith(s *sentCtx, ci, at int, st *storyState, fr *Frame, flipped bool, pol int8, x int, out []int) []int {
	switch {
	case flipped && fr.pol > 0 && pol < 0:
		return a.withdrawnFrom(s, ci, st, x, out)
	case !flipped && pol < 0 && fr.Kind == "rupture" && fr.targets[mkSe] && !fr.Symmetric:
		// A से or के साथ in the clause names the partner, tracked or not
		// ("जिनसे X दूरी बनाए हुए हैं", "इस छींटाकशी से दूर रहे", "एक
		// चीनी कंपनी के साथ नाता तोड़ा").
		// When that partner is a tracked name ("Y के साथ नाता तोड़ने का
		// फैसला", the frame reading only से), it is the one.
		// ("Y के साथ हुए करार के बाद भी Z से हाथ खींच लिया": a से or
		// के साथ that a participle of happening ties to another noun
		// is that noun's partner; the next one is the act's, session 19.)
	toks:
		for _, k := range s.cls[ci].toks {
			if w := s.w(k); w == "से" || w == "साथ" || strings.HasSuffix(w, "नसे") || strings.HasSuffix(w, "ससे") {
				for _, i := range s.inClause(ci) {
					c := &s.chunks[i]
					if c.at != k || c.ent < 0 || c.ent == x || c.pron != 0 || c.mk != mkSe && c.mk != mkSaath {
						continue
					}
					if s.happenedTieOf19(c, at) {
						continue toks
					}
					return append(out, c.ent)
				}
				return out
			}
		}
		y := -1
		for i := range s.chunks {
			c := &s.chunks[i]
			if c.ent < 0 || c.ent == x || a.isDeal[c.ent] || c.pron != 0 {
				continue
			}
			if y >= 0 && y != c.ent {
				return out
			}
			y = c.ent
		}
		if y >= 0 {
			out = append(out, y)
		}
	}
	return out
}

// withdrawnFrom: support taken back with no one named it was taken from
// ("X ने Y का समर्थन किया था। अब उन्होंने अपना समर्थन वापस ले लिया")
// was taken from the one X is known in the story to have supported, when
// that is one party; no other tracked name may stand in the clause.
func (a *Analyzer) withdrawnFrom(s *sentCtx, ci int, st *storyState, x int, out []int) []int {
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && c.ent != x {
			return out
		}
	}
	y := -1
	for t, by := range st.supportedBy {
		if by != x || t == x {
			continue
		}
		if y >= 0 {
			return out // two supported: which one is not said
		}
		y = t
	}
	if y >= 0 {
		out = append(out, y)
	}
	return out
}

// partnerPron grounds a pronoun partner of a relation ("X ने उनसे रिश्ता
// खत्म कर लिया", "उनके साथ दोस्ती तोड़ी") before participants reads the
// pair: the nearest one named before that is not the clause's agent, as a
// target pronoun is (targetsOf).
func (a *Analyzer) partnerPron(s *sentCtx, st *storyState, idx []int, at int) {
	agent := -1
	for _, i := range idx {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && c.pron == 0 {
			agent = c.ent
		}
	}
	if agent < 0 {
		return
	}
	for _, i := range idx {
		c := &s.chunks[i]
		if c.tok < at && c.ent < 0 && (c.pron == fwTargetPron && c.mk == mkSe || c.pron == fwGenPron && c.mk == mkSaath) && !s.fixedPron(c) {
			c.ent = a.pronTarget(s, st, c.tok, agent)
		}
	}
}

// takeBackAt reports a verb of taking back at token k and returns the
// token of its last word: वापस ले-/लि-/खींच-/मांग-, छीन-, रद्द कर-/कि-,
// रोक- (रोक दिया, रोकी), खत्म/समाप्त कर-/कि-; never an infinitive
// ("वापस लेने", "रद्द करने": a plan, not a deed).
func (s *sentCtx) takeBackAt(k int) (int, bool) {
	w, nx := s.w(k), s.w(k+1)
	// An infinitive is a plan, unless it is what was decided or
	// announced ("रद्द करने का ऐलान किया", "वापस लेने का फैसला").
	inf := func(v string) bool {
		if !strings.HasSuffix(v, "ने") && !strings.HasSuffix(v, "ना") {
			return false
		}
		j := k + 1
		if v == w {
			j = k
		}
		switch s.w(j + 2) {
		case "ऐलान", "एलान", "फैसला", "घोषणा", "निर्णय", "आदेश":
			return !isGenitive(s.w(j + 1))
		}
		return true
	}
	switch {
	case w == "वापस":
		if (strings.HasPrefix(nx, "ले") || strings.HasPrefix(nx, "लि") || strings.HasPrefix(nx, "ली") || strings.HasPrefix(nx, "खींच") || strings.HasPrefix(nx, "मांग")) && !inf(nx) {
			return k + 1, true
		}
	case strings.HasPrefix(w, "छीन"):
		return k, !inf(w)
	case w == "रद्द" || w == "खत्म" || w == "समाप्त":
		if (strings.HasPrefix(nx, "कर") || strings.HasPrefix(nx, "कि") || strings.HasPrefix(nx, "की")) && !inf(nx) {
			return k + 1, true
		}
	case w == "रोक" || w == "रोका" || w == "रोकी" || w == "रोके":
		return k, w != "रोक" || strings.HasPrefix(nx, "दि") || strings.HasPrefix(nx, "दी") || strings.HasPrefix(nx, "ली") || strings.HasPrefix(nx, "लि")
	}
	return 0, false
}

// readTakenBack reads what was given to Y, or X's own thing held out to
// Y, taken back: hostile X → Y whatever the thing (a rank, a contract,
// security, a subsidy, an invitation, a stake, support, funding): "X ने Y
// को दिया गया दर्जा वापस ले लिया", "X ने Y को दी गई सुरक्षा छीन ली", "X ने
// Y से अपनी फंडिंग रोक दी". The ने-agent of the clause is X; at most four
// words of the thing stand between the giving (or अपना/अपनी/अपने) and the
// taking back. Negation, a question, a condition keep it unasserted.
func (a *Analyzer) readTakenBack(s *sentCtx, ci int, st *storyState) {
	if s.screen&swTakeBack == 0 {
		return
	}
	cl := &s.cls[ci]
	x, y, from := -1, -1, -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 && c.mk != mkSe && c.mk != mkKo {
			continue
		}
		switch {
		case c.mk == mkAgent && s.w(c.at) == "ने" && c.pron == 0:
			x = c.ent
		case c.mk == mkKo && s.given(c.at+1) > 0 && y < 0:
			y, from = c.ent, c.at+1+s.given(c.at+1)
		case c.mk == mkSe && ownWord(s.w(c.at+1)) && y < 0:
			y, from = c.ent, c.at+2
		}
	}
	if x < 0 || y < 0 || x == y {
		return
	}
	for k := from; k < s.sn.b && k <= from+4; k++ {
		if !s.isWord(k) || s.mentionAt(k) {
			return
		}
		if v, ok := s.takeBackAt(k); ok && k > from {
			a.add(s, st, x, y, -1, "rupture", a.clauseMood(s, cl, v), 1.2)
			return
		}
	}
}

// given: the words at k say a thing was given ("दिया गया", "दी गई",
// "दिए गए", "दिया हुआ"): how many words they take, 0 for none.
func (s *sentCtx) given(k int) int {
	switch s.w(k) {
	case "दिया", "दी", "दिए", "दिये":
		switch s.w(k + 1) {
		case "गया", "गई", "गए", "गये", "हुआ", "हुई", "हुए":
			return 2
		}
	}
	return 0
}

// ownWord: अपना, अपनी, अपने (X's own thing).
func ownWord(w string) bool { return w == "अपना" || w == "अपनी" || w == "अपने" }

// qualityNoun: a quality a person has or lacks (readQuality).
func qualityNoun(w string) bool {
	switch w {
	case "क्षमता", "काबिलियत", "योग्यता", "दम", "हिम्मत", "समझ", "विजन", "दूरदृष्टि",
		"गुण", "प्रतिभा", "बात", "ईमानदारी", "साहस", "जज्बा", "कूवत", "माद्दा",
		"अनुभव", "ज्ञान", "जानकारी", "जनादेश": // session 12 (FRESH-O)
		return true
	}
	return false
}

// lackNoun: a lack ("Y में समझ की कमी है", "Y में धैर्य का अभाव").
func lackNoun(w string) bool { return w == "कमी" || w == "अभाव" }

// readQuality reads, in someone's words, a quality Y has or lacks: "X ने
// कहा कि Y में नेतृत्व की क्षमता नहीं है", "“Y में वह बात नहीं है,” X ने
// लिखा", "Y में समझ की कमी है", "Y के पास कोई विजन नहीं" (hostile); "Y
// में गजब की प्रतिभा है", "Y में नेतृत्व के गुण हैं" (supportive). Y is a
// name marked में or के पास; at most six words of the quality follow it;
// the speaker is the one whose words they are. "बात" counts only as "वह
// बात" lacked.
func (a *Analyzer) readQuality(s *sentCtx, ci int, st *storyState) {
	if s.screen&swQuality == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 {
			continue
		}
		start := -1
		switch {
		case s.w(c.end) == "में":
			start = c.end + 1
		case s.w(c.end) == "के" && s.w(c.end+1) == "पास":
			start = c.end + 2
		default:
			continue
		}
		pol, at := int8(0), -1
		end := start
		// Scare quotes around the quality ("Y के पास 'पैसा ही नहीं'")
		// are read through (hostile13.go).
		for end < s.sn.b && end <= start+6 && (s.isWord(end) || s.isQuoteTok(end)) && !s.mentionAt(end) && s.flag(end)&fwBreak == 0 {
			end++
		}
		// "Y में Z के दावे को झुठलाने की हिम्मत नहीं" (attach30.go).
		if q := s.qualityAfterAct30(start); q >= end {
			end = q + 1
		}
		for k := start + 1; k < end; k++ {
			if lackNoun(s.w(k)) && (s.w(k-1) == "की" || s.w(k-1) == "का") {
				pol, at = -1, k
			}
		}
		for k := start; k < end && pol == 0; k++ {
			w := s.w(k)
			// A means lacked (resourceNoun13) counts only under के पास.
			if resourceNoun13(w) && s.w(start-1) != "पास" {
				continue
			}
			if !qualityNoun(w) && !resourceNoun13(w) || w == "बात" && s.w(k-1) != "वह" && s.w(k-1) != "वो" {
				continue
			}
			at = k
			// "Y के पास न तो A है और न ही B": lacked (fresho12.go).
			if neitherBefore12(s, k) {
				pol = -1
				break
			}
			for j := k + 1; j < s.sn.b && j <= k+3; j++ {
				if s.flag(j)&fwNeg != 0 {
					pol = -1
					break
				}
				switch s.w(j) {
				case "है", "हैं", "था", "थी", "थे":
					if w != "बात" && !lackOnly12(w) {
						pol = 1
					}
				}
				if pol != 0 {
					break
				}
			}
			break
		}
		if pol == 0 {
			continue
		}
		sp := a.speakers(s, ci, st, nil)
		if len(sp) != 1 || sp[0] == c.ent {
			return
		}
		mood := a.clauseMood(s, cl, at)
		if mood == pipeline.MoodNegated {
			if pol > 0 {
				return
			}
			mood = "" // the lack is the negation read
			// "मैंने कभी नहीं कहा कि Y के पास पैसा नहीं": the saying is
			// denied (hostile13.go).
			if p := cl.parent; p >= 0 && s.cls[p].mood == pipeline.MoodNegated {
				mood = pipeline.MoodNegated
			}
		}
		a.add(s, st, sp[0], c.ent, pol, evalKind(pol), mood, 1.0)
		return
	}
}

// abstainWord: a word of holding back from an act (abstainAt).
func abstainWord(w string) bool {
	switch w {
	case "परहेज", "गुरेज", "संकोच", "बचे", "बचा", "बची", "बचते", "बचती", "बचता", "बचें",
		"कतराते", "कतराती", "कतराता", "कतराए", "कतराई", "कतरा":
		return true
	}
	return false
}

// abstainAt: an act held back from, "<act in the oblique infinitive> से
// <abstain word>" at k (the से): "Y की आलोचना करने से परहेज किया", "Y पर
// हमला करने से बचे", "निशाना साधने से कतराते रहे" — the act is not done:
// the clause is negated, as a denial is (moods). A noun held back from
// ("आलोचना से परहेज") is read by the chunker already. ("Y से मिलने से
// मना कर दिया" is a snub, a frame of its own: मना is no abstain word.)
func (s *sentCtx) abstainAt(k int) bool {
	if s.screen&swAbstain == 0 || s.w(k) != "से" || !abstainWord(s.w(k+1)) && !s.abstainAfterAgent16(k) {
		return false
	}
	p := s.w(k - 1)
	return len(p) > len("ने") && strings.HasSuffix(p, "ने")
}
