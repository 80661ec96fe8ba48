package work

import "strings"

// Session 24 (SHORT): recall on short stories.
//
// An investment held. SCHEMA counts an investment asserted in background
// (X, Y में … लगा चुका है; X, Y का सबसे बड़ा निवेशक है) as X → Y
// supportive (kind donation). Short business stories about an investor's
// results presuppose the investment as a noun phrase instead of a clause:
// its value risen ("ओपनएआई में निवेश का मूल्य बढ़ने से उसे लाभ हुआ",
// "ओपनएआई में उसके निवेश के मूल्यांकन में आई तेज़ी", "उस निवेश के
// मूल्यांकन में बढ़ोतरी"), or money raised for it ("यह रकम ओपनएआई में
// निवेश के लिए जुटाई", "… निवेश के लिए बैंकों से कर्ज लिया"). The frame
// noun निवेश sits under a postposition there, so readFrame takes it for a
// noun, not the clause's act. readInvestHeld24 reads the shape: निवेश (or
// हिस्सेदारी) right after "Y में" (a possessive between: "Y में उसके
// निवेश"), followed by a word of its value or return, or by के लिए with
// money raised in the clause. The investor is the possessive's owner, the
// clause's agent or subject, else the speaker of the words it is in, else
// the host clause's agent; a person stands for the one organisation of
// his the story names ("सन ने कहा कि ओपनएआई में निवेश की कीमत बढ़ने से
// नतीजे बेहतर रहे" → the person's company), and with none named gives
// no holder. The clause's mood applies.

// heldNoun24 reports a noun of money put into Y: an investment or a
// stake.
func heldNoun24(w string) bool {
	switch w {
	case "निवेश", "निवेशों", "हिस्सेदारी":
		return true
	}
	return false
}

// heldPoss24 reports a possessive between "Y में" and the noun.
func heldPoss24(w string) bool {
	switch w {
	case "उसके", "उसका", "उसकी", "उनके", "इसके", "अपने", "अपना", "अपनी", "उस", "इस":
		return true
	}
	return false
}

// investHeld24 returns the target Y and the token of the noun when the
// clause's token k is the noun of an investment held, else -1, -1.
func (s *sentCtx) investHeld24(ci, k int) (int, bool) {
	if !heldNoun24(s.w(k)) {
		return -1, false
	}
	// "Y में [उसके] निवेश".
	at := k - 1
	if heldPoss24(s.w(at)) {
		at--
	}
	if s.w(at) != "में" {
		return -1, false
	}
	y := -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && c.at == at && c.pron == 0 {
			y = c.ent
		}
	}
	if y < 0 {
		return -1, false
	}
	// Its value or return: "निवेश का मूल्य", "निवेश के मूल्यांकन में",
	// "निवेश की कीमत", "निवेश से (उसे) लाभ".
	switch s.w(k + 1) {
	case "का", "की", "के":
		if s.class(k+2)&cwHeldValue24 != 0 {
			return y, true
		}
		// "Y में निवेश के लिए … कर्ज लिया / रकम जुटाई".
		// ("… बेची ताकि Y में निवेश के लिए पैसा जुटाया जा सके": a
		// purpose only, the money not yet raised.)
		if s.w(k+1) == "के" && s.w(k+2) == "लिए" && !s.purposeOnly24(k) {
			cl := &s.cls[ci]
			for _, j := range cl.toks {
				if j != k && (s.class(j)&cwRaisedFor24 != 0 || j > k && hasPrefixAny(s.w(j), "जुटा")) {
					return y, true
				}
			}
		}
	case "से":
		for j := k + 2; j <= k+4 && j < s.sn.b; j++ {
			if s.class(j)&cwHeldValue24 != 0 {
				return y, true
			}
		}
	}
	return -1, false
}

// hasPrefixAny reports w starting with one of ps.
func hasPrefixAny(w string, ps ...string) bool {
	for _, p := range ps {
		if len(w) >= len(p) && w[:len(p)] == p {
			return true
		}
	}
	return false
}

// readInvestHeld24 reads an investment held in clause ci (see the file
// comment).
func (a *Analyzer) readInvestHeld24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		y, ok := s.investHeld24(ci, k)
		if !ok {
			continue
		}
		x := a.investor24(s, ci, st, k, y)
		if x < 0 || x == y {
			continue
		}
		// A person stands for his one organisation the story names;
		// with none named, a person's words about "the investment"
		// name no holder.
		if a.isPerson[x] {
			z := a.ownOrg(st, x)
			if z < 0 || z == y {
				continue
			}
			x = z
		}
		mood := a.clauseMood(s, cl, k)
		if m := s.outerMood12(k); m != "" {
			mood = m
		}
		a.add(s, st, x, y, 1, "donation", mood, 1.0)
		return
	}
}

// investor24 finds who holds the investment at k in Y.
func (a *Analyzer) investor24(s *sentCtx, ci int, st *storyState, k, y int) int {
	// "Y में उसके निवेश": the possessive's owner, grounded.
	if w := s.w(k - 1); w != "अपने" && w != "अपना" && w != "अपनी" && heldPoss24(w) {
		if c := s.chunkAt(k - 1); c != nil && c.ent >= 0 && c.ent != y {
			return c.ent
		}
	}
	pick := func(ci int) int {
		if ci < 0 || ci >= len(s.cls) {
			return -1
		}
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.ent >= 0 && c.ent != y && (c.mk == mkAgent || c.mk == mkBare && c.tok < k) {
				return c.ent
			}
		}
		return -1
	}
	if x := pick(ci); x >= 0 {
		return x
	}
	cl := &s.cls[ci]
	if cl.kind == ckContent {
		for _, e := range a.speakers(s, ci, st, nil) {
			if e != y {
				return e
			}
		}
	}
	if cl.parent >= 0 && cl.parent != ci {
		return pick(cl.parent)
	}
	return -1
}

// purposeOnly24 reports a ताकि before k in its sentence, or a modal सक-
// after it: what the money is to be raised for, not raised.
func (s *sentCtx) purposeOnly24(k int) bool {
	for j := s.sn.a; j < s.sn.b; j++ {
		if w := s.w(j); j < k && w == "ताकि" || j > k && hasPrefixAny(w, "सके", "सकें", "सकता", "सकती", "सकते") {
			return true
		}
	}
	return false
}

// Made into something bad. In X's words "Z ने Y को <hostile word> बना
// दिया" ("मस्क ने ट्विटर को नफरत का अड्डा बना दिया", "… ने ओपनएआई को
// मुनाफे की मशीन बना डाला", "… को नफरत के अड्डे में बदल दिया") judges
// the maker Z (the doer in X's words, read already) and also Y, what it
// has become: X → Y hostile when Y is tracked. madeInto24 finds Y: a
// tracked को-object of the clause before the word, and a making verb —
// बना + a perfect light verb or बनाया after the word (or between the
// object and the word, the headline order "Y को बना दिया 'E'"), or
// "में बदल दिया" after it. A praise is not read this way: what a maker
// made better is the maker's credit, not a stance towards the thing.

// makingVerb24 reports a making verb at j: बनाया/बनाई, or बना followed
// by a perfect light verb (दिया, डाला, चुके …), or बदल after में.
func (s *sentCtx) makingVerb24(j int) bool {
	switch s.w(j) {
	case "बनाया", "बनाई", "बनाए":
		return true
	case "बना":
		return hasPrefixAny(s.w(j+1), "दिया", "दी", "दिए", "डाला", "डाली", "डाले", "चुक")
	case "बदल":
		return s.w(j-1) == "में" && hasPrefixAny(s.w(j+1), "दिया", "दी", "दिए", "डाला", "डाली", "चुक")
	}
	return false
}

// madeInto24 returns the tracked को-object made into the hostile word at
// o, or -1. A word of control by another ("Z ने Y को कठपुतली बना दिया":
// a puppet, a pawn, a hostage; words.yaml made_victims) casts Y as Z's
// victim: not judged.
func (s *sentCtx) madeInto24(ci int, o occurrence) int {
	if s.class(o.k+o.n-1)&cwMadeVictim24 != 0 {
		return -1
	}
	y, yat := -1, -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkKo && c.ent >= 0 && c.pron == 0 && c.at < o.k && c.at >= o.k-8 {
			y, yat = c.ent, c.at
		}
	}
	if y < 0 {
		return -1
	}
	// "… ने Y को सलाहकार बनाया और देश को नफरत का अड्डा बना दिया": a
	// nearer को-object, untracked, is what was made into it.
	for j := yat + 1; j < o.k; j++ {
		if s.w(j) == "को" {
			return -1
		}
	}
	e := o.k + o.n
	for j := e; j <= e+3 && j < s.sn.b; j++ {
		if s.makingVerb24(j) {
			return y
		}
	}
	for j := yat + 1; j < o.k; j++ {
		if s.makingVerb24(j) {
			return y
		}
	}
	return -1
}

// Money lacked. readQuality (contrast11.go) reads "X ने कहा कि Y के पास
// पैसा (है ही) नहीं" as X's attack on Y, looking at the first quality or
// means after "के पास" only, six words on at most. Short stories on a
// project's backers word the same claim with the sum itself or a purpose
// between: "Y के पास 10 अरब डॉलर भी पक्के नहीं हैं", "Y के पास स्टारगेट के
// लिए जरूरी पैसा है ही नहीं", "Y के पास इतनी बड़ी योजना के लिए जरूरी पूंजी
// नहीं है". readMeansLacked24 reads them in someone's words: Y tracked,
// marked के पास, then within twelve words of its clause a word of money
// (moneyWord) with a negator right after it (fillers है, हैं, ही, भी,
// पक्के … between). The speaker → Y hostile. (Less than enough, "Y के
// पास / Y ने N से भी कम की रकम/व्यवस्था", is readShortMeans24's, long24.go,
// which needs a word of means after कम: "N से कम की कीमत पर खरीदा" is a
// price, "N से कम का कर्ज बचा है" a debt, neither a lack.)

// readMeansLacked24 reads money lacked (see above).
func (a *Analyzer) readMeansLacked24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 {
			continue
		}
		if s.w(c.end) != "के" || s.w(c.end+1) != "पास" {
			continue
		}
		start := c.end + 2
		at := -1
		for j := start; j < start+12 && j < s.sn.b && s.cid[j-s.sn.a] == int32(ci); j++ {
			if s.flag(j)&fwBreak != 0 {
				break
			}
			if !moneyWord(s.w(j)) {
				continue
			}
			for g := j + 1; g <= j+4 && g < s.sn.b; g++ {
				if s.flag(g)&fwNeg != 0 {
					at = g
					break
				}
				if s.class(g)&cwLackFiller24 == 0 {
					break
				}
			}
			if at >= 0 {
				break
			}
		}
		if at < 0 {
			continue
		}
		sp := a.speakers(s, ci, st, nil)
		if len(sp) != 1 || sp[0] == c.ent {
			return
		}
		a.add(s, st, sp[0], c.ent, -1, "criticism", a.lackMood24(s, cl, at), 1.0)
		return
	}
}

// A tie affirmed with its partner left to the headline. A headline that
// first raises a rupture or a strain (a question, reports: "ओपनएआई से
// रिश्ता तोड़ेगा माइक्रोसॉफ्ट?", "… रिश्तों में तनाव की खबरें") and then
// gives the chief's or the company's answer affirming the tie without
// naming the partner again ("नडेला ने कहा- हम लंबी रेस के साथी", "नडेला
// बोले- साझेदारी पहले से मजबूत", "कंपनी ने कहा- साझेदारी जारी") is the
// speaker's affirmation of the tie with that partner: speaker → partner
// supportive (SCHEMA: a party affirming an existing partnership). The
// partner is the one party the headline named before the answer that is
// neither the speaker nor tied to him (his own company), nor a deal.
// readTieElided24 reads it in a title's content clause that names no one
// tracked: a tie noun (साझेदारी, साझेदार, साथी, समर्थक, रिश्ता, रिश्ते,
// दोस्ती) with an affirming word (जारी, मजबूत, कायम, बरकरार, अटूट) or
// after a first-person plural subject (हम, हम दोनों). Its clause's own
// mood applies (the question before is another sentence or clause).

// peoplePlural24 reports an oblique plural noun (-ों, -ओं: किसानों,
// युवाओं), which names a group as a tie's partner.
func peoplePlural24(w string) bool {
	return strings.HasSuffix(w, "ों") || strings.HasSuffix(w, "ओं")
}

// readTieElided24 reads a tie affirmed with its partner left to the
// headline (see above).
func (a *Analyzer) readTieElided24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if s.f.name != "title" || cl.kind != ckContent || len(cl.toks) == 0 || len(cl.toks) > 14 {
		return
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && c.pron == 0 {
			return
		}
	}
	tie, we, ok := -1, false, false
	for _, k := range cl.toks {
		w := s.w(k)
		switch {
		case w == "हम":
			we = true
		case s.class(k)&cwPartnerNoun24 != 0:
			// "हम किसानों के साथी": the partner is named in the clause
			// (a plural of people owns the tie noun), untracked; "हम
			// लंबी रेस के साथी" leaves it to the headline.
			if isGenitive(s.w(k-1)) && peoplePlural24(s.w(k-2)) {
				return
			}
			if tie < 0 {
				tie = k
			}
			if we {
				ok = true
			}
		case s.class(k)&cwTieHolds24 != 0 && tie >= 0:
			ok = true
		}
	}
	if !ok {
		return
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 {
		return
	}
	x, y := sp[0], -1
	// The parties named before: the headline's earlier sentences
	// (st.recent) and this sentence's names before the clause.
	cands := st.recent
	for _, c := range s.chunks {
		if c.ent >= 0 && c.pron == 0 && c.tok < cl.first() {
			cands = append(cands[:len(cands):len(cands)], c.ent)
		}
	}
	for _, e := range cands {
		if e == x || a.isDeal[e] || a.tiedTo(st, x, e) || a.tiedTo(st, e, x) || e == y {
			continue
		}
		if y >= 0 {
			return // two candidates: no one
		}
		y = e
	}
	if y < 0 {
		return
	}
	a.add(s, st, x, y, 1, "alliance", a.clauseMood(s, cl, tie), 1.0)
}

// A bet in a headline with no verb. Headlines name an investment as a
// bare noun: "OpenAI में सबसे बड़ा दांव अब सॉफ्टबैंक का", "सॉफ्टबैंक का
// ओपनएआई पर बड़ा दांव", or in a chief's words "नडेला ने कहा- ओपनएआई में
// 13 अरब का दांव अब तक का सबसे अच्छा फैसला". The lexicon's "दांव लगा*"
// and "निवेश कि*" need their verb. readBetTitle24 reads, in a title
// clause with no finite verb or copula, दांव or निवेश after "Y में/पर"
// (at most four plain words between: a sum, सबसे बड़ा), its holder the
// name marked का/की/के just after the noun or just before Y, else the
// speaker of the words (and, for a person, the one organisation of his
// the story names as well): holder → Y supportive (kind donation).
func (a *Analyzer) readBetTitle24(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if s.f.name != "title" || len(cl.toks) == 0 {
		return
	}
	k := -1
	for _, j := range cl.toks {
		if s.flag(j)&(fwFinite|fwCopula) != 0 {
			return
		}
		if w := s.w(j); k < 0 && (w == "दांव" || w == "निवेश") {
			k = j
		}
	}
	// ("Y में निवेश पर X का रुख": the noun under a postposition is a
	// topic, no bet.)
	if k < 0 || postpositionWord24(s.w(k+1)) {
		return
	}
	y, ytok := -1, -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || c.at >= k || c.at < k-5 || s.w(c.at) != "में" && s.w(c.at) != "पर" {
			continue
		}
		plain := true
		for j := c.at + 1; j < k; j++ {
			if s.w(j) == "," || s.mentionAt(j) || s.inMention(j) || postpositionWord24(s.w(j)) && s.w(j) != "का" {
				plain = false
			}
		}
		if plain {
			y, ytok = c.ent, c.tok
		}
	}
	if y < 0 {
		return
	}
	var xs []int
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || c.ent == y || !isGenitive(s.w(c.end)) {
			continue
		}
		if c.tok > k && c.tok <= k+3 || c.end+1 == ytok {
			xs = appendNew(xs, c.ent)
		}
	}
	// "Y में एलआईसी का (भारी) निवेश": a holder named, untracked (a
	// genitive whose owner is no sum: "13 अरब का दांव" is the bet's
	// size); neither the speaker nor the clause before holds it.
	if len(xs) == 0 && s.ownerNamed24(ytok, k) {
		return
	}
	if len(xs) == 0 && cl.kind == ckContent {
		for _, e := range a.speakers(s, ci, st, nil) {
			xs = appendNew(xs, e)
			if a.isPerson[e] {
				if z := a.ownOrg(st, e); z >= 0 {
					xs = appendNew(xs, z)
				}
			}
		}
	}
	// "X ने … बेची, Y पर बड़ा दांव": the agent of the clause before.
	if len(xs) == 0 && cl.kind == ckMain && ci > 0 && s.cls[ci-1].kind == ckMain {
		xs = a.agentsOf(s, ci-1)
	}
	mood := a.clauseMood(s, cl, k)
	for _, x := range xs {
		a.add(s, st, x, y, 1, "donation", mood, 1.0)
	}
}

// ownerNamed24 reports a genitive का/की/के between Y at y and the noun
// at k whose owner is a word, not a sum or a number ("Y में एलआईसी का
// निवेश"; not "Y में 13 अरब (डॉलर) का दांव").
func (s *sentCtx) ownerNamed24(y, k int) bool {
	for j := y + 1; j < k; j++ {
		if !isGenitive(s.w(j)) {
			continue
		}
		if p := s.w(j - 1); s.isWord(j-1) && !moneyWord(p) && !allDigits23(p) {
			return true
		}
	}
	return false
}

// postpositionWord24 reports a postposition or genitive after a noun.
func postpositionWord24(w string) bool {
	switch w {
	case "ने", "को", "से", "में", "पर", "का", "की", "के", "तक", "द्वारा":
		return true
	}
	return false
}

// An organisation's dependent alias in a headline. dropDependent drops a
// bare brand (जियो) in every headline: "Jio-Musk साथ" names the unit's
// own deal, "शान से जियो" is the verb, "जियो से बदली गांवों की तस्वीर"
// may be either. Short headlines that name the company's chief use the
// brand as the company, a case marker after it: "मोदी ने की मुकेश अंबानी
// की तारीफ: 'जियो ने सस्ता डेटा देकर …'", "'मुकेश अंबानी जी, जियो के
// दाम बढ़ाने की इतनी जल्दी क्यों?'", "Jio में Google का … दांव, मुकेश
// अंबानी ने …" (dev gold lists Reliance in these headline-only stories).
// titleNounUse24 keeps the brand there: a case marker right after it
// (caseMarked) and a person the watchlist's titles tie to the company
// (chief24) or the company by another of its names named in the story;
// a hyphenated pair stays dropped.
func (m *Matcher) titleNounUse24(f *field, ev *gEvent, evs []gEvent) bool {
	if !caseMarked(f, ev.tokEnd) {
		return false
	}
	for _, o := range evs {
		if o.kind == gFull && m.chief24[[2]int32{o.entity, ev.entity}] {
			return true
		}
		// Session 30: or the story names the company by another of
		// its names ("X बोले- 'जियो के साथ काम करना गर्व की बात',
		// O की एजीएम में संदेश"), as in a body.
		if o.kind == gFull && o.standalone && o.entity == ev.entity {
			return true
		}
	}
	return false
}
