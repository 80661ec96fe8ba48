package work

// Session 33 (MUTUAL): a suit answered by its motive.
//
// "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। … ओपनएआई के एक प्रवक्ता ने कहा
// कि यह मुकदमा मस्क के उत्पीड़न अभियान का हिस्सा है": the engine read
// the suit, Y → X; the sued X answers by giving the suit a motive
// (harassment, jealousy, a ploy), which SCHEMA counts as hostile to the
// suit's author ("Reply" rule 1(a): giving Y's suit a motive is the same
// as calling it politically motivated). The words rarely name the
// plaintiff as such: they say "यह मुकदमा" and name its owner. So: a
// sentence of the story where X speaks (X ने, X के [एक] प्रवक्ता/वकील
// ने, or a headline's "X बोली-"), a suit noun (suit_nouns33) and, after
// X, a motive word (suit_motives33), with no other tracked entity in
// it, gives X → Y hostile. When the answer names the plaintiff's owner
// ("यह मुकदमा मस्क के उत्पीड़न अभियान का हिस्सा है" after xAI's suit),
// dev gold gives the motive to the owner only (some 20 stories; five
// others, dat-038, dat-053, daw-027, dba-061, dbe-068, also give it to
// the company), so such a sentence is left to the owner's stance. A
// plain denial ("मुकदमा बेबुनियाद है") or an answer in court has no
// motive word and gives nothing. Dev (session 33): dvo-001.

// suitMotives33 adds X → Y hostile for each asserted suit Y → X that X
// answers by the suit's motive somewhere in the story.
func (a *Analyzer) suitMotives33(fields []*field, st *storyState) {
	n := len(st.stanceList)
	var spans []sentSpan25
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if x.Kind != "lawsuit" || !answerable25(x) {
			continue
		}
		src, tgt, ok := a.unanswered34(st, x) // the sued, who answers; the plaintiff
		if !ok {
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		for _, sp := range spans {
			at := a.suitSpeaker33(sp, src)
			if at < 0 || !a.suitMotiveAfter33(sp, at) || namesOther33(sp, src, tgt) {
				continue
			}
			a.addAnswered25(st, sp, x, src, tgt)
			break
		}
	}
}

// suitSpeaker33 is the token after X's mention in sentence sp when X
// speaks there (X ने; X के [एक] proxy ने; a headline's X + speech verb),
// not inside someone's words; -1 otherwise.
func (a *Analyzer) suitSpeaker33(sp sentSpan25, e int) int {
	f := sp.f
	for _, m := range f.mentions {
		if m.entity != e || m.tok < sp.sn.a || m.tok >= sp.sn.b || a.saidBefore25(sp, m.tok) {
			continue
		}
		k := m.tokEnd
		if k >= sp.sn.b {
			continue
		}
		if f.words[k] == "ने" {
			return k + 1
		}
		if f.name == "title" && f.fl[k]&fwSpeech != 0 {
			return k + 1
		}
		if isGenitive(f.words[k]) {
			j := k + 1
			if j < sp.sn.b && f.words[j] == "एक" {
				j++
			}
			if j+1 < sp.sn.b && f.fl[j]&fwProxy != 0 && f.words[j+1] == "ने" {
				return j + 2
			}
		}
	}
	return -1
}

// suitMotiveAfter33 reports a suit noun anywhere in sentence sp and a
// motive word at or after token at, with no negator after at ("मुकदमा
// उत्पीड़न नहीं है" gives no motive).
func (a *Analyzer) suitMotiveAfter33(sp sentSpan25, at int) bool {
	suit, motive := false, false
	for k := sp.sn.a; k < sp.sn.b; k++ {
		c := a.fieldClass2(sp.f, k)
		if c&cwSuitNoun33 != 0 {
			suit = true
		}
		if k >= at && c&cwSuitMotive33 != 0 {
			motive = true
		}
		if motive && coordAfter37(sp, k) {
			return suit
		}
		if k >= at && sp.f.fl[k]&fwNeg != 0 {
			return false
		}
	}
	return suit && motive
}

// namesOther33 reports a tracked entity other than x and y named in
// sentence sp: when the answer names the plaintiff's owner ("मस्क के
// उत्पीड़न अभियान का हिस्सा"), dev gold gives the motive to the owner
// named, not to the company that sued.
func namesOther33(sp sentSpan25, x, y int) bool {
	for _, m := range sp.f.mentions {
		if m.tok >= sp.sn.a && m.tok < sp.sn.b && m.entity != x && m.entity != y {
			return true
		}
	}
	return false
}

// replyOpener33 reports a sentence opening with "इस पर" ("इस पर X ने कहा
// कि Y …"): the sentence answers the one before it, as a reply word
// would (replyFrame26, retort26.go).
func replyOpener33(sp sentSpan25) bool {
	f := sp.f
	k := sp.sn.a
	return k+2 < sp.sn.b && f.words[k] == "इस" && f.words[k+1] == "पर"
}

// mayOpen33 reports a sentence of the story opening with "इस पर"
// (replyOpener33): the screen of retorts26 besides the reply words.
func mayOpen33(fields []*field) bool {
	for _, f := range fields {
		for _, sn := range f.buf.sents {
			if replyOpener33(sentSpan25{f: f, sn: sn}) {
				return true
			}
		}
	}
	return false
}
