package work

import "github.com/khabar/khabar/pipeline"

// Session 37 (MUTUAL): praise returned in the very next sentence.
//
// "ट्रंप ने मोदी को 'बेहतरीन वार्ताकार' बताया और कहा कि … । मोदी ने कहा
// कि ट्रंप का 'मेक अमेरिका ग्रेट अगेन' और भारत का 'विकसित भारत' मिलकर
// 'मेगा' साझेदारी बनाते हैं": at a joint appearance the praised answers
// at once, with no reply word and no "भी" (praiseAnswered35 needs one),
// and the praising word in his words is tied to no one by a frame. The
// sentence right after Y's praise of X (same field) where X acts (ने,
// or X's proxy: agentIn25) returns it — X → Y supportive (kind praise)
// — when it names Y after कि, holds a supportive evaluative after कि
// and no negator or hostile word (plainWords35), reports no earlier
// words (no था before कि), Y is no agent there, it names no one but X, Y
// and, in the words, those tied to either (namesBesidesSaid37), and no
// stance of X is read there. Without
// the praising word the gold splits (dak-042 against dvw-095: "सन ने
// कहा कि ट्रंप की जीत के बाद … भरोसा बढ़ा है"), so it is required. The
// same sentence also returns the praise when X calls Y something with
// no negator and no hostile word before a calling verb ("सन ने ऑल्टमैन
// को भविष्य देखने वाला इंसान बताया": calledPlain37): right after Y's
// praise, X's characterisation of Y answers it in kind. Dev (session
// 37): dvz-087, dva-333.

// praiseReturned37 adds X → Y supportive for each asserted praise Y → X
// answered, in the very next sentence, by X's warm words about Y.
func (a *Analyzer) praiseReturned37(fields []*field, st *storyState) {
	a.eachPraise37(fields, st, true, func(n, i, z, y int, spans []sentSpan25, j int) {
		src, tgt := y, z // the praised, who answers
		if j+1 >= len(spans) || spans[j+1].f != spans[j].f {
			return
		}
		sp := spans[j+1]
		if !a.agentIn25(sp, src) || pluperfect35(sp) || a.agentIn25(sp, tgt) || a.namesBesidesSaid37(st, sp, src, tgt) {
			return
		}
		if (a.namesAfter35(sp, tgt) && a.plainWords35(sp) && a.warmWords37(sp) || a.calledPlain37(sp, tgt)) && !a.saysAny35(st.stanceList[:n], sp, st.stanceList[i].Target) {
			a.addPraise35(st, sp, st.stanceList[i], src, tgt)
		}
	})
}

// eachPraise37 calls fn(n, i, z, y, spans, j) for each asserted praise
// i (z → y, entity indices) among the story's first n stances (those
// read before the caller began; fn may add more) that has its own
// sentence j among the story's spans; with unanswered, only a praise y
// has no stance towards z for yet. The loop of praiseAnswered35,
// praiseReturned37 and echoPraise35b.
func (a *Analyzer) eachPraise37(fields []*field, st *storyState, unanswered bool, fn func(n, i, z, y int, spans []sentSpan25, j int)) {
	n := len(st.stanceList)
	for i := 0; i < n; i++ {
		x := &st.stanceList[i]
		if x.Kind != "praise" || x.Polarity != pipeline.Supportive || !x.Asserted() || x.Source == x.Target {
			continue
		}
		z, ok1 := a.entOf37(st, x.Source)
		y, ok2 := a.entOf37(st, x.Target)
		if !ok1 || !ok2 {
			continue
		}
		if unanswered {
			if _, had := st.stances[stanceKey37(a.idKey[y], a.idKey[z], false, "")]; had {
				continue
			}
			if _, had := st.stances[stanceKey37(a.idKey[y], a.idKey[z], true, "")]; had {
				continue
			}
		}
		spans, j := stanceSpan35(st, fields, x)
		if j < 0 {
			continue
		}
		fn(n, i, z, y, spans, j)
	}
}

// warmWords37 reports a supportive evaluative after the sentence's first
// कि.
func (a *Analyzer) warmWords37(sp sentSpan25) bool {
	k0 := afterKi38(sp)
	if k0 < 0 {
		return false
	}
	words := sp.f.words[:sp.sn.b]
	for k := k0; k < sp.sn.b; k++ {
		if e, _ := a.lex.match(words, k, entEval); e != nil && e.eval != nil && e.eval.pol > 0 {
			return true
		}
	}
	return false
}

// Session 37 (MUTUAL): a suit's motive, then a denial of its merit.
//
// "ओपनएआई के प्रवक्ता ने … कहा कि एलन मस्क का ताजा मुकदमा 'परेशान करने
// की एक लंबी मुहिम का हिस्सा' है और इसमें कोई दम नहीं है": outlets
// close a rebuttal with a denial of the suit's merit in a clause of its
// own. suitMotiveAfter33 (mutual33.go) took the negator of that clause
// as negating the motive; an "और" after the motive word ends the
// motive's clause, so a negator past it denies something else. A
// negator before the "और" still negates the motive ("इस मुकदमे को
// उत्पीड़न नहीं मानती और …"). Dev (session 37): dvi-011.

// coordAfter37 reports token k of sp as "और": after the motive word it
// opens a clause of its own.
func coordAfter37(sp sentSpan25, k int) bool {
	return sp.f.words[k] == "और"
}

// calledPlain37 reports y's mention under को followed, with no negator
// and no hostile evaluative, by a calling verb, before any कि: "X ने Y को
// भविष्य देखने वाला इंसान बताया".
func (a *Analyzer) calledPlain37(sp sentSpan25, y int) bool {
	f := sp.f
	words := f.words[:sp.sn.b]
	for _, m := range sp.mentions36() {
		if m.entity != y || m.tok < sp.sn.a || m.tokEnd >= sp.sn.b || f.words[m.tokEnd] != "को" || a.saidBefore25(sp, m.tok) {
			continue
		}
		for v := m.tokEnd + 1; v < sp.sn.b; v++ {
			if f.fl[v]&(fwNeg|fwKi) != 0 {
				return false
			}
			if f.fl[v]&fwCall != 0 {
				return v > m.tokEnd+1
			}
			if e, _ := a.lex.match(words, v, entEval); e != nil && e.eval != nil && e.eval.pol < 0 {
				return false
			}
		}
	}
	return false
}

// Session 37 (MUTUAL): a headline's counter-attack, its attack told in
// the body as earlier words.
//
// "पिचाई बनाम नडेला: '…', गूगल प्रमुख का पलटवार। … नडेला ने तब कहा था कि
// माइक्रोसॉफ्ट ने सर्च के बाजार में गूगल को 'नाचने पर मजबूर' कर दिया है":
// the engine read X → Y from the headline's reply (reply_words: पलटवार,
// जवाब); answeredEarlier36b walks back from body answers only, and
// answeredAttacks25 needs Y's act near the answer. The body tells the
// attack as words said before (था/थी/थे before कि: pluperfect35). A
// body sentence where Y acts (agentIn25), X does not, Y's stances aim at
// no one else and praise no one, that reports Y's words (not a plain
// act, not a publication) naming X — by name, by an office the story
// gives X, or by X's own organisation (a person's company: "गूगल" for
// Pichai) — gives Y → X hostile (kind criticism). SCHEMA: the charge
// counts because the story reports it being made; the headline says
// whom it was aimed at. Dev (session 37): dap-013.

// answeredTitle37 adds Y → X hostile for each asserted hostile X → Y
// told in the headline as X's counter-attack or reply whose attack no
// reader has found: the body sentence where Y's earlier words name X.
func (a *Analyzer) answeredTitle37(fields []*field, st *storyState) {
	a.eachReplied37(fields, st, true, func(n, i, src, tgt int, spans []sentSpan25, k int) {
		for j := 0; j < len(spans); j++ {
			sp := spans[j]
			if sp.f.name == "title" || !a.agentIn25(sp, src) || a.agentIn25(sp, tgt) || !pluperfect35(sp) {
				continue
			}
			if a.elsewhere25(st, st.stanceList[:n], sp, st.stanceList[i].Target, tgt) || a.praisesIn37(st.stanceList[:n], sp, st.stanceList[i].Target) {
				continue
			}
			if (a.namesParty25(st, sp, tgt, false) || a.namesTiedOrg37(st, sp, tgt) || officeOf36b(st, sp, tgt)) && !a.hasClass25(sp, cwPublish25) && !a.plainAct27(spans, j) {
				a.addAnswered25(st, sp, st.stanceList[i], src, tgt)
				return
			}
		}
	})
}

// eachReplied37 calls fn(n, i, src, tgt, spans, k) for each answerable
// (answerable25), not yet answered (unanswered34: src the attacker Y,
// tgt the answerer X) stance i among the story's first n (fn may add
// more), read in the headline (title) or in the body (!title), whose
// own sentence k among the story's spans has a reply word. The loop of
// answeredEarlier36b and answeredTitle37.
func (a *Analyzer) eachReplied37(fields []*field, st *storyState, title bool, fn func(n, i, src, tgt int, spans []sentSpan25, k int)) {
	n := len(st.stanceList)
	var spans []sentSpan25
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if !answerable25(x) || (x.Field == "title") != title {
			continue
		}
		src, tgt, ok := a.unanswered34(st, x)
		if !ok {
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		k := spanAt25(spans, x.Field, x.Start)
		if k < 0 || !a.hasReplyWord25(spans[k]) {
			continue
		}
		fn(n, i, src, tgt, spans, k)
	}
}

// namesTiedOrg37 reports a mention in sp of an organisation tied to the
// person x.
func (a *Analyzer) namesTiedOrg37(st *storyState, sp sentSpan25, x int) bool {
	if !a.isPerson[x] {
		return false
	}
	for _, m := range sp.mentions36() {
		if m.tok >= sp.sn.a && m.tok < sp.sn.b && !a.isPerson[m.entity] && a.tiedBoth(st, x, m.entity) {
			return true
		}
	}
	return false
}

// praisesIn37 reports a supportive stance of src read in sentence sp.
func (a *Analyzer) praisesIn37(list []pipeline.Stance, sp sentSpan25, src string) bool {
	for _, x := range list {
		if x.Source == src && x.Polarity == pipeline.Supportive && x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return true
		}
	}
	return false
}

// Session 37 (MUTUAL): praise answered by words about the praiser's
// company.
//
// "नडेला ने पीएम मोदी को कहा धन्यवाद … प्रधानमंत्री मोदी ने जवाब में
// लिखा कि यह देखकर खुशी हुई कि माइक्रोसॉफ्ट ने … भारत को चुना है":
// praiseAnswered35 (mutual35.go) took the answer only when its words name
// the praiser and no one else. The words may name the praiser's own
// company instead (tiedAfter37), and that company, inside the words,
// is no third party (namesBesidesSaid37). Dev (session 37): dvh-127.

// tiedAfter37 reports, after the sentence's first कि, a mention of an
// organisation tied to the person y.
func (a *Analyzer) tiedAfter37(st *storyState, sp sentSpan25, y int) bool {
	if !a.isPerson[y] {
		return false
	}
	for _, m := range sp.mentions36() {
		if m.tok >= sp.sn.a && m.tok < sp.sn.b && !a.isPerson[m.entity] && a.tiedBoth(st, y, m.entity) && a.saidBefore25(sp, m.tok) {
			return true
		}
	}
	return false
}

// namesBesidesSaid37 reports a mention in sp of someone other than x and
// y, save those tied to either inside the words (after कि: Y's company
// the words are about, "नडेला … माइक्रोसॉफ्ट के इस फैसले से …"). A tie
// before कि still counts: a platform ("एक्स पर लिखा कि …") is no company
// the words are about.
func (a *Analyzer) namesBesidesSaid37(st *storyState, sp sentSpan25, x, y int) bool {
	for _, m := range sp.mentions36() {
		if m.tok < sp.sn.a || m.tok >= sp.sn.b || m.entity == x || m.entity == y {
			continue
		}
		if !a.saidBefore25(sp, m.tok) || !a.tiedTo(st, x, m.entity) && !a.tiedTo(st, y, m.entity) {
			return true
		}
	}
	return false
}
