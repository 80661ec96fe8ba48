package work

import (
	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 35 (MUTUAL): the answer that judges the attack.
//
// "ट्रंप ने कहा कि हैरिस अचानक अश्वेत बन गईं। हैरिस ने जवाब दिया कि यह
// वही पुराना अपमानजनक खेल है": the engine read Y → X; X's answer names no
// one, its words judge "this" — the attack just told — with a hostile
// evaluative. Calling Y's remark divisive or insulting criticises Y
// (SCHEMA, "Reply" rule 1(a): the reply's words contain something that
// counts on its own; a remark called insulting is its author's). The
// answer is X's first sentence as ने-agent (or X's campaign's) after the
// attack, within judgedAhead35 sentences of the same field, or anywhere
// in the body after a headline attack; it names no tracked entity but X
// and Y, its words after कि hold a demonstrative (this_words35: यह, ये,
// इस, ऐसे …) followed by a hostile evaluative (not a denial word,
// claim_weak: "यह आरोप बेबुनियाद है" only rejects) with no negator between or
// after, and X's stances there aim at no one else. Dev (session 35):
// dvc-224, dvn-111, dvz-135, dvz-060. The same answer with Y as the
// subject of its words and a negator after Y (deniesOf35: "फराज ने कहा
// कि मस्क ब्रिटिश राजनीति को बिल्कुल नहीं समझते"), and no praise there,
// runs the attacker down: X → Y hostile too. Dev: dch-035b.
const judgedAhead35 = 3

// judgedAttacks35 adds X → Y hostile for each asserted hostile Y → X
// that X's next words judge as "this" with a hostile evaluative.
func (a *Analyzer) judgedAttacks35(fields []*field, st *storyState) {
	a.eachUnanswered36(fields, st, "", nil, func(n, i, src, tgt int, spans []sentSpan25, j int) {
		x := st.stanceList[i]
		sp, ok := a.answerSpan35(spans, j, src)
		if !ok {
			return
		}
		if !a.agentIn25(sp, tgt) && !namesOther33(sp, src, tgt) && (a.judgesThis35(sp) || a.deniesOf35(st, sp, tgt) && !a.praiseAfterKi34(st.stanceList[:n], sp, x.Source)) && !a.elsewhere25(st, st.stanceList[:n], sp, x.Target, tgt) {
			a.addAnswered25(st, sp, x, src, tgt)
		}
	})
}

// deniesOf35 reports words about Y (the subject after कि: namesAfterKi26)
// that deny Y something, a negator after Y's mention: "फराज ने कहा कि
// मस्क ब्रिटिश राजनीति को बिल्कुल नहीं समझते" answers Musk's attack by
// running Musk down.
func (a *Analyzer) deniesOf35(st *storyState, sp sentSpan25, e int) bool {
	if !a.namesAfterKi26(st, sp, e) {
		return false
	}
	f := sp.f
	for _, m := range f.mentions {
		if m.entity != e || m.tok < sp.sn.a || m.tok >= sp.sn.b || !a.saidBefore25(sp, m.tok) {
			continue
		}
		for k := m.tokEnd; k < sp.sn.b; k++ {
			if f.fl[k]&fwKi != 0 {
				break
			}
			if f.fl[k]&fwNeg != 0 {
				return true
			}
		}
	}
	return false
}

// judgesThis35 reports, after the sentence's first complementizer (कि),
// a demonstrative (this_words35) followed by a hostile evaluative, with
// no negator after the demonstrative: "कहा कि यह वही पुराना विभाजनकारी
// खेल है", "कहा कि मतदाता इस तरह के हथकंडों से ऊब चुके हैं".
func (a *Analyzer) judgesThis35(sp sentSpan25) bool {
	f := sp.f
	words := f.words[:sp.sn.b]
	ki, this, judged := false, false, false
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if !ki {
			ki = f.fl[k]&fwKi != 0
			continue
		}
		if f.fl[k]&fwNeg != 0 {
			return false
		}
		if f.toks[k].Kind != hindi.Word {
			continue
		}
		if !this {
			this = a.fieldClass2(f, k)&cwThis35 != 0
			continue
		}
		// A denial word (claim_weak: बेबुनियाद, गलत …) only rejects the
		// charge: "यह आरोप बेबुनियाद है" is no stance (SCHEMA).
		if e, _ := a.lex.match(words, k, entEval); e != nil && e.eval != nil && e.eval.pol < 0 && a.fieldClass2(f, k)&cwClaimWeak27 == 0 {
			judged = true
		}
	}
	return judged
}

// Session 35 (MUTUAL): praise answered by praise.
//
// "ट्रंप ने मोदी को 'महान दोस्त' कहा। मोदी ने जवाब में कहा कि ट्रंप का
// 'मागा' और भारत का 'विकसित भारत' मिलकर मेगा साझेदारी बनाते हैं": the
// engine read Y → X praise; X's next words name Y and carry no lexicon
// frame. Words about Y that answer Y's praise, with no negator and no
// hostile word, return it: X → Y supportive (kind praise). The answer
// is X's first sentence as ने-agent after the praise, within
// judgedAhead35 sentences of the same field or anywhere in the body
// after a headline; it is marked as an answer (a reply word before कि,
// or "X ने भी"), reports no earlier words (no था before कि), names Y
// after कि, no tracked entity but X and Y, and no stance of X is read
// there. Dev (session 35): dva-202, dvl-091, dvp-029.

// praiseAnswered35 adds X → Y supportive for each asserted praise Y → X
// that X's next words about Y answer.
func (a *Analyzer) praiseAnswered35(fields []*field, st *storyState) {
	a.eachPraise37(fields, st, true, func(n, i, z, y int, spans []sentSpan25, j int) {
		src, tgt := y, z // the praised answers the praiser
		sp, ok := a.answerSpan35(spans, j, src)
		if !ok {
			return
		}
		if (a.replyFrame26(sp) || a.tooAgent35(sp, src)) && !pluperfect35(sp) && !a.agentIn25(sp, tgt) && (!namesOther33(sp, src, tgt) || !a.namesBesidesSaid37(st, sp, src, tgt)) &&
			(a.namesAfter35(sp, tgt) || a.tiedAfter37(st, sp, tgt)) && a.plainWords35(sp) && !a.saysAny35(st.stanceList[:n], sp, st.stanceList[i].Target) {
			a.addPraise35(st, sp, st.stanceList[i], src, tgt)
		}
	})
}

// tooAgent35 reports e's ने followed by भी ("X ने भी कहा कि …"): X's
// words come back on what was said to him, as a reply word says.
func (a *Analyzer) tooAgent35(sp sentSpan25, e int) bool {
	f := sp.f
	for _, m := range sp.mentions36() { // (the sentence's: speed36.go)
		if m.entity == e && m.tok >= sp.sn.a && m.tokEnd+1 < sp.sn.b && f.words[m.tokEnd] == "ने" && f.words[m.tokEnd+1] == "भी" {
			return true
		}
	}
	return false
}

// pluperfect35 reports था/थी/थे before the sentence's first कि ("X ने
// बताया था कि …"): words said before, no answer to what came before
// them in the story.
func pluperfect35(sp sentSpan25) bool {
	f := sp.f
	for k := sp.sn.a; k < sp.sn.b && f.fl[k]&fwKi == 0; k++ {
		switch f.words[k] {
		case "था", "थी", "थे":
			return true
		}
	}
	return false
}

// namesAfter35 reports a mention of e after the sentence's first
// complementizer (कि).
func (a *Analyzer) namesAfter35(sp sentSpan25, e int) bool {
	for _, m := range sp.mentions36() { // (the sentence's: speed36.go)
		if m.entity == e && m.tok >= sp.sn.a && m.tok < sp.sn.b && a.saidBefore25(sp, m.tok) {
			return true
		}
	}
	return false
}

// plainWords35 reports words after the first कि with no negator and no
// hostile evaluative.
func (a *Analyzer) plainWords35(sp sentSpan25) bool {
	k0 := afterKi38(sp)
	if k0 < 0 {
		return false
	}
	f := sp.f
	words := f.words[:sp.sn.b]
	for k := k0; k < sp.sn.b; k++ {
		if f.fl[k]&fwNeg != 0 {
			return false
		}
		if e, _ := a.lex.match(words, k, entEval); e != nil && e.eval != nil && e.eval.pol < 0 {
			return false
		}
	}
	return true
}

// afterKi38 is the token after sentence sp's first कि, or -1 when the
// sentence has none: the reported words plainWords35 and warmWords37 read.
func afterKi38(sp sentSpan25) int {
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if sp.f.fl[k]&fwKi != 0 {
			return k + 1
		}
	}
	return -1
}

// saysAny35 reports a stance of src (any polarity, any mood) read in
// sentence sp.
func (a *Analyzer) saysAny35(list []pipeline.Stance, sp sentSpan25, src string) bool {
	for _, x := range list {
		if x.Source == src && x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return true
		}
	}
	return false
}

// addPraise35 records the returned praise src → tgt (x reversed), its
// evidence the sentence sp.
func (a *Analyzer) addPraise35(st *storyState, sp sentSpan25, x pipeline.Stance, src, tgt int) {
	a.addReversed38(st, sp, x, src, tgt, pipeline.Supportive, "praise")
}

// Session 35 (MUTUAL): a counter-attack's words about the attacker.
//
// "हॉफमैन ने पलटवार करते हुए कहा कि ट्रंप यह मांग अपनी परेशानियों से ध्यान
// हटाने के लिए कर रहे हैं": the narrator's verb for X's words is an attack
// verb (पलटवार, पलटकर, जवाबी, करारा, मुंहतोड़ — counter_words) and the
// words are about Y. SCHEMA, "Reply" rule 1(b): a reply the narrator
// calls a counter-attack is X → Y hostile (kind criticism), whether or
// not the attack it answers was read. The counter word stands before the
// sentence's first कि, after X's ने; Y is the subject of the words
// (namesAfterKi26: a name or the office the story gave Y, not a
// possessor or an object); no tracked entity but X and Y is named, Y is
// no agent there, no stance of X is read there and the words hold no
// praise. Dev (session 35): dev-149.

// counterWords35 adds X → Y hostile for each sentence where X's
// counter-attack talks about Y.
func (a *Analyzer) counterWords35(fields []*field, st *storyState) {
	if !mayReply25(fields) {
		return
	}
	var spans []sentSpan25
	n := len(st.stanceList)
	for _, f := range fields {
		toks := f.replyToks25
		if f.marked25 && len(toks) == 0 || !counterIn36(f) { // (no counter word: speed36.go)
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		for _, sp := range spans {
			if sp.f != f || !a.counterBeforeKi35(sp) {
				continue
			}
			a.counterAbout35(st, sp, n)
		}
	}
}

// counterBeforeKi35 reports a counter word (counter_words) before the
// sentence's first complementizer (कि), which the sentence has.
func (a *Analyzer) counterBeforeKi35(sp sentSpan25) bool {
	f := sp.f
	counter := false
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if f.fl[k]&fwKi != 0 {
			return counter
		}
		if id := uint(f.wid[k]); id < uint(len(a.classOf)) && a.classOf[id]&cwCounter25 != 0 {
			counter = true
		}
	}
	return false
}

// counterAbout35 adds X → Y hostile for the ने-agent X of sentence sp
// whose counter-attack's words are about Y (the first n stances are
// the ones read in the sentences).
func (a *Analyzer) counterAbout35(st *storyState, sp sentSpan25, n int) {
	f := sp.f
	src := -1
	for _, m := range f.mentions {
		if m.tok >= sp.sn.a && m.tok < sp.sn.b && m.tokEnd < sp.sn.b && !a.saidBefore25(sp, m.tok) && a.agentIn25(sp, m.entity) {
			if src >= 0 && src != m.entity {
				return // two agents: whose words, unclear
			}
			src = m.entity
		}
	}
	if src < 0 {
		return
	}
	tgt := -1
	for _, m := range f.mentions {
		if m.tok < sp.sn.a || m.tok >= sp.sn.b || m.entity == src {
			continue
		}
		if tgt >= 0 && tgt != m.entity {
			return // a third party named
		}
		tgt = m.entity
	}
	if tgt < 0 || !a.namesAfterKi26(st, sp, tgt) || a.agentIn25(sp, tgt) {
		return
	}
	srcID, tgtID := a.ents[src].ID, a.ents[tgt].ID
	if _, had := st.stances[stanceKey37(a.idKey[src], a.idKey[tgt], true, "")]; had {
		return
	}
	if a.saysAny35(st.stanceList[:n], sp, srcID) || a.praiseAfterKi34(st.stanceList[:n], sp, tgtID) {
		return
	}
	ev, os, oe := evidence(f, &sp.sn)
	st.stances[stanceKey37(a.idKey[src], a.idKey[tgt], true, "")] = len(st.stanceList)
	st.stanceList = append(st.stanceList, pipeline.Stance{Source: srcID, Target: tgtID, Polarity: pipeline.Hostile,
		Score: 0.6, Evidence: ev, Kind: "criticism", Field: f.name, Start: os, End: oe})
}

// Session 35 (MUTUAL): a headline's answer to the attack it tells.
//
// "हैरिस ने मस्क और ट्रंप को एक साथ घेरा, मस्क बोले- 'कमला की स्क्रिप्ट भी
// कोई और लिखता है'": the headline tells Y's attack on X, then X's words
// (X + a speech verb). Words that name Y, with no third party named and
// no praise, answer the attack by attacking back: X → Y hostile. Y is
// named before X speaks (the attack comes first). Dev (session 35):
// dvm-126.

// titleAnswers35 adds X → Y hostile for each asserted hostile Y → X read
// in the headline that the headline's words of X answer.
func (a *Analyzer) titleAnswers35(fields []*field, st *storyState) {
	a.eachUnanswered36(fields, st, "title", nil, func(n, i, src, tgt int, spans []sentSpan25, j int) {
		x := st.stanceList[i]
		sp := spans[j]
		if at := a.titleWords35(sp, src, tgt); at > 0 && !a.saysAny35(st.stanceList[:n], sp, x.Target) {
			a.addAnswered25(st, sp, x, src, tgt)
		}
	})
}

// titleWords35 is the first token of X's words in headline sentence sp
// (X + a speech verb, Y named before X) when they name Y, no one else,
// and hold no praise; 0 otherwise.
func (a *Analyzer) titleWords35(sp sentSpan25, x, y int) int {
	f := sp.f
	at, yBefore := 0, false
	for _, m := range f.mentions {
		if m.tok < sp.sn.a || m.tok >= sp.sn.b {
			continue
		}
		if m.entity == y && at == 0 {
			yBefore = true
		}
		if m.entity == x && at == 0 && yBefore && m.tokEnd+1 < sp.sn.b && f.fl[m.tokEnd]&fwSpeech != 0 {
			at = m.tokEnd + 1
		}
	}
	if at == 0 {
		return 0
	}
	answers := false
	for _, m := range f.mentions {
		if m.tok < at || m.tok >= sp.sn.b {
			continue
		}
		if m.entity != y {
			return 0 // a third party (or X himself) in the words
		}
		answers = true
	}
	if !answers {
		return 0
	}
	// No praise in the words ("फराज बोले- फिर भी एलन का सम्मान करता हूं").
	words := f.words[:sp.sn.b]
	for k := at; k < sp.sn.b; k++ {
		if e, _ := a.lex.match(words, k, entEval); e != nil && e.eval != nil && e.eval.pol > 0 {
			return 0
		}
		if e, _ := a.lex.match(words, k, entFrame); e != nil && e.frame != nil && e.frame.pol > 0 {
			return 0
		}
	}
	return at
}

// answerSpan35 is the answerer's first words after sentence j: the first
// sentence where src acts (agentIn25), within judgedAhead35 sentences of
// the same field, or anywhere in the body after a headline j
// (titleRetort26). judgedAttacks35 and praiseAnswered35 read only it.
func (a *Analyzer) answerSpan35(spans []sentSpan25, j, src int) (sentSpan25, bool) {
	for k := j + 1; k < len(spans) && (k <= j+judgedAhead35 && spans[k].f == spans[j].f || a.titleRetort26(spans, j, k)); k++ {
		if a.agentIn25(spans[k], src) {
			return spans[k], true
		}
	}
	return sentSpan25{}, false
}

// stanceSpan35 is the story's sentence spans (storySpans28, built once a
// story) and the index of the one holding stance x, or -1.
func stanceSpan35(st *storyState, fields []*field, x *pipeline.Stance) ([]sentSpan25, int) {
	spans := storySpans28(st, fields)
	return spans, spanAt25(spans, x.Field, x.Start)
}
