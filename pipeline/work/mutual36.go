package work

import (
	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 36 (MUTUAL): the answer that judges the attacker's deed.
//
// "ओपनएआई ने पुराने ईमेल जारी कर मस्क पर दोहरे रवैये का आरोप लगाया। … मस्क
// के वकील ने ब्लॉग को झूठ का पुलिंदा बताया": the engine read Y → X; X's
// answer (X, or X's lawyer, spokesperson or campaign: agentIn25) calls a
// deed of Y's — a statement, claim, record, demand or post
// (owned_artefacts, charge_nouns, record_nouns, demand_nouns) named with
// no owner, so the one the story just told — by a hostile evaluative with
// a calling verb ("<deed> को '<hostile>' बताया/करार दिया"). With Y's name
// before the deed the engine reads it already (a genitive owner); without
// it the deed points back at Y's attack, as "यह" does for
// judgedAttacks35. SCHEMA: criticism of someone's statement or campaign
// counts against that person; a deed called a lie or a ploy is its
// author's (a denial word alone, claim_weak — "आरोपों को बेबुनियाद बताया"
// — only rejects and stays no stance). The answer is X's first sentence
// as agent after the attack (answerSpan35); it names no tracked entity
// but X and Y, Y is no agent there, and X's stances there aim at no one
// else.

// deedJudged36 adds X → Y hostile for each asserted hostile Y → X whose
// answer calls Y's deed, named with no owner, a hostile word.
func (a *Analyzer) deedJudged36(fields []*field, st *storyState) {
	if !st.deed36b && !a.openGuards { // no sentence with a deed noun and a calling verb (speed36b.go)
		return
	}
	last := -2 // (the last deed sentence among the spans: speed37.go)
	a.eachUnanswered36(fields, st, "", nil, func(n, i, src, tgt int, spans []sentSpan25, j int) {
		if last == -2 {
			last = lastDeed37(st, spans)
		}
		if j >= last && !a.openGuards {
			return // no deed sentence after the attack's
		}
		x := st.stanceList[i]
		k := a.answerAt36(spans, j, src)
		if k < 0 || !a.lastDeedOf36(spans, j, k, tgt) {
			return
		}
		sp := spans[k]
		if !a.agentIn25(sp, tgt) && !namesOther33(sp, src, tgt) && a.judgesDeed36(sp) && !a.elsewhere25(st, st.stanceList[:n], sp, x.Target, tgt) {
			a.addAnswered25(st, sp, x, src, tgt)
		}
	})
}

// eachUnanswered36 calls fn(n, i, …) for each stance i among the
// story's first n (those read before the caller began; fn may add more)
// that was read in field ("": any), is answerable (answerable25), is not
// yet answered (unanswered34: src the answerer X, tgt the attacker Y),
// passes pass (nil: every one; asked before the sentences are found) and
// has its own sentence j among the story's spans. The loop of
// judgedAttacks35, titleAnswers35, deedJudged36 and selfCharges36.
func (a *Analyzer) eachUnanswered36(fields []*field, st *storyState, field string, pass func(tgt int) bool, fn func(n, i, src, tgt int, spans []sentSpan25, j int)) {
	n := len(st.stanceList)
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if field != "" && x.Field != field || !answerable25(x) {
			continue
		}
		src, tgt, ok := a.unanswered34(st, x)
		if !ok || pass != nil && !pass(tgt) {
			continue
		}
		spans, j := stanceSpan35(st, fields, &x)
		if j < 0 {
			continue
		}
		fn(n, i, src, tgt, spans, j)
	}
}

// answerAt36 is the index of answerSpan35's sentence (the answerer's
// first words after sentence j), or -1.
func (a *Analyzer) answerAt36(spans []sentSpan25, j, src int) int {
	for k := j + 1; k < len(spans) && (k <= j+judgedAhead35 && spans[k].f == spans[j].f || a.titleRetort26(spans, j, k)); k++ {
		if a.agentIn25(spans[k], src) {
			return k
		}
	}
	return -1
}

// lastDeedOf36 reports the deed the answer k names with no owner as Y's
// (y's): the sentence right before it is the attack's (j), or no one
// but Y acts there (a ने before any कि is Y's, agentIn25). "ज़िला अटॉर्नी
// ने … अदालत का दरवाज़ा खटखटाया। मस्क ने आरोपों को राजनीति से प्रेरित
// बताया" rejects the attorney's charges, not the earlier attacker's.
func (a *Analyzer) lastDeedOf36(spans []sentSpan25, j, k, y int) bool {
	if k-1 == j || k == 0 || spans[k-1].f != spans[k].f {
		return true
	}
	p := spans[k-1]
	for t := p.sn.a; t < p.sn.b && p.f.fl[t]&fwKi == 0; t++ {
		if p.f.words[t] == "ने" {
			return a.agentIn25(p, y)
		}
	}
	return true
}

// judgesDeed36 reports, in the narrator's part of sentence sp (before
// any कि), a deed noun with no genitive owner and no mention, under को,
// followed by a hostile evaluative (not a denial word) and then a
// calling verb, with no negator in between: "ब्लॉग को झूठ का पुलिंदा
// बताया", "इस शिकायत को … ध्यान भटकाने की कोशिश बताया".
func (a *Analyzer) judgesDeed36(sp sentSpan25) bool {
	f := sp.f
	words := f.words[:sp.sn.b]
	for k := sp.sn.a + 1; k < sp.sn.b; k++ {
		if f.fl[k]&fwKi != 0 {
			return false
		}
		if f.words[k] != "को" || !a.deedNoun36(f, k-1) || mentionAt36(sp, k-1) {
			continue
		}
		if k-2 >= sp.sn.a && isGenitive(f.words[k-2]) {
			continue // an owner named: the genitive readers' case
		}
		judged := false
		for v := k + 1; v < sp.sn.b; v++ {
			if f.fl[v]&(fwNeg|fwKi) != 0 {
				break
			}
			if f.fl[v]&fwCall != 0 {
				if judged {
					return true
				}
				break
			}
			if e, _ := a.lex.match(words, v, entEval); e != nil && e.eval != nil && e.eval.pol < 0 && a.fieldClass2(f, v)&cwClaimWeak27 == 0 {
				judged = true
			}
		}
	}
	return false
}

// deedNoun36 reports token k of f as a deed noun: a statement, claim,
// record or demand someone made (owned_artefacts, charge_nouns,
// record_nouns, demand_nouns).
func (a *Analyzer) deedNoun36(f *field, k int) bool {
	if k < 0 || k >= len(f.wid) {
		return false
	}
	return f.fl[k]&fwCharge != 0 || a.fieldClass27(f, k)&(cwArtefact26|cwRecordNoun) != 0 || a.fieldClass2(f, k)&cwDemand31 != 0
}

// mentionAt36 reports a mention of a tracked entity covering token k of
// sentence sp.
func mentionAt36(sp sentSpan25, k int) bool {
	for _, m := range sp.f.mentions {
		if k >= m.tok && k < m.tokEnd {
			return true
		}
	}
	return false
}

// Session 36 (MUTUAL): who answers for X.
//
// SCHEMA, "Speaking on X's behalf": X's spokesperson, lawyer or campaign
// speaks for X. The chunker reads a proxy with words between ("X के एक
// प्रवक्ता ने"), with its own untracked name after it ("X के वकील मार्क
// टोबेरॉफ ने") and on X's side ("X की ओर से पेश वकील ने"); the reply
// readers' agentIn25 took only "X के वकील ने". Dev: dev-105 (elon-musk >
// openai, "मस्क के वकील मार्क टोबेरॉफ ने ब्लॉग को झूठ का पुलिंदा बताया").

// proxyAgent36 reports, after X's mention ending at token k of sentence
// sp, a proxy of X acting: a genitive, up to two plain words (not पूर्व:
// a former spokesperson speaks for himself), a proxy noun, then ने right
// away or after up to three plain words (the proxy's own name); or "की
// ओर से", up to two plain words, a proxy noun and ने.
func proxyAgent36(sp sentSpan25, k int) bool {
	f := sp.f
	b := sp.sn.b
	plain := func(j int) bool {
		return f.toks[j].Kind == hindi.Word && f.fl[j]&^fwEntry == 0 && !mentionAt36(sp, j) && f.words[j] != "पूर्व"
	}
	if k+3 < b && f.words[k] == "की" && f.words[k+1] == "ओर" && f.words[k+2] == "से" {
		for j := k + 3; j <= k+5 && j+1 < b; j++ {
			if f.fl[j]&fwProxy != 0 {
				return f.words[j+1] == "ने"
			}
			if !plain(j) {
				return false
			}
		}
		return false
	}
	if k >= b || !isGenitive(f.words[k]) {
		return false
	}
	for j := k + 1; j <= k+3 && j+1 < b; j++ {
		if f.fl[j]&fwProxy != 0 {
			if memberNoun(f.words[j+1]) {
				return false
			}
			for e := j + 1; e <= j+4 && e < b; e++ {
				if f.words[e] == "ने" {
					return true
				}
				if !plain(e) {
					return false
				}
			}
			return false
		}
		if !plain(j) {
			return false
		}
	}
	return false
}

// conditional36 reports a conditional word (conditional: अगर, यदि) in
// the sentence: "X के वकील ने कहा कि अगर Y … करता, तो …" weighs what
// might have been; titleAnswered25 takes no such words as the act a
// headline's counter-attack answers (dvf-180).
func conditional36(sp sentSpan25) bool {
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if sp.f.fl[k]&fwCond != 0 {
			return true
		}
	}
	return false
}

// Session 36: a damning word before a praising head.
//
// "ओपनएआई के वकील ने कहा कि मस्क एक ईर्ष्यालु पूर्व साझेदार हैं": the last
// evaluative word is the head of its group ("सबसे बड़ा खतरा"), so
// साझेदार read praise. A hostile evaluative right before a supportive
// head — nothing between, or one word (पूर्व, पुराने) — qualifies a
// relation or role the head only names: a jealous partner, a treacherous
// friend, a failed ally are run down. Dev: dvx-126.

// damnedHead36 is the evaluative occurrence read as the head of rd.occ:
// the hostile one right before the last (lastEval) when the last is
// supportive, else lastEval.
func (s *sentCtx) damnedHead36(occ []occurrence, lastEval int) int {
	if lastEval < 1 {
		return lastEval
	}
	h, m := occ[lastEval], occ[lastEval-1]
	if h.e.kind != entEval || m.e.kind != entEval || h.e.eval == nil || m.e.eval == nil || h.e.eval.pol <= 0 || m.e.eval.pol >= 0 || m.alt != nil || h.alt != nil {
		return lastEval
	}
	if gap := h.k - (m.k + m.n); gap < 0 || gap > 1 || gap == 1 && (!s.isWord(m.k+m.n) || s.flag(m.k+m.n)&(fwPostposition|fwAnd|fwNeg) != 0 || s.mentionAt(m.k+m.n)) {
		return lastEval
	}
	return lastEval - 1
}

// Session 36: the headline's one organisation.
//
// "अडानी समूह ने राहुल गांधी के आरोपों को बताया 'राजनीति से प्रेरित' ||
// राहुल गांधी ने गुरुवार को समूह पर … आरोप लगाया था": the body's first
// org noun (कंपनी, समूह) with no organisation named in the body before
// it is the one the headline names. A pronoun in the body still does not
// point into the headline (lastAgent starts empty); an org noun is a
// definite description, and when the headline names a single
// organisation it is the one the story is about. Dev: daf-009.

// titleOrg36 is the one organisation (no person, no deal) the headline
// of a two-field story names, or -1: the body's org nouns resolve to it
// until the body names an organisation itself.
func (a *Analyzer) titleOrg36(fields []*field) int {
	if len(fields) != 2 || fields[0].name != "title" {
		return -1
	}
	org := -1
	for _, m := range fields[0].mentions {
		e := m.entity
		if e < 0 || a.isPerson[e] || a.isDeal[e] {
			continue
		}
		if org >= 0 && org != e {
			return -1
		}
		org = e
	}
	return org
}

// bareOrgNoun36 reports the org noun chunk c standing alone: one word,
// after the sentence's start, a mark, a postposition, a time word or a
// demonstrative ("गुरुवार को समूह पर", "इस कंपनी ने"), not a kind of
// group a word before it names ("निवेशक समूह", "… वाले समूह").
func (s *sentCtx) bareOrgNoun36(c *chunk) bool {
	if c.end-c.tok != 1 {
		return false
	}
	k := c.tok - 1
	if k < s.sn.a || !s.isWord(k) {
		return true
	}
	switch s.w(k) {
	case "इस", "उस", "यह", "वह":
		return true
	}
	return s.flag(k)&(fwPostposition|fwTemporal) != 0
}

// Session 36 (MUTUAL): "Y himself wanted it" — the answer that turns
// the charge back.
//
// "ओपनएआई के वकीलों ने इन दलीलों का विरोध किया और कहा कि मस्क खुद कंपनी को
// मुनाफे वाले ढांचे में बदलना चाहते थे": after Y's attack on X, X's words
// make Y the subject and stress him with खुद/स्वयं ("Y himself …"): the
// charge turned back on its maker, a claim about Y's conduct that
// discredits Y (SCHEMA: X's claim about Y's conduct that discredits Y is
// X → Y hostile, kind accusation). The answer is any later sentence
// where X (or X's proxy) acts, Y is the subject of the words
// (namesAfterKi26) with खुद/स्वयं right after the name, no negator after
// it, no tracked entity but X and Y named, Y no agent there, and no
// stance of X read there. Dev: dvk-049, dvj-091.

// selfCharges36 adds X → Y hostile for each asserted hostile Y → X that
// X's later words turn back on Y ("Y खुद …").
func (a *Analyzer) selfCharges36(fields []*field, st *storyState) {
	if !a.openGuards && !selfAfter36(fields, -1) { // no name followed by खुद/स्वयं (speed36b.go)
		return
	}
	self := func(tgt int) bool { return a.openGuards || selfAfter36(fields, tgt) } // (speed36b.go)
	a.eachUnanswered36(fields, st, "", self, func(n, i, src, tgt int, spans []sentSpan25, j int) {
		x := st.stanceList[i]
		for k := j + 1; k < len(spans); k++ {
			sp := spans[k]
			if !a.agentIn25(sp, src) || a.agentIn25(sp, tgt) || namesOther33(sp, src, tgt) || !a.namesAfterKi26(st, sp, tgt) || !a.selfStressed36(sp, tgt) || a.saysAny35(st.stanceList[:n], sp, x.Target) {
				continue
			}
			a.addSelfCharge36(st, sp, x, src, tgt)
			break
		}
	})
}

// selfStressed36 reports Y's mention after a कि followed right away by
// खुद or स्वयं, with no negator after it in the sentence.
func (a *Analyzer) selfStressed36(sp sentSpan25, y int) bool {
	f := sp.f
	for _, m := range f.mentions {
		if m.entity != y || m.tok < sp.sn.a || m.tokEnd >= sp.sn.b || !a.saidBefore25(sp, m.tok) {
			continue
		}
		if w := f.words[m.tokEnd]; w != "खुद" && w != "स्वयं" {
			continue
		}
		for k := m.tokEnd + 1; k < sp.sn.b; k++ {
			if f.fl[k]&fwNeg != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// addSelfCharge36 records X → Y hostile (kind accusation), its evidence
// the sentence sp.
func (a *Analyzer) addSelfCharge36(st *storyState, sp sentSpan25, x pipeline.Stance, src, tgt int) {
	a.addReversed38(st, sp, x, src, tgt, pipeline.Hostile, "accusation")
}
