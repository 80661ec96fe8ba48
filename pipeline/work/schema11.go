package work

import "github.com/khabar/khabar/pipeline"

// Session 11: SCHEMA conventions the blind writers apply that the engine
// did not read (see testdata/gold/SCHEMA.md): a person who makes or
// announces an agreement is a party to it, acts presupposed in a noun
// phrase, relations stated in passing.

// agreementNoun11 is a noun of an agreement that agreementAt did not
// list: a person who makes or announces one ("X ने Y के साथ गठजोड़
// किया", "… अनुबंध का ऐलान") is a party to it, both ways (SCHEMA).
func agreementNoun11(w string) bool {
	switch w {
	case "गठजोड", "अनुबंध", "भागीदारी", "करारों", "समझौतों":
		return true
	}
	return false
}

// quarrelNoun11 is a noun of a quarrel between two (as normalised: no
// nukta). जंग only as a war of words (जुबानी जंग), read by the caller.
func quarrelNoun11(w string) bool {
	switch w {
	case "तल्खी", "तकरार", "झगडा", "झगडे", "झगडों", "कडवाहट", "अनबन", "टकराव",
		"मतभेद", "मतभेदों", "तनातनी", "खटास", "दुश्मनी", "नोकझोंक", "जंग":
		return true
	}
	return false
}

// quarrelTime11 is a word of duration that may own a quarrel ("महीनों
// की तल्खी", "सालों की दुश्मनी") without naming its parties.
func quarrelTime11(w string) bool {
	switch w {
	case "महीनों", "सालों", "वर्षों", "हफ्तों", "दिनों", "हफ्ते", "महीने", "साल", "दोनों", "दोनो":
		return true
	}
	return false
}

// readPastQuarrel reads a quarrel presupposed in passing, its parties
// not marked on it ("महीनों की तल्खी के बाद X और Y ने हाथ मिलाया",
// "दोनों के बीच तीखी तकरार के कुछ दिन बाद X ने Y की तारीफ की", "…
// तल्खी के बाद यह दोनों की पहली मुलाकात थी"): hostile both ways between
// the pair (SCHEMA: a quarrel presupposed in background, kind rivalry).
// The pair is the clause's two tracked names, or, when the sentence says
// दोनों and names fewer, the story's last two. A quarrel with someone
// marked on it ("Z से तकरार के बाद", "Z के साथ", "Z के बीच") is read by
// quarrelBefore and pairAttached, not here.
func (a *Analyzer) readPastQuarrel(s *sentCtx, ci int, st *storyState) {
	if (s.screen&swQuarrel11 == 0 || a.clauseScreen(s, ci)&swQuarrel11 == 0) && !s.quarrelIn27(ci) {
		return
	}
	for _, k := range s.cls[ci].toks {
		if !s.pastQuarrel27(k) {
			continue
		}
		after := s.presupposedAfter11(k)
		amid := !after && s.amidQuarrel27(k) // (sour27.go)
		if !after && !amid {
			continue
		}
		both, ok := s.quarrelOwner11(k)
		if amid {
			both, ok = false, true // amidQuarrel27 read the words before it
		}
		if !ok || !amid && s.unmarkedWar27(k, both) {
			continue
		}
		ids := a.quarrelPair11(s, ci, st, both)
		if ids == nil {
			ids = a.contentPartner27(s, ci, st) // (sour27.go)
		}
		if len(ids) != 2 {
			continue
		}
		// The quarrel stays presupposed under a negated or future host
		// ("तल्खी के बाद वे नहीं मिले"); a question, a speculation or
		// a condition keeps it unasserted.
		mood := a.clauseMood(s, &s.cls[ci], k)
		if mood == pipeline.MoodNegated || mood == pipeline.MoodFuture {
			mood = ""
		}
		a.add(s, st, ids[0], ids[1], -1, "rivalry", mood, 1.5)
		a.add(s, st, ids[1], ids[0], -1, "rivalry", mood, 1.5)
		return
	}
}

// presupposedAfter11 reports the noun at k under "के (कुछ दिन) बाद" or
// "के बावजूद": the quarrel is presupposed as having been.
func (s *sentCtx) presupposedAfter11(k int) bool {
	if s.w(k+1) != "के" {
		return false
	}
	for j := k + 2; j <= k+5 && j < s.sn.b; j++ {
		switch s.w(j) {
		case "बाद", "बावजूद":
			return true
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
	}
	return false
}

// quarrelOwner11 reads the words before the quarrel noun at k: only
// adjectives, a duration's genitive ("महीनों की"), or "दोनों के बीच /
// की" (both: the pair named elsewhere). A partner marked on it (से, के
// साथ, के बीच, में, or another noun's genitive) is not ok: another
// reading's, or someone untracked.
func (s *sentCtx) quarrelOwner11(k int) (both, ok bool) {
	for j := k - 1; j >= k-4 && j >= s.sn.a; j-- {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return both, true
		}
		switch w := s.w(j); {
		case w == "से" || w == "साथ" || w == "बीच" || w == "में" || isGenitive(w):
			p := j - 1
			if w == "साथ" || w == "बीच" {
				p = j - 2
			}
			if pw := s.w(p); pw == "दोनों" || pw == "दोनो" {
				return true, true
			}
			if isGenitive(w) && quarrelTime11(s.w(p)) {
				return both, true
			}
			return false, false
		}
	}
	return both, true
}

// quarrelPair11 is the pair of a quarrel presupposed in clause ci: its two
// tracked names (not a deal, not a person's own organisation), or, when
// the sentence says दोनों, the story's last two such.
func (a *Analyzer) quarrelPair11(s *sentCtx, ci int, st *storyState, both bool) []int {
	tied := func(x, y int) bool {
		return a.tiedTo(st, x, y) || a.tiedTo(st, y, x)
	}
	var ids []int
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.pron == fwBoth {
			both = true
		}
		if c.ent < 0 || c.pron != 0 || a.isDeal[c.ent] || c.mk == mkPlace || c.mk == mkAbout {
			continue
		}
		ids = appendNew(ids, c.ent)
	}
	for len(ids) == 3 && tied(ids[0], ids[1]) {
		ids = ids[1:]
	}
	if len(ids) == 3 && tied(ids[1], ids[2]) {
		ids = ids[:2]
	}
	if len(ids) == 2 {
		if tied(ids[0], ids[1]) {
			return nil
		}
		return ids
	}
	if len(ids) > 2 || !both {
		return nil
	}
	pair := a.recentPair11(st)
	if len(ids) == 1 && !containsInt(pair, ids[0]) {
		return nil
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// amongNoun11 is a plural noun of backers ("Y के सबसे बड़े समर्थकों में
// थे"), with the kind of the backing.
func amongNoun11(w string) string {
	switch w {
	case "समर्थकों", "हिमायतियों", "सहयोगियों":
		return "endorsement"
	case "प्रशंसकों":
		return "praise"
	case "निवेशकों", "दानदाताओं", "चंदादाताओं":
		return "donation"
	}
	return ""
}

// readAmong reads "X (…) Y के (सबसे बड़े) समर्थकों में (से एक) (शामिल)
// थे/हैं/रहे हैं": X is said to be among Y's backers, a stance of X
// towards Y asserted as a clause, also in background (SCHEMA: past
// support stated as fact; investment stated in background counts). Not
// the role noun used to name someone ("Y के समर्थकों में शामिल X ने
// कहा": the noun is not the clause's predicate).
func (a *Analyzer) readAmong(s *sentCtx, ci int, st *storyState) {
	// Its answers need an amongNoun11 word among the clause's tokens.
	if s.sentRules()&rwAmong11 == 0 || a.clauseRules(s, ci)&rwAmong11 == 0 {
		return // (rules16.go)
	}
	// (Y is the clause's, and so is the amongNoun11 word.)
	if s.screen&swSchema11 == 0 || !s.entIn(ci) || a.clauseScreen(s, ci)&swSchema11 == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		kind := amongNoun11(s.w(k))
		if kind == "" || s.w(k+1) != "में" {
			continue
		}
		// The predicate: में (से एक) (शामिल) + a copula (थे, हैं, रहे,
		// रह चुके), nothing else.
		j := k + 2
		if s.w(j) == "से" && s.w(j+1) == "एक" {
			j += 2
		}
		switch s.w(j) {
		case "शामिल", "शुमार":
			j++
		case "गिने", "गिना", "गिनी":
			j++ // "… में गिने जाते हैं"
			if s.w(j) == "जाते" || s.w(j) == "जाता" || s.w(j) == "जाती" {
				j++
			}
		}
		if !copula11(s.w(j)) {
			continue
		}
		// "X, Y के शुरुआती निवेशकों में थे": an investor role in the
		// simple past is left as TestFrames8Retorts reads it (no
		// stance); "… में रहे हैं / शामिल है" is asserted (dev gold).
		if kind == "donation" && pastStake35(s.w(k), s.w(j)) {
			continue
		}
		// Y: the genitive right before the noun (adjectives between).
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && c.end <= k && c.end >= k-4 && isGenitive(s.w(c.end)) && s.possessedRun(c.end+1, k) {
				y = c.ent
			}
		}
		if y < 0 {
			continue
		}
		// X: the bare subject before Y ("X, Y के …": the comma may
		// close a clause of its own).
		x := -1
		for i := range s.chunks {
			c := s.chunks[i]
			if c.ent >= 0 && c.ent != y && c.mk == mkBare && !c.possessed && c.tok < k && !a.isDeal[c.ent] && (c.clause == ci || s.w(c.end) == ",") {
				x = c.ent
			}
		}
		if x < 0 {
			continue
		}
		mood := a.clauseMood(s, cl, k)
		a.add(s, st, x, y, 1, kind, mood, 1.0)
	}
	// "Y के (सबसे बड़े) समर्थकों में X भी (शामिल) हैं": the subject after
	// में.
	for _, k := range cl.toks {
		kind := amongNoun11(s.w(k))
		if kind == "" || s.w(k+1) != "में" {
			continue
		}
		x := -1
		for i := range s.chunks {
			if c := s.chunks[i]; c.ent >= 0 && c.tok == k+2 && c.mk == mkBare && c.pron == 0 && !a.isDeal[c.ent] {
				x = c.ent
				j := c.end
				for s.w(j) == "भी" || s.w(j) == "शामिल" || s.w(j) == "ही" {
					j++
				}
				if !copula11(s.w(j)) || kind == "donation" && pastStake35(s.w(k), s.w(j)) {
					x = -1
				}
			}
		}
		y := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && c.end <= k && c.end >= k-4 && isGenitive(s.w(c.end)) && s.possessedRun(c.end+1, k) {
				y = c.ent
			}
		}
		if x >= 0 && y >= 0 && x != y {
			a.add(s, st, x, y, 1, kind, a.clauseMood(s, cl, k), 1.0)
		}
	}
}

// copula11 is a copula or the past of रहना after a predicate noun.
func copula11(w string) bool {
	switch w {
	case "थे", "था", "थी", "थीं", "हैं", "है", "रहे", "रही", "रहा", "रह":
		return true
	}
	return false
}

// gladActNoun11 is a noun of a kind act done to someone that SCHEMA
// counts (congratulating, praising, backing), with its kind. Not मदद
// (help is no stance SCHEMA lists) nor शुभकामनाएं (good wishes: the
// session-8 table TestRequestedFrames reads thanks for them as the
// thanker's stance only).
func gladActNoun11(w string) string {
	switch w {
	case "बधाई", "बधाइयों", "तारीफ", "प्रशंसा", "सराहना":
		return "praise"
	case "समर्थन":
		return "endorsement"
	}
	return ""
}

// thanksWord11 is a word of thanking.
func thanksWord11(w string) bool {
	switch w {
	case "आभार", "धन्यवाद", "शुक्रिया", "शुक्रगुजार", "कृतज्ञता", "थैंक्स":
		return true
	}
	return false
}

// readThanksFor reads thanks for someone's kind act named as a noun ("X
// की बधाई पर Y ने आभार जताया", "X की शुभकामनाओं के लिए Y ने धन्यवाद
// दिया", "X की बधाई पर Y बोले- शुक्रिया"): the thanks are Y's towards X.
// The act itself, named only as what is thanked for, is presupposed and
// gives no X → Y (SCHEMA, ruling of session 26, rule 5; session 27: it
// used to be credited). Y is who thanks: the clause's agent or, in
// words, the speaker. Negated or questioned thanks keep their mood.
func (a *Analyzer) readThanksFor(s *sentCtx, ci int, st *storyState) {
	// Its answers need a thanksWord11 word among the clause's tokens.
	if s.sentRules()&rwThanks11 == 0 || a.clauseRules(s, ci)&rwThanks11 == 0 {
		return // (rules16.go)
	}
	// (The thanksWord11 word is the clause's.)
	if s.screen&swSchema11 == 0 || a.clauseScreen(s, ci)&swSchema11 == 0 {
		return
	}
	cl := &s.cls[ci]
	at := -1
	for _, k := range cl.toks {
		if thanksWord11(s.w(k)) {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	// The act: "X की <noun> पर / के लिए / को लेकर" before the thanks, in
	// the sentence.
	for k := s.sn.a; k < at; k++ {
		kind := gladActNoun11(s.w(k))
		if kind == "" || !isGenitive(s.w(k-1)) {
			continue
		}
		if !(s.w(k+1) == "पर" || s.w(k+1) == "के" && (s.w(k+2) == "लिए" || s.w(k+2) == "बाद")) {
			continue
		}
		x := -1
		for i := range s.chunks {
			if c := s.chunks[i]; c.ent >= 0 && c.end == k-1 {
				x = c.ent
			}
		}
		ys := a.agentsOf(s, ci)
		if len(ys) == 0 && cl.kind == ckContent {
			ys = a.speakers(s, ci, st, nil)
		}
		if len(ys) != 1 {
			return
		}
		// "जन्मदिन की बधाई पर Y ने X को शुक्रिया कहा": an act owned by
		// no one tracked is the act of the one thanked (X को, X का
		// आभार).
		if x < 0 && s.isWord(k-2) && !s.mentionAt(k-2) && !s.inMention(k-2) {
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.ent >= 0 && c.ent != ys[0] && c.pron == 0 && (c.mk == mkKo || c.mk == mkGen && c.head == at) {
					x = c.ent
				}
			}
		}
		if x < 0 || ys[0] == x {
			return
		}
		mood := a.clauseMood(s, cl, at)
		a.add(s, st, ys[0], x, 1, "praise", mood, 1.0)
		return
	}
}

// dealNoun11 is a noun of an agreement or a partnership between two.
func dealNoun11(w string) bool {
	switch w {
	case "करार", "समझौता", "समझौते", "साझेदारी", "गठजोड", "गठबंधन", "डील", "सौदा", "सौदे", "अनुबंध":
		return true
	}
	return false
}

// readDealPresupposed reads an agreement presupposed as made (SCHEMA: "Y
// के साथ हुआ सौदा, नए समझौते के बाद" count; a partnership presupposed in
// background counts like one announced):
//   - "Y के साथ (हुए) (नए) करार के बाद / के बावजूद X …": X is the
//     clause's one other tracked party (agent, subject, or the deal's
//     own genitive "X का करार");
//   - "X और Y के बीच समझौता हो चुका है": a perfect with चुक;
//   - "Y के साथ X का (उसका) मौजूदा करार जारी रहेगा/है": an existing
//     deal said to go on, asserted though its verb is future.
//
// Both ways, kind alliance; the clause's mood (not its future) applies.
func (a *Analyzer) readDealPresupposed(s *sentCtx, ci int, st *storyState) {
	// Its answers need a dealNoun11 word among the clause's tokens.
	if s.sentRules()&rwDeal11 == 0 || a.clauseRules(s, ci)&rwDeal11 == 0 {
		return // (rules16.go)
	}
	if s.screen&swSchema11 == 0 || a.clauseScreen(s, ci)&swSchema11 == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if !dealNoun11(s.w(k)) {
			continue
		}
		after := s.w(k+1) == "के" && (s.w(k+2) == "बाद" || s.w(k+2) == "बावजूद")
		done := s.w(k+1) == "हो" && (s.w(k+2) == "चुका" || s.w(k+2) == "चुकी" || s.w(k+2) == "चुके") || s.madeDealTopic16(k)
		kept := false
		if s.w(k+1) == "जारी" || s.w(k+2) == "जारी" && s.w(k+1) == "भी" {
			for j := k - 1; j >= k-3 && j >= s.sn.a; j-- {
				if s.w(j) == "मौजूदा" || s.w(j) == "वर्तमान" || s.w(j) == "पुराना" || s.w(j) == "पुरानी" {
					kept = true
				}
			}
		}
		// An existing tie affirmed in a party's own words is the
		// speaker's stance only (SCHEMA; readTieKept).
		// "X और Y के बीच (…) हुआ चिप करार …": words describing the
		// deal between the participle and its noun (dealgap23.go).
		gap := -1
		if !after && !done && !kept {
			gap = a.dealMadeGap23(s, k)
		}
		if !after && !done && gap < 0 && (!kept || cl.kind == ckContent) {
			continue
		}
		// Y: a name marked के साथ / से within a few words before the
		// noun ("Y के साथ (हुए) (नए) करार"), or the pair "X और Y के
		// बीच"; past describing words, before the participle.
		pk := k
		if gap >= 0 {
			pk = gap
		}
		// "X ने Y के साथ हुए करार को 'विश्वासघात' बताया": X judges the
		// deal, no party to it (attach30.go).
		if s.dealCalled30(ci, k) {
			continue
		}
		ids := a.dealPair11(s, ci, pk)
		if len(ids) != 2 {
			continue
		}
		mood := a.clauseMood(s, cl, k)
		if mood == pipeline.MoodFuture {
			mood = ""
		}
		a.add(s, st, ids[0], ids[1], 1, "alliance", mood, 1.0)
		a.add(s, st, ids[1], ids[0], 1, "alliance", mood, 1.0)
		return
	}
}

// dealPair11 is the two parties of the deal noun at k in clause ci: the
// partner marked के साथ/से (or two marked के बीच) before it, and the
// clause's one other tracked party; nil when it is not exactly two.
func (a *Analyzer) dealPair11(s *sentCtx, ci, k int) []int {
	partner, between := -1, []int(nil)
	var others []int
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || a.isDeal[c.ent] || c.mk == mkPlace || c.mk == mkAbout {
			continue
		}
		switch {
		case (c.mk == mkSaath || c.mk == mkSe) && c.at < k && c.at >= k-6:
			if partner >= 0 && partner != c.ent {
				return nil
			}
			partner = c.ent
		case c.mk == mkBetween && c.at < k && c.at >= k-6:
			between = appendNew(between, c.ent)
		case c.mk == mkAgent || c.mk == mkBare || c.mk == mkGen && c.head == k || isGenitive(s.w(c.end)) && c.end < k && c.end >= k-3:
			others = appendNew(others, c.ent)
		}
	}
	if len(between) == 2 && partner < 0 {
		return between
	}
	if partner < 0 || len(between) > 0 {
		return nil
	}
	var rest []int
	for _, e := range others {
		if e != partner && !a.tiedBoth(s.st, e, partner) {
			rest = append(rest, e)
		}
	}
	// "X ने …, जबकि Y के साथ उसका मौजूदा करार …": a genitive pronoun
	// on the deal, which cannot be its partner Y, is the sentence's
	// agent before.
	if len(rest) == 0 {
		pron := false
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.pron == fwGenPron && c.end <= k && c.end >= k-2 {
				pron = true
			}
		}
		for i := 0; pron && i < len(s.chunks) && s.chunks[i].clause < ci; i++ {
			if c := s.chunks[i]; c.ent >= 0 && c.ent != partner && c.mk == mkAgent && c.pron == 0 && !a.isDeal[c.ent] {
				rest = appendNew(rest, c.ent)
			}
		}
	}
	if len(rest) != 1 {
		return nil
	}
	return []int{partner, rest[0]}
}

// adverbSe11 is the noun of a manner adverb closed by से ("राजनीतिक रूप
// से", "पूरी तरह से", "गलत ढंग से", "सिरे से", "खास तौर से"): before a
// hostile evaluative word it is how, not a comparison ("than"). Before a
// supportive one it is left as it was: "Y मानसिक रूप से मजबूत हैं"
// describes a quality (TestFrames7Outlets: no stance).
func adverbSe11(w string) bool {
	switch w {
	case "रूप", "तरह", "ढंग", "तरीके", "सिरे", "तौर", "हद":
		return true
	}
	return false
}

// ownerOfTarget credits an attack on a tracked organisation named with
// its tracked owner's genitive ("A की मेटा पर X का कटाक्ष", "A की
// ओपनएआई पर X का हमला") to the owner as well (SCHEMA: criticism of
// someone's company counts against that person, and against the
// organisation when it is tracked itself): X → A, the attack's kind and
// mood, when the sentence's reading gave X → Org and not X → A. Runs
// after the sentence's clauses, on the stances they added (from).
func (a *Analyzer) ownerOfTarget(s *sentCtx, st *storyState, from int) {
	n := len(st.stanceList)
	if n == from {
		return
	}
	for i := range s.chunks {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || !a.isPerson[c.ent] || c.mk != mkGen || c.head >= 0 || !isGenitive(s.w(c.end)) || i+1 >= len(s.chunks) {
			continue
		}
		o := s.chunks[i+1]
		if o.tok != c.end+1 || o.ent < 0 || o.pron != 0 || a.isPerson[o.ent] || a.isDeal[o.ent] || o.mk != mkPar {
			continue
		}
		org, owner := a.ents[o.ent].ID, a.ents[c.ent].ID
		for j := from; j < n; j++ {
			x := st.stanceList[j]
			if x.Polarity != pipeline.Hostile || x.Target != org || x.Source == owner {
				continue
			}
			if src, ok := a.entOf37(st, x.Source); ok {
				a.add(s, st, src, c.ent, -1, x.Kind, x.Mood, 1.0)
			}
		}
	}
}

// announcerParty reads the person who announces his own organisation's
// agreement ("(Z के चेयरमैन) X ने ऐलान किया कि कंपनी/Z ने Y के साथ
// साझेदारी की है", "X ने घोषणा की कि Z ने Y के साथ करार किया है") as a
// party to it, both ways with Y (SCHEMA: a person who makes or announces
// an agreement is the party to it). Only an announcement (announces)
// or the deal told as news ("X ने बताया कि Z ने Y के साथ साझेदारी की है",
// told19: ruled in session 19 from the blind-written files), not a
// chief's claim about it ("X ने कहा कि …": his company's deal, read by
// the frames); only an alliance of X's own organisation that the
// sentence's clauses asserted (from).
func (a *Analyzer) announcerParty(s *sentCtx, st *storyState, from int) {
	n := len(st.stanceList)
	if n == from && len(st.again) == 0 {
		return
	}
	if !(s.screen&swAnnounce != 0 && a.announces(s)) && !s.told19() {
		return
	}
	x := -1
	for i := range s.chunks {
		c := s.chunks[i]
		if c.ent >= 0 && c.mk == mkAgent && a.isPerson[c.ent] && s.cls[c.clause].kind != ckContent {
			x = c.ent
			break
		}
	}
	if x < 0 {
		return
	}
	z := a.ownOrg(st, x)
	if z < 0 {
		return
	}
	zid := a.ents[z].ID
	// This sentence's alliances: the new ones, and those an earlier
	// sentence (a headline) had asserted already.
	idx := st.again[:len(st.again):len(st.again)]
	for j := from; j < n; j++ {
		idx = append(idx, j)
	}
	for _, j := range idx {
		t := st.stanceList[j]
		if t.Polarity != pipeline.Supportive || t.Mood != "" || t.Kind != "alliance" || t.Source != zid {
			continue
		}
		if y, ok := a.entByID[t.Target]; ok && y != x && !a.isPerson[y] && !a.isDeal[y] {
			a.add(s, st, x, y, 1, "alliance", "", 1.0)
			a.add(s, st, y, x, 1, "alliance", "", 1.0)
		}
	}
}

// recentPair11 is the story's last two entities named (not a deal, not a
// person with his own organisation), for a दोनों with no pair read yet;
// nil when there are not two.
func (a *Analyzer) recentPair11(st *storyState) []int {
	tied := func(x, y int) bool {
		return a.tiedTo(st, x, y) || a.tiedTo(st, y, x)
	}
	var pair []int
	for j := len(st.recent) - 1; j >= 0 && len(pair) < 2; j-- {
		e := st.recent[j]
		if a.isDeal[e] || containsInt(pair, e) || len(pair) == 1 && tied(pair[0], e) {
			continue
		}
		pair = append(pair, e)
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}
