package work

import "github.com/khabar/khabar/pipeline"

// Session 35b (MUTUAL2): a person dismissed with a label.
//
// "मस्क ने दोनों को 'पुराने तंत्र के पहरेदार' कहकर खारिज कर दिया": X labels
// Y (कहकर/बताकर) and turns Y himself down (offer_refusals: खारिज, ठुकरा-
// …). Dismissing a person with a label is an attack on him (kind
// mockery), as "Y को '<label>' कहकर उनका मजाक उड़ाया" is; the dismissal of
// Y's charge or offer ("Y के आरोपों को … बताकर खारिज") stays a denial or
// a refusal (SCHEMA): only a name right before को counts, not an owner.
// "दोनों को" means the last two people the story named before the
// sentence, neither of them X — typically the two who attacked X.

// labelDismissed35b adds X → Y hostile for each sentence where X's label
// dismisses Y.
func (a *Analyzer) labelDismissed35b(fields []*field, st *storyState) {
	var spans []sentSpan25
	for _, f := range fields {
		if f.marked25 && !f.refusal35b {
			continue // (no refusal word: speed35.go's markRefusal35b)
		}
		for k := 1; k+1 < len(f.words); k++ {
			if w := f.words[k]; (w != "कहकर" && w != "बताकर") || a.fieldClass2(f, k+1)&cwOfferRefusal27 == 0 {
				continue
			}
			if spans == nil {
				spans = storySpans28(st, fields)
			}
			j := spanOfTok35b(spans, f, k)
			if j < 0 {
				continue
			}
			a.labelAt35b(st, spans, j, k)
		}
	}
}

// spanOfTok35b is the index of the span of field f holding token k.
func spanOfTok35b(spans []sentSpan25, f *field, k int) int {
	for j, sp := range spans {
		if sp.f == f && k >= sp.sn.a && k < sp.sn.b {
			return j
		}
	}
	return -1
}

// labelAt35b reads the label dismissal whose converb is token k of span j.
func (a *Analyzer) labelAt35b(st *storyState, spans []sentSpan25, j, k int) {
	sp := spans[j]
	f := sp.f
	ko := -1
	for t := k - 1; t > sp.sn.a; t-- {
		if w := f.words[t]; w == "को" {
			ko = t
			break
		} else if w == "ने" || f.fl[t]&fwKi != 0 {
			return
		}
	}
	if ko < 0 {
		return
	}
	src := -1
	for _, m := range f.mentions {
		if m.tok >= sp.sn.a && m.tokEnd < ko && f.words[m.tokEnd] == "ने" && !a.saidBefore25(sp, m.tok) {
			if src >= 0 && src != m.entity {
				return // two agents
			}
			src = m.entity
		}
	}
	if src < 0 {
		return
	}
	var tgts []int
	for _, m := range f.mentions {
		if m.tok > ko && m.tok < k {
			return // a name inside the label: not Y's alone
		}
		if m.tokEnd == ko && m.entity != src {
			tgts = append(tgts, m.entity)
		}
	}
	if len(tgts) == 0 && f.words[ko-1] == "दोनों" {
		tgts = a.lastPeople35b(spans, j, sp, ko-1, src)
	}
	for _, y := range tgts {
		if _, had := st.stances[stanceKey37(a.idKey[src], a.idKey[y], true, "")]; had {
			continue
		}
		ev, os, oe := evidence(f, &sp.sn)
		st.stances[stanceKey37(a.idKey[src], a.idKey[y], true, "")] = len(st.stanceList)
		st.stanceList = append(st.stanceList, pipeline.Stance{Source: a.ents[src].ID, Target: a.ents[y].ID, Polarity: pipeline.Hostile,
			Score: 0.6, Evidence: ev, Kind: "mockery", Field: f.name, Start: os, End: oe})
	}
}

// lastPeople35b is the last two people named before token k of span j
// (in it and the spans before it, nearest first), none of them src nor
// tied to it; nil unless there are two.
func (a *Analyzer) lastPeople35b(spans []sentSpan25, j int, sp sentSpan25, k, src int) []int {
	var ppl []int
	for i := j; i >= 0 && len(ppl) < 2; i-- {
		s := spans[i]
		ms := s.f.mentions
		for x := len(ms) - 1; x >= 0 && len(ppl) < 2; x-- {
			m := ms[x]
			if m.tok < s.sn.a || m.tok >= s.sn.b || i == j && m.tok >= k {
				continue
			}
			if e := m.entity; e != src && a.isPerson[e] && !containsInt(ppl, e) {
				ppl = append(ppl, e)
			}
		}
	}
	if len(ppl) < 2 {
		return nil
	}
	return ppl
}

// Session 35b (MUTUAL2): praise echoed with "X ने भी".
//
// "सन ने ट्रंप की जमकर तारीफ की। ओरेकल के एलिसन ने भी कहा कि ट्रंप का
// प्रशासन …": भी makes X's words the same act as the one just told — Z's
// praise of Y — when they are about Y. X → Y supportive (kind praise)
// when X's sentence (the first after the praise, within echoAhead35b
// sentences of the same field, with "X ने भी") names Y after कि, reports
// no earlier words (no था before कि), holds no negator and no hostile
// evaluative, names no one but X, Y and X's own organisation, and no
// stance of X is read there.
const echoAhead35b = 2

// echoPraise35b adds X → Y supportive for each asserted praise Z → Y
// that X's next words echo with "ने भी".
func (a *Analyzer) echoPraise35b(fields []*field, st *storyState) {
	a.eachPraise37(fields, st, false, func(n, i, z, y int, spans []sentSpan25, j int) {
		for k := j + 1; k < len(spans) && k <= j+echoAhead35b && spans[k].f == spans[j].f; k++ {
			sp := spans[k]
			src := a.tooWho35b(sp)
			if src < 0 {
				continue
			}
			if src != y && src != z && !pluperfect35(sp) && a.namesAfter35(sp, y) && a.plainWords35(sp) &&
				!a.namesBesides35b(st, sp, src, y) && !a.saysAny35(st.stanceList[:n], sp, a.ents[src].ID) {
				if _, had := st.stances[stanceKey37(a.idKey[src], a.idKey[y], false, "")]; !had {
					ev, os, oe := evidence(sp.f, &sp.sn)
					st.stances[stanceKey37(a.idKey[src], a.idKey[y], false, "")] = len(st.stanceList)
					st.stanceList = append(st.stanceList, pipeline.Stance{Source: a.ents[src].ID, Target: st.stanceList[i].Target, Polarity: pipeline.Supportive,
						Score: 0.6, Evidence: ev, Kind: "praise", Field: sp.f.name, Start: os, End: oe})
				}
			}
			break
		}
	})
}

// tooWho35b is the entity of the sentence's "X ने भी" (not inside
// someone's words), or -1.
func (a *Analyzer) tooWho35b(sp sentSpan25) int {
	f := sp.f
	for _, m := range sp.mentions36() { // (the sentence's: speed36.go)
		if m.tok >= sp.sn.a && m.tokEnd+1 < sp.sn.b && f.words[m.tokEnd] == "ने" && f.words[m.tokEnd+1] == "भी" && !a.saidBefore25(sp, m.tok) {
			return m.entity
		}
	}
	return -1
}

// namesBesides35b reports a mention in sp of someone other than x, y
// and those tied to x (x's own organisation: "ओरेकल के एलिसन").
func (a *Analyzer) namesBesides35b(st *storyState, sp sentSpan25, x, y int) bool {
	for _, m := range sp.mentions36() { // (the sentence's: speed36.go)
		if m.tok >= sp.sn.a && m.tok < sp.sn.b && m.entity != x && m.entity != y && !a.tiedTo(st, x, m.entity) {
			return true
		}
	}
	return false
}

// Session 35b (MUTUAL2): a counter-attack with no target answers the
// one before.
//
// "राहुल ने कहा कि प्रधानमंत्री मोदी … । नासिक में प्रधानमंत्री मोदी ने पलटवार
// किया": a counter word (counter_words: पलटवार, जवाबी …) that names no
// target and whose doer has no attacker read yet answers the one who
// acted or spoke in the sentence before (st.lastAgent), as "इस पर X ने
// …" does (answersBefore); not X himself nor one tied to X, and not
// when the sentence aims it at someone untracked ("कांग्रेस पर पलटवार"),
// nor in a headline (its last agent may be a name inside the other
// side's question: "X का सवाल- 'शहजादे ने Z से …', Y का पलटवार"). SCHEMA,
// "Reply" 1(b): the narrator's attack verb for the reply is X → Y
// hostile.
func (a *Analyzer) counterLast35b(s *sentCtx, st *storyState, o occurrence, src int) bool {
	if s.f.name == "title" || s.class(o.k)&cwCounter25 == 0 || st.lastAgent < 0 || st.lastAgent == src || a.tiedTo(st, src, st.lastAgent) {
		return false
	}
	for k := s.sn.a; k < o.k; k++ {
		if w := s.w(k); w == "पर" || w == "खिलाफ" {
			return false // "कांग्रेस पर पलटवार": aimed at someone untracked
		}
	}
	return true
}
