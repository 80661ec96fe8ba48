package work

import "github.com/khabar/khabar/internal/hindi"

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
// इस, ऐसे …) followed by a hostile evaluative with no negator between or
// after, and X's stances there aim at no one else. Dev (session 35):
// dvc-224, dvn-111, dvz-135, dvz-060.
const judgedAhead35 = 3

// judgedAttacks35 adds X → Y hostile for each asserted hostile Y → X
// that X's next words judge as "this" with a hostile evaluative.
func (a *Analyzer) judgedAttacks35(fields []*field, st *storyState) {
	var spans []sentSpan25
	n := len(st.stanceList)
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if !answerable25(x) {
			continue
		}
		src, tgt, ok := a.unanswered34(st, x) // the answerer; the attacker
		if !ok {
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		j := spanAt25(spans, x.Field, x.Start)
		if j < 0 {
			continue
		}
		for k := j + 1; k < len(spans) && (k <= j+judgedAhead35 && spans[k].f == spans[j].f || a.titleRetort26(spans, j, k)); k++ {
			sp := spans[k]
			if !a.agentIn25(sp, src) {
				continue
			}
			if !a.agentIn25(sp, tgt) && !namesOther33(sp, src, tgt) && a.judgesThis35(sp) && !a.elsewhere25(st, st.stanceList[:n], sp, x.Target, tgt) {
				a.addAnswered25(st, sp, x, src, tgt)
			}
			break // (the first words of the answerer are his answer)
		}
	}
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
		if e, _ := a.lex.match(words, k, entEval); e != nil && e.eval != nil && e.eval.pol < 0 {
			judged = true
		}
	}
	return judged
}
