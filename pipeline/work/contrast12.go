package work

import (
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 12 (contrast): general constructions behind the contrast
// families that session 11's rules left unread. Each rule reads a
// construction in general form (tense, gender, light verb, the noun under
// any postposition, one party or two); the table in contrast12_test.go
// gives each its positive and its minimal negative.

// tieNoun12 is a noun of a business tie between two (SCHEMA: a
// partnership, alliance, agreement or joint venture announced or in force
// is supportive both ways).
func tieNoun12(w string) bool {
	if dealNoun11(w) {
		return true
	}
	switch w {
	case "उपक्रम", "उद्यम", "वेंचर", "पार्टनरशिप", "partnership", "टाई-अप", "tie-up", "साझेदारियों", "समझौतों", "करारों", "गठजोडों":
		return true
	}
	return false
}

// talkNoun12 is a noun that makes a tie only talked of, planned or
// judged, not acted on: "Y के साथ करार पर बातचीत शुरू की" starts talks,
// not the tie.
func talkNoun12(w string) bool {
	switch w {
	case "बातचीत", "चर्चा", "वार्ता", "विचार", "बात", "योजना", "संभावना", "संभावनाएं", "अटकलें", "खबर", "खबरें",
		"प्रस्ताव", "पेशकश", "कोशिश", "प्रयास", "तैयारी", "समीक्षा", "जांच", "आलोचना", "विरोध", "शर्तों", "शर्तें", "कीमत", "मूल्य", "दाम":
		return true
	}
	return false
}

// tieHead12 reads what is done to the tie noun at k, the first words of
// its clause after it (up to ci's end): +1 when the tie is extended,
// widened, sealed, put into force, started, finalised, renewed or
// strengthened ("करार का दायरा बढ़ाया", "उपक्रम को दो साल के लिए आगे
// बढ़ा दिया", "डील पर नए सिरे से मुहर लगाई", "समझौता लागू कर दिया",
// "साझेदारी की शुरुआत की", "गठजोड़ को अंतिम रूप दे दिया"), -1 when it is
// ended by an idiom of closing ("डील पर पूर्णविराम लगाया", "साझेदारी
// को अलविदा कहा"); the head's token. 0 when nothing of the kind follows,
// or a noun of talk, a name or a clause break stands first.
func (s *sentCtx) tieHead12(ci, k int) (int8, int) {
	pp := s.w(k + 1)
	j := k + 1
	switch pp {
	case "का", "की", "के", "को", "पर":
		j = k + 2
	}
	for n := 0; j < s.sn.b && n < 7 && int(s.cid[j-s.sn.a]) == ci; j, n = j+1, n+1 {
		if !s.isWord(j) || s.mentionAt(j) {
			return 0, 0
		}
		w, nx := s.w(j), s.w(j+1)
		if talkNoun12(w) || w == "कि" || tieNoun12(w) && j > k+1 {
			return 0, 0
		}
		switch {
		case w == "दायरा" || w == "आगे":
			if strings.HasPrefix(nx, "बढा") || strings.HasPrefix(nx, "ले") && w == "आगे" {
				return 1, j
			}
		case w == "अवधि" || w == "मियाद" || w == "समयसीमा" || w == "कार्यकाल":
			// "करार की अवधि (तीन साल / 2030 तक) बढ़ा दी": the tie's
			// term lengthened is the tie extended (session 19).
			for v := j + 1; v < s.sn.b && v <= j+5 && int(s.cid[v-s.sn.a]) == ci && (s.isWord(v) || s.f.toks[v].Kind == hindi.Number) && !s.mentionAt(v); v++ {
				if u := s.w(v); strings.HasPrefix(u, "बढा") && u != "बढावा" {
					return 1, j
				}
			}
		case strings.HasPrefix(w, "बढा") && w != "बढावा":
			// "करार को दो साल के लिए बढ़ा दिया", "करार बढ़ाया": the
			// tie itself is lengthened (its object, not its
			// genitive: "करार की रकम बढ़ाई" grows the sum).
			if pp == "को" || j == k+1 {
				return 1, j
			}
		// (Session 37: "संयुक्त उपक्रम के गठन का ऐलान", "उपक्रम की
		// स्थापना की": the tie formed, as started.)
		case w == "विस्तार" || w == "विस्तारित" || w == "नवीनीकरण" || w == "शुरुआत" || w == "गठन" || w == "स्थापना" || strings.HasPrefix(w, "रिन्यू") || strings.HasPrefix(w, "renew"):
			return 1, j
		case w == "शुरू":
			if pp != "पर" {
				return 1, j
			}
		case w == "मुहर":
			if strings.HasPrefix(nx, "लग") {
				return 1, j
			}
		case w == "लागू":
			if strings.HasPrefix(nx, "कर") || strings.HasPrefix(nx, "कि") || strings.HasPrefix(nx, "हो") || strings.HasPrefix(nx, "हु") {
				return 1, j
			}
		case w == "अंतिम" || w == "अमली":
			if nx == "रूप" || nx == "जामा" {
				return 1, j
			}
		case w == "मंजूरी" || w == "हरी":
			if w == "मंजूरी" || nx == "झंडी" {
				return 1, j
			}
		case w == "पूर्णविराम" || w == "विराम" || w == "पटाक्षेप" || w == "अलविदा":
			return -1, j
		}
	}
	return 0, 0
}

// readTieAffirmed reads a business tie extended, sealed, put into force,
// started or finalised whatever postposition its noun takes ("X ने Y के
// साथ करार का दायरा बढ़ाया", "X और Y ने अपनी डील पर मुहर लगाने का ऐलान
// किया", "X ने Y के साथ हुआ समझौता लागू कर दिया", "X और Y ने गठजोड़ को
// अंतिम रूप दे दिया"): an alliance both ways (SCHEMA: a partnership in
// force). A tie closed by an idiom ("डील पर पूर्णविराम लगाया") is a
// rupture: the closer → the partner, both ways when both close it. The
// parties: two coordinated agents, or the partner marked के साथ/से (or
// two marked के बीच) and the clause's other party. The clause's mood
// applies (a plan stays a plan).
func (a *Analyzer) readTieAffirmed(s *sentCtx, ci int, st *storyState) {
	// Its answers need a tieNoun12 word among the clause's tokens.
	if s.sentRules()&rwTie12 == 0 || a.clauseRules(s, ci)&rwTie12 == 0 {
		return // (rules16.go)
	}
	// (tieNoun12 words of the clause's own.)
	if s.screen&(swSchema11|swTieQ11|swTie12) == 0 || a.clauseScreen(s, ci)&(swSchema11|swTieQ11|swTie12) == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if !tieNoun12(s.w(k)) {
			continue
		}
		pol, at := s.tieHead12(ci, k)
		if pol == 0 || !s.doneOrDecided12(at) || pol > 0 && a.tieBrokenBefore22(s, k, at) {
			continue
		}
		var ids []int
		if ag := a.agentsOf(s, ci); len(ag) == 2 && a.partnerOf12(s, ci, k) < 0 {
			ids = ag
		} else {
			ids = a.dealPair11(s, ci, k)
		}
		if len(ids) != 2 || a.isDeal[ids[0]] || a.isDeal[ids[1]] {
			continue
		}
		mood := a.clauseMood(s, cl, at)
		if pol > 0 {
			a.add(s, st, ids[0], ids[1], 1, "alliance", mood, 1.0)
			a.add(s, st, ids[1], ids[0], 1, "alliance", mood, 1.0)
			return
		}
		// The closer: the agents; the partner (ids[0] of dealPair11)
		// is closed on.
		ag := a.agentsOf(s, ci)
		if len(ag) == 2 {
			a.add(s, st, ag[0], ag[1], -1, "rupture", mood, 1.0)
			a.add(s, st, ag[1], ag[0], -1, "rupture", mood, 1.0)
			return
		}
		if len(ag) == 1 && ag[0] == ids[1] {
			a.add(s, st, ids[1], ids[0], -1, "rupture", mood, 1.0)
		}
		return
	}
}

// partnerOf12 is the tracked name marked के साथ/से within six words before
// the tie noun at k in clause ci; -1 if none.
func (a *Analyzer) partnerOf12(s *sentCtx, ci, k int) int {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent >= 0 && (c.mk == mkSaath || c.mk == mkSe) && c.at < k && c.at >= k-6 {
			return c.ent
		}
	}
	return -1
}

// doneOrDecided12 reports that the verb of the head at h is finite, or an
// infinitive announced or decided ("मुहर लगाने का ऐलान किया", "आगे बढ़ाने
// का फैसला"); an infinitive wanted, talked of or aimed at ("आगे बढ़ाने के
// लिए उत्सुक", "आगे बढ़ाने पर बातचीत"), or a head noun talked of
// ("विस्तार पर बातचीत"), is not done.
func (s *sentCtx) doneOrDecided12(h int) bool {
	// "साझेदारी के विस्तार पर बातचीत": the head is a topic of talk.
	for j := h + 1; j < s.sn.b && j <= h+3; j++ {
		if talkNoun12(s.w(j)) {
			return false
		}
	}
	for j := h; j < s.sn.b && j <= h+3; j++ {
		w := s.w(j)
		if !s.isWord(j) {
			return true
		}
		if !strings.HasSuffix(w, "ने") && !strings.HasSuffix(w, "ना") || w == "पूर्णविराम" {
			continue
		}
		if g := s.w(j + 1); g == "का" || g == "की" {
			switch s.w(j + 2) {
			case "ऐलान", "एलान", "घोषणा", "फैसला", "निर्णय":
				return true
			}
		}
		// (Session 37: "करार को आगे बढ़ाने पर सहमति जताई/बनी", "… पर
		// सहमत हुए": agreed on is decided.)
		if s.w(j+1) == "पर" && (s.w(j+2) == "सहमति" || s.w(j+2) == "सहमत") {
			return true
		}
		return false
	}
	return true
}

// fundNoun12 is a noun of money given in parts or as funding (किश्त,
// फंडिंग, अनुदान), read with the sums and money nouns of moneyWord.
func fundNoun12(w string) bool {
	switch w {
	case "किश्त", "किस्त", "किश्तें", "किस्तें", "किश्तों", "किस्तों", "फंडिंग", "funding", "अनुदान", "फंड":
		return true
	}
	return false
}

// helpNoun12 is a noun that makes a sum help given ("N डॉलर का सहारा
// दिया", "N की मदद दी", "N की किश्त जारी की").
func helpNoun12(w string) bool {
	switch w {
	case "सहारा", "मदद", "सहायता", "अनुदान", "योगदान", "फंडिंग", "निवेश", "किश्त", "किस्त", "चंदा", "दान":
		return true
	}
	return false
}

// payNoun12: money owed or paid for something, never support (a fine, a
// fee, a wage, a price, a loan to repay, a bribe, a purchase or what is
// paid in exchange: SCHEMA, buying is no stance).
func payNoun12(w string) bool {
	for _, p := range [...]string{"जुर्मान", "हर्जान", "मुआवज", "भुगतान", "वेतन", "सैलरी", "बोनस", "फीस", "शुल्क", "टैक्स", "कीमत", "दाम", "कर्ज", "ऋण", "रिश्वत", "पैकेज", "किराय", "बकाया", "आर्डर", "ठेक", "खरीद", "अधिग्रहण", "बदले", "एवज"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// moneyVerb12 reads the verb after the money words ending at e (up to four
// words on): +1 given, released, provided, started ("दिए", "दे दी",
// "मुहैया कराए", "उपलब्ध कराई", "जारी कर दी", "देना शुरू किया", "फंड
// किया"); -1 stopped or held back ("रोक दी", "देना बंद कर दिया"; a
// refusal to give, "देने से इनकार", withdraws nothing given); 2 placed
// in Y (placeVerb: "N की किश्त डाल दी"); and the verb's token.
func (s *sentCtx) moneyVerb12(e int) (int8, int) {
	for j := e; j < s.sn.b && j <= e+4; j++ {
		if !s.isWord(j) || s.mentionAt(j) {
			return 0, 0
		}
		w, nx := s.w(j), s.w(j+1)
		// Only a particle or an adverb of time before the verb: "पैसा
		// लौटा दिया" is money returned, not given.
		if moneyGap12(w) {
			continue
		}
		switch {
		case w == "देना" || w == "देने":
			switch {
			case nx == "बंद" || strings.HasPrefix(nx, "रोक"):
				return -1, j + 1
			case nx == "शुरू" || nx == "जारी":
				return 1, j + 1
			}
			return 0, 0
		case strings.HasPrefix(w, "रोक") && w != "रोकने" && w != "रोकना":
			return -1, j
		case w == "बंद":
			if strings.HasPrefix(nx, "कर") || strings.HasPrefix(nx, "कि") || nx == "की" {
				return -1, j
			}
		case w == "दिए" || w == "दिया" || w == "दी" || w == "दीं" || w == "दिये" || w == "दे" && (strings.HasPrefix(nx, "दि") || nx == "दी" || strings.HasPrefix(nx, "चुक")) || strings.HasPrefix(w, "देग") || strings.HasPrefix(w, "देंग"):
			return 1, j
		case s.placeVerb(j):
			return 2, j // placed in Y ("N की नई किश्त डाल दी")
		case w == "मुहैया" || w == "उपलब्ध" || w == "जारी" || w == "फंड" || w == "मुहैय्या":
			if strings.HasPrefix(nx, "करा") || strings.HasPrefix(nx, "कर") || strings.HasPrefix(nx, "कि") || nx == "की" {
				return 1, j
			}
		}
		return 0, 0
	}
	return 0, 0
}

// readMoneyGiven reads money given to Y, or its giving stopped, whatever
// the money is called (a sum, पैसा, रकम, किश्त, फंडिंग) and however it is
// given ("X ने Y को N डॉलर मुहैया कराए / दिए", "X ने Y को N का सहारा
// दिया", "X ने Y के लिए तय किश्त जारी कर दी", "X ने Y की परियोजना को पैसा
// देना शुरू किया", "X ने Y को फंड किया"): support by deed X → Y (SCHEMA:
// funding Y); stopped or held back ("… किश्त रोक दी", "… पैसा देना बंद
// कर दिया") a withdrawal, hostile X → Y. Y: the tracked name under को (or
// its possessed noun's को) or के लिए before the money; X: the clause's
// ने-agent. Not money paid or owed (a fine, a fee, a price, a settlement:
// payNoun12, settlementPayment).
func (a *Analyzer) readMoneyGiven(s *sentCtx, ci int, st *storyState) {
	// (moneyWord and fundNoun12 words of the clause's own.)
	if s.screen&(swMoney|swFund11|swGive12) == 0 || a.clauseScreen(s, ci)&(swMoney|swFund11|swGive12) == 0 {
		return
	}
	cl := &s.cls[ci]
	// In a sentence readSentence screened, a token's rule bit
	// rwMoneyFund12, read by its id, answers the word test (rules16.go).
	byID, ro := s.rulesKept(), a.ruleOf
	for _, k := range cl.toks {
		if i := uint(k - s.sn.a); byID && (i >= uint(len(s.wid)) || ro[s.wid[i]]&rwMoneyFund12 == 0) {
			continue
		}
		w := s.w(k)
		if !byID && !moneyWord(w) && !fundNoun12(w) {
			continue
		}
		// The money phrase's end: "N डॉलर (की नई) किश्त", "N का सहारा".
		e := k + 1
		for n := 0; n < 3 && e < s.sn.b; n++ {
			if x := s.w(e); moneyWord(x) || fundNoun12(x) || helpNoun12(x) || x == "नई" || x == "नया" || x == "तय" || x == "अगली" || isGenitive(x) {
				e++
				continue
			}
			break
		}
		// "N का बड़ा हिस्सा", "निवेश के दूसरे चरण की रकम": a part of
		// the money after its genitive (session 17).
		e = s.moneyPart17(e)
		var pol int8
		var v int
		if w == "फंड" {
			// "Y को फंड किया": the noun is its verb.
			pol, v = s.moneyVerb12(k)
		} else {
			pol, v = s.moneyVerb12(e)
		}
		// "बाकी रकम Z ने दी": the rest of a sum just given (rest31.go).
		if pol == 0 && a.readRestGiven31(s, ci, st, k) {
			return
		}
		// "Y में N लगाने के ऐलान पर …": an infinitive is no deed of the
		// clause's agent (unless announced or decided).
		if pol == 0 || !s.doneOrDecided12(v) {
			continue
		}
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.at >= k || c.at < k-8 {
				continue
			}
			if pol == 2 && c.mk != mkBetween || pol != 2 && c.mk != mkKo && c.mk != mkLiye && !s.investedIn17(c) {
				continue
			}
			y = c.ent
		}
		ag := a.agentsOf(s, ci)
		if y < 0 || len(ag) != 1 || ag[0] == y {
			continue
		}
		paid := s.settlementPayment()
		for _, j := range cl.toks {
			if payNoun12(s.w(j)) {
				paid = true
			}
		}
		if paid {
			return
		}
		kind := "donation"
		if pol == 2 {
			pol = 1
		}
		if pol < 0 {
			kind = "rupture"
		}
		a.add(s, st, ag[0], y, pol, kind, a.clauseMood(s, cl, v), 1.0)
		return
	}
}

// moneyGap12: a particle or an adverb of time between the money and its
// verb ("N डॉलर भी दिए", "किश्त तुरंत जारी की").
func moneyGap12(w string) bool {
	switch w {
	case "भी", "ही", "तो", "फिर", "तुरंत", "अब", "पहले", "जल्द", "फौरन", "आखिरकार":
		return true
	}
	return false
}

// outerMood12 is the mood a negated clause's ancestors give it when they
// do not assert it (speculation, a question, a condition): "अटकलें हैं कि
// X ने Y को 'भरोसे के लायक नहीं' बताया" — a negated praise turned attack is
// still only rumoured. "" when every ancestor asserts.
func (s *sentCtx) outerMood12(k int) string {
	if k < s.sn.a || k >= s.sn.b {
		return ""
	}
	ci := int(s.cid[k-s.sn.a])
	for n := 0; ci >= 0 && ci < len(s.cls) && n < 4; n++ {
		p := s.cls[ci].parent
		if p < 0 || p >= len(s.cls) || p == ci {
			return ""
		}
		switch m := s.cls[p].mood; m {
		case pipeline.MoodQuestion:
			if !s.answeredPast29(p, &s.cls[ci]) { // (answered29.go)
				return m
			}
		case pipeline.MoodSpeculative, pipeline.MoodHypothetical:
			return m
		}
		ci = p
	}
	return ""
}

// hearsayWord12 is a word that may open hearsay the mood layer's flags do
// not read: talk (चर्चा), unconfirmed reports (अपुष्ट), a trailing "ऐसा
// बताया जा रहा है".
func hearsayWord12(w string) bool {
	switch w {
	case "चर्चा", "चर्चाएं", "चर्चाओं", "अपुष्ट", "असत्यापित", "ऐसा", "ऐसी":
		return true
	}
	return false
}

// hearsay12 marks speculative what the story only relays as talk or as
// unconfirmed (SCHEMA: speculation is no stance), after moods:
//   - "(बाजार में / निवेशकों के बीच) चर्चा है / चल रही है / गर्म है कि …":
//     the talk's clause and its content;
//   - "अपुष्ट/असत्यापित खबरों/रिपोर्टों के मुताबिक …", "अपुष्ट खबरें हैं कि
//     …": every clause of the sentence;
//   - a trailing "…, ऐसा बताया/माना/कहा जा रहा है": the clauses before it.
//
// A clause whose mood is already set keeps it; content clauses inherit
// as moods does.
func (a *Analyzer) hearsay12(s *sentCtx) {
	if s.screen&swHearsay12 == 0 {
		return
	}
	mark := make([]bool, len(s.cls))
	found := false
	for i := range s.cls {
		cl := &s.cls[i]
		for _, k := range cl.toks {
			w := s.w(k)
			if !hearsayWord12(w) {
				continue
			}
			switch w {
			case "अपुष्ट", "असत्यापित":
				if nx := s.w(k + 1); strings.HasPrefix(nx, "खबर") || strings.HasPrefix(nx, "रिपोर्ट") || strings.HasPrefix(nx, "सूत्र") || strings.HasPrefix(nx, "दाव") || strings.HasPrefix(nx, "जानकारी") {
					for j := range mark {
						mark[j] = true
					}
					found = true
				}
			case "ऐसा", "ऐसी":
				// Not the sentence's first clause; a hearsay verb
				// in the passive right after.
				if i == 0 || k != cl.first() || s.flag(k+1)&fwHearsay == 0 || !strings.HasPrefix(s.w(k+2), "जा") {
					continue
				}
				for j := 0; j < i; j++ {
					mark[j] = true
				}
				found = true
			default: // चर्चा
				// "चर्चा है/गर्म है/चल रही है कि …", not "चर्चा की" nor
				// "(यह बयान) चर्चा में है".
				ok := false
				switch s.w(k + 1) {
				case "है", "हैं", "थी", "थीं", "गर्म", "तेज", "चल", "जोरों":
					ok = true
				}
				if ok && s.kiChild12(i) {
					mark[i] = true
					found = true
				}
			}
		}
	}
	if !found {
		return
	}
	for i := range s.cls {
		cl := &s.cls[i]
		if !mark[i] {
			if p := cl.parent; p >= 0 && p < i && mark[p] {
				mark[i] = true
			} else {
				continue
			}
		}
		if cl.mood == "" {
			cl.mood = pipeline.MoodSpeculative
		}
	}
}

// singleQuoteDir reads a single quote mark at token k as opening (+1) or
// closing (-1) only when its form or the spaces around it say so (a
// space or a line start before and a word after it opens; a word before
// and a space, a stop or the end after it closes); 0 for an apostrophe
// between two words ("Musk's") or anything unclear.
func singleQuoteDir(f *field, k int) int {
	os, oe := f.text.OrigSpan(f.toks[k].Start, f.toks[k].End)
	orig := f.text.Orig[os:oe]
	before := k == 0 || f.toks[k].Start > f.toks[k-1].End || f.toks[k-1].Kind != hindi.Word
	after := k+1 == len(f.toks) || f.toks[k+1].Start > f.toks[k].End || f.toks[k+1].Kind != hindi.Word
	switch {
	case before && !after && !strings.HasPrefix(orig, "’"):
		return 1
	case after && !before && !strings.HasPrefix(orig, "‘"):
		return -1
	}
	// "… झूठ बोल रहे हैं।'", "… क्यों?'": a mark set tight after the
	// words' own stop and followed by a space, a stop or the end closes
	// them (session 16).
	if after && k > 0 && f.toks[k].Start == f.toks[k-1].End && closingStop16(f.words[k-1]) && !strings.HasPrefix(orig, "‘") {
		return -1
	}
	return 0
}

// closingStop16: the stops that end quoted words before their closing
// mark.
func closingStop16(w string) bool {
	switch w {
	case "।", "?", "!", ".", ",", "॥":
		return true
	}
	return false
}

// markSingleQuotes12 reads quotes in single marks ('…' / ‘…’), as outlets
// often write a quote put first or a headline's words ("'Y हमारा सबसे
// भरोसेमंद पार्टनर है' — X का यह बयान …"), the way markQuotes reads
// double ones: each pair (an opening mark, then the next closing one,
// within maxQuoteSents sentences) is one speech whose tag names its
// speaker (attribution). Runs after markQuotes: a sentence whose speaker
// a double quote already set keeps it; a field with no opening single
// mark is left as it was.
func (a *Analyzer) markSingleQuotes12(f *field, sents []sentence) {
	if len(sents) == 0 {
		return
	}
	sentOf := func(k int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].b > k })
	}
	// A ' token needs that byte in the text (the words are slices of
	// f.text.Norm): most texts have none (see markQuotes).
	if strings.IndexByte(f.text.Norm, '\'') < 0 {
		return
	}
	open := -1
	for j, n := 0, f.punctCount(); j < n; j++ {
		k := f.punctAt(j)
		if f.words[k] != "'" {
			continue
		}
		dir := singleQuoteDir(f, k)
		switch {
		case dir > 0:
			open = k
		case dir < 0 && open >= 0:
			if k-open > 2 {
				a.markChain(f, sents, []quoteSpan{{open, k, sentOf(open), sentOf(k)}})
			}
			open = -1
		}
	}
}

// dashTag12 reports a dash right after the quote closing at q that opens
// its speech tag ("“…” — X ने Y के बारे में कहा"): the tag is read as
// after a comma.
func dashTag12(f *field, sn *sentence, q int) bool {
	return q+2 < sn.b && isDash(f.words[q+1])
}

// saidBack12 reports at token k a tag's verb of saying in any form ("यह
// बात कही", "ये बातें कहीं") or a demonstrative before बात/बातें ("यह बात
// …"): the words before the tag are the speaker's.
func saidBack12(f *field, k int) bool {
	w := f.words[k]
	if w == "कही" || w == "कहीं" {
		return true
	}
	return (w == "बात" || w == "बातें") && k > 0 && demonstrative(f.words[k-1])
}

// kiChild12 reports a content clause opened by कि whose parent is ci.
func (s *sentCtx) kiChild12(ci int) bool {
	for j := ci + 1; j < len(s.cls); j++ {
		if s.cls[j].parent == ci && s.cls[j].ki {
			return true
		}
	}
	return false
}

// contactAct12 reads a contact or a tie at token k, the thing a snub
// refuses ("मिलने", "बात करने", "मुलाकात", "साथ काम करने", "सहयोग",
// "हाथ मिलाने"); its last token, or -1.
func (s *sentCtx) contactAct12(k int) int {
	w, nx := s.w(k), s.w(k+1)
	switch w {
	case "मिलने", "मिलना", "सुलह", "संपर्क", "सहयोग", "मुलाकात", "बात", "बातचीत", "काम", "रिश्ता", "रिश्ते", "संबंध", "दोस्ती", "वार्ता":
		if nx == "करने" || nx == "करना" || nx == "रखने" || nx == "रखना" || nx == "बढाने" || strings.HasPrefix(nx, "सुधार") || strings.HasPrefix(nx, "जोड") {
			return k + 1
		}
		if w == "मिलने" || w == "मिलना" || w == "सुलह" || w == "संपर्क" || w == "सहयोग" || w == "मुलाकात" || w == "बातचीत" || w == "वार्ता" || w == "दोस्ती" || w == "रिश्ता" || w == "रिश्ते" || w == "संबंध" {
			return k
		}
	case "हाथ":
		if strings.HasPrefix(nx, "मिला") {
			return k + 1
		}
	case "बैठने", "बैठना":
		// "Y के साथ एक मेज/मंच पर बैठने का कोई इरादा नहीं" (session 23).
		if s.w(k-1) == "पर" {
			return k
		}
	}
	return -1
}

// willNoun12 is a noun of intention or interest whose denial refuses the
// contact before it ("… का कोई इरादा नहीं", "… का सवाल ही नहीं", "… में
// कोई दिलचस्पी/रुचि नहीं", "… की कोई गुंजाइश/इच्छा नहीं"). Not a noun
// of objection: "मिलने में कोई हर्ज/दिक्कत नहीं" consents; nor a plan or
// a need ("बात करने की कोई योजना/जरूरत नहीं" is a plan denied, dvc-280).
func willNoun12(w string) bool {
	switch w {
	case "इरादा", "इच्छा", "दिलचस्पी", "रुचि", "रूचि", "सवाल", "प्रश्न", "गुंजाइश", "मंशा", "इच्छुक", "मन":
		return true
	case "तैयार":
		// "Y से बात करने को तैयार नहीं" (session 15).
		return true
	}
	return false
}

// wantVerb12: a form of चाहना (want).
func wantVerb12(w string) bool { return strings.HasPrefix(w, "चाह") && w != "चाहिए" }

// readSnub reads a refusal to meet, talk to, work with or keep a tie with
// Y, however it is worded (SCHEMA: a snub is a rupture, X → Y):
//   - the contact, then a denied intention or interest: "Y से मिलने का
//     (उनका) कोई इरादा नहीं है", "Y से बात करने का अब कोई सवाल ही नहीं",
//     "Y के साथ काम करने में कोई रुचि नहीं";
//   - the contact wanted, denied: "Y के साथ कोई सहयोग नहीं चाहते", "Y से
//     कोई रिश्ता नहीं रखना चाहते", "Y से मिलना नहीं चाहती".
//
// Y: the tracked name marked से / के साथ before the contact; X: the
// clause's one agent or, in someone's words, the speaker. Asserted: the
// denial is the snub (a question or speculation above it keeps it
// unasserted). "Y से मिलने में कोई हर्ज नहीं" (no objection) is none.
func (a *Analyzer) readSnub(s *sentCtx, ci int, st *storyState) {
	// Its answers need a word contactAct12 starts at among the clause's tokens.
	if s.sentRules()&rwContact12 == 0 || a.clauseRules(s, ci)&rwContact12 == 0 {
		return // (rules16.go)
	}
	if s.screen&swSnub12 == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		e := s.contactAct12(k)
		if e < 0 {
			continue
		}
		// What follows: (का/की/में/के) (कोई/अब/भी/ही …) will-noun …
		// negator, or (कोई) … negator … a form of चाहना.
		snub, neg := false, -1
		for j := e + 1; j < s.sn.b && j <= e+6 && int(s.cid[j-s.sn.a]) == ci; j++ {
			w := s.w(j)
			if s.mentionAt(j) || !s.isWord(j) {
				break
			}
			if s.flag(j)&fwNeg != 0 {
				neg = j
				continue
			}
			// "… के लिए न वक्त है, न मन", "… का न इरादा है": the
			// denial written before the will or leisure noun
			// (session 23).
			if neg == j-1 && (willNoun12(w) || leisureNoun23(w)) {
				snub = true
				break
			}
			// "… का उनके पास वक्त नहीं है": no time for Y, said as a
			// state (not "समय नहीं मिला", no time found).
			if neg < 0 && leisureNoun23(w) {
				snub = s.deniedState23(j)
				break
			}
			// Between the contact and the denial only particles,
			// postpositions and the owner ("का उनका कोई"); after the
			// denial only the contact's light verb: "रिश्ते खराब
			// नहीं करना चाहते" refuses to spoil, not to keep.
			if neg < 0 && !willNoun12(w) && !snubGap12(w) || neg >= 0 && !wantVerb12(w) && !snubLight12(w) {
				break
			}
			if willNoun12(w) && neg < 0 {
				// The will noun, then its denial within three words.
				for n := j + 1; n < s.sn.b && n <= j+3; n++ {
					if s.flag(n)&fwNeg != 0 {
						snub = true
						break
					}
				}
				break
			}
			if wantVerb12(w) && neg >= 0 {
				snub = true
				break
			}
		}
		if !snub {
			continue
		}
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && (c.mk == mkSe || c.mk == mkSaath) && c.at < k && c.at >= k-6 {
				y = c.ent
			}
		}
		if y < 0 {
			continue
		}
		xs := a.agentsOf(s, ci)
		if len(xs) == 0 {
			// "X, Y से मिलना नहीं चाहते": the bare subject.
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.ent >= 0 && c.mk == mkBare && c.at < k && c.ent != y {
					xs = appendNew(xs, c.ent)
				}
			}
		}
		if len(xs) == 0 && (cl.kind == ckContent || cl.quoted) {
			// ("“मैं Y से बात करने को तैयार नहीं हूं,” X ने कहा": the
			// quote's speaker; session 15.)
			xs = a.speakers(s, ci, st, nil)
		}
		if len(xs) != 1 || xs[0] == y {
			continue
		}
		mood := s.outerMood12(k)
		if s.w(s.sn.b-1) == "?" {
			mood = pipeline.MoodQuestion
		}
		a.add(s, st, xs[0], y, -1, "rupture", mood, 1.2)
		return
	}
}

// snubGap12: a word that may stand between a refused contact and its
// will noun or denial ("… का उनका कोई इरादा", "… में मुझे कतई रुचि").
func snubGap12(w string) bool {
	switch w {
	case "का", "की", "के", "में", "को", "लिए", "कोई", "भी", "ही", "अब", "कतई", "बिल्कुल", "बिलकुल", "फिलहाल", "किसी", "तरह",
		"उनका", "उनकी", "उन्हें", "उसका", "उसकी", "उसे", "मुझे", "मेरा", "मेरी", "हमारा", "हमारी", "हमें", "अपना", "अपनी",
		"उनके", "उसके", "मेरे", "हमारे", "पास":
		return true
	}
	return false
}

// snubLight12: the light verb of a refused contact between its denial and
// चाहना ("कोई रिश्ता नहीं रखना चाहते", "बात नहीं करना चाहतीं").
func snubLight12(w string) bool {
	switch w {
	case "रखना", "करना", "बढाना", "जोडना":
		return true
	}
	return false
}

// noLonger12 reports, in a negated clause, support said to hold no longer
// ("वह अब Y का समर्थन नहीं करते", "अब Y के साथ नहीं हैं", "अब Y पर भरोसा
// नहीं रहा"): अब before the negator (not "अब तक" / "अभी तक", not yet,
// nor "अब से", from now on) and, after the negator, a present or a
// state (करते/करता/करती, है/हैं, रहा/रही/रहे), not a past deed or a
// plan. Such a negation withdraws the support (hostile, kind rupture)
// rather than merely denying it.
func (s *sentCtx) noLonger12(cl *clause, k int) bool {
	ab, neg := -1, -1
	for _, j := range cl.toks {
		switch {
		case s.w(j) == "अब" && neg < 0:
			if nx := s.w(j + 1); nx != "तक" && nx != "से" {
				ab = j
			}
		case s.flag(j)&fwNeg != 0 && ab >= 0 && neg < 0 && j > k:
			neg = j
		}
	}
	if ab < 0 || neg < 0 {
		return false
	}
	if neg <= k+2 && s.verblessNeg22(neg) {
		return true // "Y को अब मेरा समर्थन नहीं" (family22.go)
	}
	for j := neg + 1; j < s.sn.b && j <= neg+3; j++ {
		switch s.w(j) {
		case "करते", "करता", "करती", "करतीं", "है", "हैं", "रहा", "रही", "रहे", "रहीं", "मिलेगा", "मिलेगी", "मिलेंगे":
			return true
		case "देते", "देता", "देती", "करने", "देने":
			return !s.asked38() // session 38 (WR): "अब Y का साथ नहीं देते", "अब Y का समर्थन न करने का फैसला" (wr38.go); a future "नहीं करेंगे" stays a plan
		case "किया", "की", "किए", "कीं", "दिया", "दी", "दिए":
			return false
		}
		if !s.isWord(j) {
			break
		}
	}
	return false
}

// neitherNor12 extends a "न तो X ने और न ही Y ने …" negation over the
// clauses that carry its verb after a parenthetical ("न तो X ने और न ही
// किसी मंत्री ने, …, Y की तारीफ की"): every later clause of the sentence
// with no doer of its own and no mood of its own is negated, up to the
// first that has a doer. Runs after moods (hearsay12's hook).
func (a *Analyzer) neitherNor12(s *sentCtx) {
	if s.screen&swTo == 0 {
		return
	}
	for i := range s.cls {
		cl := &s.cls[i]
		nato, nahi := false, false
		for _, k := range cl.toks {
			if s.w(k) == "न" && s.w(k+1) == "तो" {
				nato = true
			}
			if nato && s.w(k) == "न" && s.w(k+1) == "ही" {
				nahi = true
			}
		}
		if !nato || !nahi {
			continue
		}
		for j := i + 1; j < len(s.cls); j++ {
			own := false
			for _, c := range s.inClause(j) {
				if m := s.chunks[c].mk; m == mkAgent || m == mkBare {
					own = true
				}
			}
			if own || s.cls[j].mood != "" {
				break
			}
			s.cls[j].mood = pipeline.MoodNegated
		}
		return
	}
}

// roleOwner12 reports a name ending at e that only qualifies a role noun
// before the next name ("— ओपनएआई के सीईओ सैम ऑल्टमैन का यह बयान": the
// organisation is a modifier, the person says the words): a genitive,
// at most two words with a role noun among them, then the next mention
// (the first of rest), before to.
func (a *Analyzer) roleOwner12(f *field, rest []mention, e, to int) bool {
	if len(rest) == 0 || e+1 >= to || !isGenitive(f.words[e]) {
		return false
	}
	n := rest[0]
	if n.tok >= to || n.tok <= e+1 || n.tok > e+3 {
		return false
	}
	for k := e + 1; k < n.tok; k++ {
		if a.fieldFlags(f, k)&fwRoleNoun != 0 {
			return true
		}
	}
	return false
}

// offerHelpNoun12 is what an offer may hold out ("Y की मदद/सहायता/फंडिंग/
// निवेश/समर्थन की पेशकश"); money: a gift of money.
func offerHelpNoun12(w string) (ok, money bool) {
	switch w {
	case "मदद", "सहायता", "फंडिंग", "निवेश", "चंदा", "चंदे", "दान", "पैसे", "रकम", "कर्ज", "लोन":
		return true, true
	case "समर्थन", "सहयोग", "साथ":
		return true, false
	}
	return false, false
}

// acceptAt12 reports a verb of accepting at k ("स्वीकार कर ली", "स्वीकार
// किया", "मंजूर की", "कबूल कर लिया", "स्वीकारा").
func (s *sentCtx) acceptAt12(k int) bool {
	w, nx := s.w(k), s.w(k+1)
	switch w {
	case "स्वीकार", "मंजूर", "कबूल":
		return strings.HasPrefix(nx, "कर") && nx != "करने" && nx != "करना" || strings.HasPrefix(nx, "कि") || nx == "की" || nx == "कीं"
	case "स्वीकारा", "स्वीकारी", "स्वीकारे":
		return true
	}
	return false
}

// readOfferAccepted reads Y's offer of help accepted by X ("X ने Y की
// आर्थिक मदद की पेशकश स्वीकार कर ली", "X ने Y का समर्थन का प्रस्ताव
// मंजूर किया"): the help is Y's, given, Y → X supportive (donation for
// money, endorsement for backing). An offer declined or only weighed
// ("पेशकश लौटा दी / पर विचार") is none; a tie offered is an alliance
// (the frames read it).
func (a *Analyzer) readOfferAccepted(s *sentCtx, ci int, st *storyState) {
	if s.screen&swOffer12 == 0 || a.clauseScreen(s, ci)&swOffer12 == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if w := s.w(k); w != "पेशकश" && w != "प्रस्ताव" && w != "आफर" {
			continue
		}
		// The accepting verb right after (a particle between at most).
		v := k + 1
		if moneyGap12(s.w(v)) {
			v++
		}
		if !s.acceptAt12(v) {
			continue
		}
		// The help held out: "की/का/के" + help noun right before.
		if !isGenitive(s.w(k - 1)) {
			continue
		}
		ok, money := offerHelpNoun12(s.w(k - 2))
		if !ok {
			continue
		}
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && c.pron == 0 && c.end < k-2 && c.end >= k-5 && isGenitive(s.w(c.end)) {
				y = c.ent
			}
		}
		xs := a.agentsOf(s, ci)
		if y < 0 || len(xs) != 1 || xs[0] == y {
			continue
		}
		kind := "endorsement"
		if money {
			kind = "donation"
		}
		a.add(s, st, y, xs[0], 1, kind, a.clauseMood(s, cl, v), 1.0)
		return
	}
}

// aboutTarget12: an attack with no target of its own whose clause names
// one tracked party "को लेकर" / "के बारे में" before it, and no other
// ("X ने Y को लेकर फिर मोर्चा खोला", "Y को लेकर X ने तंज कसा"), attacks
// that party; with another party in the clause ("अडानी को लेकर X ने
// मोदी पर …") the topic stays a topic. Called by targetsOf last.
func (a *Analyzer) aboutTarget12(s *sentCtx, ci, at int, srcs []int, out []int) []int {
	// Only an asserted act of a ने-agent ("X ने …"): a question or a
	// negation about Y ("मोदी अडानी के बारे में एक शब्द क्यों नहीं
	// बोलते?") is read by its own rules.
	if s.cls[ci].mood != "" {
		return out
	}
	y, agent := -1, false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || a.isDeal[c.ent] {
			continue
		}
		if containsInt(srcs, c.ent) {
			agent = agent || c.mk == mkAgent && (s.w(c.at) == "ने" || s.w(c.at) == "द्वारा") // (द्वारा: inv33b)
			continue
		}
		// Literally "Y को लेकर" / "Y के बारे में" ("Y का नाम लेकर"
		// names Y, it is no topic of the attack).
		about := c.mk == mkAbout && (s.w(c.end) == "को" && s.w(c.end+1) == "लेकर" || s.w(c.end) == "के" && s.w(c.end+1) == "बारे")
		if !about || c.pron != 0 || c.tok >= at || y >= 0 && y != c.ent {
			return out
		}
		y = c.ent
	}
	if y < 0 || !agent {
		return out
	}
	return append(out, y)
}
