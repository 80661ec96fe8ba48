package work

import (
	"slices"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 25 (MUTUAL helper): the attack a reply answers.
//
// "Y ने … लिखा। इसके जवाब में X ने Y को धोखेबाज कहा": a hostile reply
// presupposes the attack it answers, and the story states that attack
// when it reports Y's act in a sentence before (SCHEMA: the accuser's
// stance counts when the story reports the charge being made, not when
// the charge is only what X answers). The engine read X → Y from the
// reply; Y → X is added from the sentence that reports Y's act, when Y
// is its ने-agent and nothing there points Y elsewhere.

// replyBack25 is how many sentences before a reply its answered act may
// be reported.
const replyBack25 = 3

// aboutBack25 is how many sentences before the answered act may name the
// replier whom the act is about ("X ने बोली लगाई। … Y ने लिखा, 'नहीं,
// शुक्रिया।'").
const aboutBack25 = 2

// sentSpan25 is one read sentence of a field: its tokens and its span in
// the original text.
type sentSpan25 struct {
	f      *field
	sn     sentence
	os, oe int
}

// answeredAttacks25 adds, for each asserted hostile X → Y read in a
// sentence with a reply word (reply_words), Y → X hostile from the
// nearest sentence before it (within replyBack25, same field; in a
// headline, titleAnswered25) whose ने-agent is Y (by name or as "Y के प्रवक्ता/वकील ने", not inside
// someone's words) and that is about X (it or one of the aboutBack25
// sentences before it names X, or it is a jibe), when X is no agent
// there, Y's stances there aim at no one but X (or X's company), it
// publishes no report, Y is not already hostile to X, and Y attacked no
// chief of an organisation X (that attack is what X answers).
func (a *Analyzer) answeredAttacks25(fields []*field, st *storyState) {
	// The sentences with a reply word (screen25.go), listed at the first
	// hostile stance: a stance read in no other sentence is answered here.
	open := a.openGuards // (tests: every stance is read without the screen)
	if !open && !mayReply25(fields) {
		return
	}
	var arr [4]replySpan25
	var replies []replySpan25
	listed := false
	var spans []sentSpan25
	n := len(st.stanceList)
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if !answerable25(x) {
			continue
		}
		if !listed && !open {
			replies, listed = a.replySpans25(fields, arr[:0]), true
			if len(replies) == 0 {
				return
			}
		}
		if !open && !inReply25(replies, x.Field, x.Start) {
			continue
		}
		src, tgt := a.ent37(st, x.Target), a.ent37(st, x.Source)
		if _, ok := st.stances[stanceKey37(a.idKey[src], a.idKey[tgt], true, "")]; ok || a.attacksTied25(st, st.stanceList[:n], x.Target, tgt) {
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		k := spanAt25(spans, x.Field, x.Start)
		if k < 0 || !a.hasReplyWord25(spans[k]) {
			continue
		}
		if spans[k].f.name == "title" {
			if a.counterOf25(spans[k], tgt) {
				a.titleAnswered25(st, spans, n, x, src, tgt)
			}
			continue
		}
		for j := k - 1; j >= 0 && j >= k-replyBack25 && spans[j].f == spans[k].f; j-- {
			if !a.agentIn25(spans[j], src) {
				continue
			}
			// The act is about the replier: it names him, or one of
			// the sentences before it does ("X ने बोली लगाई। Y ने
			// लिखा, 'नहीं, शुक्रिया।'"); a jibe (jibe_nouns) is an
			// attack of its own ("Y ने चुटकी ली, '…'").
			about := a.hasClass25(spans[j], cwJibeNoun24)
			for b := j; b >= 0 && b >= j-aboutBack25 && spans[b].f == spans[j].f && !about; b-- {
				about = a.namesParty30(fields, st, spans[b], tgt, !a.namesThird25(st, spans[j], src, tgt), !a.namesParty25(st, spans[k], src, false)) // (reply30.go)
			}
			if a.agentIn25(spans[j], tgt) || a.elsewhere25(st, st.stanceList[:n], spans[j], x.Target, tgt) {
				break
			}
			// Reporting is a neutral act (SCHEMA): "Y ने रिपोर्ट
			// प्रकाशित की। X ने जवाब में कहा कि रिपोर्ट फर्जी है"
			// attacks Y's report, and Y attacked no one.
			if !about || a.hasClass25(spans[j], cwPublish25) || a.plainAct27(spans, j) {
				continue
			}
			a.addAnswered25(st, spans[j], x, src, tgt)
			break
		}
	}
}

// appendSentSpans25 appends the story's read sentences, title first, to
// out (storySpans28 passes the story state's kept buffer).
func appendSentSpans25(out []sentSpan25, fields []*field) []sentSpan25 {
	n := 0
	for _, f := range fields {
		n += len(f.buf.sents)
	}
	out = slices.Grow(out, n)
	for _, f := range fields {
		for _, sn := range f.buf.sents {
			if sn.b <= sn.a || sn.b-sn.a == 1 && f.toks[sn.a].Kind == hindi.Break {
				continue // (a line break alone is no sentence: readSentence)
			}
			os, oe := f.text.OrigSpan(f.toks[sn.a].Start, f.toks[sn.b-1].End)
			out = append(out, sentSpan25{f: f, sn: sn, os: os, oe: oe})
		}
	}
	return out
}

// spanAt25 is the index of the sentence of field name holding offset at.
func spanAt25(spans []sentSpan25, name string, at int) int {
	for i := range spans {
		if sp := &spans[i]; at >= sp.os && at < sp.oe && sp.f.name == name { // (offsets first: speed36.go; no copy of the span a turn: speed37.go)
			return i
		}
	}
	return -1
}

// hasClass25 reports a word of class bit c in the sentence.
func (a *Analyzer) hasClass25(sp sentSpan25, c uint64) bool {
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if id := uint(sp.f.wid[k]); id < uint(len(a.classOf)) && a.classOf[id]&c != 0 {
			return true
		}
	}
	return false
}

// hasReplyWord25 reports a reply word (reply_words) in the sentence.
func (a *Analyzer) hasReplyWord25(sp sentSpan25) bool {
	f := sp.f
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if id := uint(f.wid[k]); id < uint(len(a.classOf)) && a.classOf[id]&cwReply25 != 0 && !answerGot25(f, k, sp.sn.b) {
			return true
		}
	}
	return false
}

// agentIn25 reports entity e as a ने-agent of the sentence: "e ने", or
// "e के प्रवक्ता/वकील ने".
func (a *Analyzer) agentIn25(sp sentSpan25, e int) bool {
	f := sp.f
	for _, m := range sp.mentions36() { // (the sentence's: speed36.go)
		if m.entity != e || m.tok < sp.sn.a || m.tok >= sp.sn.b {
			continue
		}
		if a.saidBefore25(sp, m.tok) {
			return false // "वकील ने कहा कि X ने …": the words', not the story's
		}
		k := m.tokEnd
		if k < sp.sn.b && f.words[k] == "ने" {
			return true
		}
		if k+2 < sp.sn.b && isGenitive(f.words[k]) && f.fl[k+1]&fwProxy != 0 && f.words[k+2] == "ने" {
			return true
		}
		if a.campaignAgent34(f, k, sp.sn.b) { // "X (के चुनाव) अभियान ने" (reply34.go)
			return true
		}
		if proxyAgent36(sp, k) { // "X के वकील मार्क … ने", "X की ओर से पेश वकील ने" (mutual36.go)
			return true
		}
	}
	return false
}

// elsewhere25 reports an asserted stance of src read in the sentence
// towards anyone but tgt, or a supportive one (in any mood) towards tgt.
// (Towards tgt's own company it aims at tgt: SCHEMA counts criticism of
// someone's company against him.)
func (a *Analyzer) elsewhere25(st *storyState, list []pipeline.Stance, sp sentSpan25, src string, tgt int) bool {
	for _, x := range list {
		if x.Source != src || x.Field != sp.f.name || x.Start < sp.os || x.Start >= sp.oe {
			continue
		}
		z := a.ent37(st, x.Target)
		// A peace offer, also one only wished for ("मतभेद भुलाना
		// चाहते हैं"), is no attack.
		if x.Polarity == pipeline.Supportive && (z == tgt || a.tiedBoth(st, tgt, z)) {
			return true
		}
		if !x.Asserted() {
			continue
		}
		if z != tgt && !(a.isPerson[tgt] && !a.isPerson[z] && a.tiedBoth(st, tgt, z)) {
			return true
		}
	}
	return false
}

// saidBefore25 reports a complementizer (कि) before token at in the
// sentence: what follows is someone's words.
func (a *Analyzer) saidBefore25(sp sentSpan25, at int) bool {
	for k := sp.sn.a; k < at; k++ {
		if sp.f.fl[k]&fwKi != 0 {
			return true
		}
	}
	return false
}

// namesParty25 reports a mention of x in the sentence, or of the
// company a person x is tied to as the subject of someone's words ("कहा
// कि मेटा का यह तरीका …" is about x when x leads मेटा: SCHEMA counts it
// against him).
//
// The company counts only when tied is set: the caller clears it when
// the act names a third party too, whom it may be aimed at ("Y ने लिखा
// था कि एप्पल ओपनएआई के सिवा किसी को आगे नहीं आने देता").
func (a *Analyzer) namesParty25(st *storyState, sp sentSpan25, x int, tied bool) bool {
	return a.namesPartyIf25(st, sp, x, tied, nil)
}

// namesPartyIf25 is namesParty25 with the company-after-कि reading kept
// to the organisations tieOK accepts (nil: any tied one).
func (a *Analyzer) namesPartyIf25(st *storyState, sp sentSpan25, x int, tied bool, tieOK func(org int) bool) bool {
	for _, m := range sp.f.mentions {
		if m.tok < sp.sn.a || m.tok >= sp.sn.b {
			continue
		}
		if m.entity == x {
			return true
		}
		// The company as what someone's words are about: right after कि.
		if tied && a.isPerson[x] && !a.isPerson[m.entity] && a.tiedBoth(st, x, m.entity) && m.tok > sp.sn.a && sp.f.fl[m.tok-1]&fwKi != 0 && (tieOK == nil || tieOK(m.entity)) {
			return true
		}
	}
	return false
}

// namesThird25 reports a mention of anyone but src, x and those tied to
// either of them.
func (a *Analyzer) namesThird25(st *storyState, sp sentSpan25, src, x int) bool {
	for _, m := range sp.f.mentions {
		e := m.entity
		if m.tok < sp.sn.a || m.tok >= sp.sn.b || e == src || e == x || a.tiedBoth(st, src, e) || a.tiedBoth(st, x, e) {
			continue
		}
		return true
	}
	return false
}

// attacksTied25 reports an asserted hostile stance of src towards one
// tied to x (its chief, its company): the reply of x answers that attack
// ("Y ने कहा कि Z को जेल में होना चाहिए। Z के समूह ने जवाब में …").
func (a *Analyzer) attacksTied25(st *storyState, list []pipeline.Stance, src string, x int) bool {
	for _, y := range list {
		if y.Source != src || y.Polarity != pipeline.Hostile || !y.Asserted() {
			continue
		}
		// (An attack on x's company counts against x himself: SCHEMA.)
		if z, ok := a.entByID[y.Target]; ok && z != x && a.isPerson[z] && !a.isPerson[x] && a.tiedBoth(st, x, z) {
			return true
		}
	}
	return false
}

// counterOf25 reports a counter-attack word (counter_words) in the
// sentence whose doer is x: x's name within four words before it, its
// genitive or ने right after the name ("X का Y पर पलटवार", "X ने किया
// पलटवार"). A bare reply (जवाब) in a headline may answer praise or a peace
// offer; a counter-attack states the attack.
func (a *Analyzer) counterOf25(sp sentSpan25, x int) bool {
	f := sp.f
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if id := uint(f.wid[k]); id >= uint(len(a.classOf)) || a.classOf[id]&cwCounter25 == 0 {
			continue
		}
		for _, m := range f.mentions {
			if m.entity == x && m.tokEnd <= k && m.tokEnd >= k-4 && m.tokEnd < sp.sn.b && m.tok >= sp.sn.a && (isGenitive(f.words[m.tokEnd]) || f.words[m.tokEnd] == "ने") {
				return true
			}
		}
	}
	return false
}

// titleAnswered25 is answeredAttacks25 for a counter-attack in the
// headline ("X का Y पर पलटवार"): the answered act is the first body
// sentence with Y as its ने-agent that names X and aims at no one else.
func (a *Analyzer) titleAnswered25(st *storyState, spans []sentSpan25, n int, x pipeline.Stance, src, tgt int) {
	for j := range spans {
		sp := spans[j]
		if sp.f.name != "body" || !a.agentIn25(sp, src) || a.agentIn25(sp, tgt) || !a.namesParty25(st, sp, tgt, false) || conditional36(sp) ||
			a.elsewhere25(st, st.stanceList[:n], sp, x.Target, tgt) || a.hasClass25(sp, cwPublish25) || a.plainAct27(spans, j) {
			continue
		}
		a.addAnswered25(st, sp, x, src, tgt)
		return
	}
}

// addAnswered25 records the answered attack src → tgt (x reversed),
// its evidence the sentence sp that reports it.
func (a *Analyzer) addAnswered25(st *storyState, sp sentSpan25, x pipeline.Stance, src, tgt int) {
	a.addReversed38(st, sp, x, src, tgt, pipeline.Hostile, "criticism")
}

// answerGot25 reports the reply word at token k of f, in a sentence
// ending before token b, as an answer received ("जवाब मिलने पर"): the
// other one's, no reply of the sentence's own.
func answerGot25(f *field, k, b int) bool {
	return k+1 < b && strings.HasPrefix(f.words[k+1], "मिल")
}

// answerable25 reports an asserted hostile stance between two parties:
// one a reply may answer (answeredAttacks25, retorts26).
func answerable25(x pipeline.Stance) bool {
	return x.Polarity == pipeline.Hostile && x.Asserted() && x.Source != x.Target
}
