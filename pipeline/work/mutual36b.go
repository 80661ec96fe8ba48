package work

import "github.com/khabar/khabar/internal/hindi"

// Session 36b (MUTUAL2): an answer points back at the attack it answers,
// however far back the story told it and however it named the one
// attacked.
//
// "प्रधानमंत्री नरेंद्र मोदी ने करीमनगर की सभा में कांग्रेस और उसके नेता पर
// सीधा हमला बोला। … राहुल गांधी ने एक वीडियो जारी कर जवाब दिया कि
// प्रधानमंत्री घबराए हुए हैं": the engine read X → Y from the answer (a
// reply word, reply_words, in the sentence: X answers). answeredAttacks25
// takes Y → X only from an act of Y's within replyBack25 sentences that
// names X. The answer itself says whom Y's earlier attack was aimed at:
// the one who answers it. So an earlier sentence of the body (any
// distance) or the headline, whose ने-agent is Y (agentIn25) or that
// tells the attack as Y's with a genitive doer ("… पर Y का तंज", "Y का
// हमला": genAttackOf36b; not "Y का नाम लिए बिना", where the genitive is
// the target), X no agent there, Y's
// stances there aim at no one else (elsewhere25), gives Y → X when
//   - it names X (by name, or by an office the story gives X, here or
//     later: "राहुल ने पूछा, 'प्रधानमंत्री जी, आप और अडानी …'") and
//     reports words of Y's (not a plain act, not a report: plainAct27,
//     publish_words); a third party may be named beside X, or
//   - it names no one tracked but Y and tells Y's attack with a bare
//     attack frame (criticism, not a report like सवाल उठाए, not an
//     accusation with its own content) before any कि, and no stance of
//     Y is read there ("कांग्रेस पर निशाना साधा", "कांग्रेस और उसके नेता
//     पर हमला बोला").
// SCHEMA: a charge counts when the story reports it being made (not when
// it is only the object of the answer); the answer decides only whom it
// was aimed at.

// answeredEarlier36b adds Y → X hostile for each asserted hostile X → Y
// read in a body sentence with a reply word whose attack no reader has
// found.
func (a *Analyzer) answeredEarlier36b(fields []*field, st *storyState) {
	a.eachReplied37(fields, st, false, func(n, i, src, tgt int, spans []sentSpan25, k int) {
		for j := k - 1; j >= 0 && (spans[j].f == spans[k].f || spans[j].f.name == "title"); j-- {
			sp := spans[j]
			if !(a.agentIn25(sp, src) || a.genAttackOf36b(sp, src)) || a.agentIn25(sp, tgt) {
				continue
			}
			if a.elsewhere25(st, st.stanceList[:n], sp, st.stanceList[i].Target, tgt) {
				continue
			}
			names := a.namesParty25(st, sp, tgt, false) || officeOf36b(st, sp, tgt)
			named := names && !a.hasClass25(sp, cwPublish25) && !a.plainAct27(spans, j)
			if named || !names && !namesOther33(sp, src, tgt) && a.silentAttack36b(st, sp, st.stanceList[i].Target) {
				a.addAnswered25(st, sp, st.stanceList[i], src, tgt)
				return
			}
		}
	})
}

// genAttackOf36b reports y's mention followed by a genitive and a
// hostile frame or a jibe noun ("Y का तंज", "Y का हमला") in sentence sp.
func (a *Analyzer) genAttackOf36b(sp sentSpan25, y int) bool {
	f := sp.f
	words := f.words[:sp.sn.b]
	for _, m := range sp.f.mentions {
		if m.entity != y || m.tok < sp.sn.a || m.tokEnd+1 >= sp.sn.b || !isGenitive(f.words[m.tokEnd]) {
			continue
		}
		v := m.tokEnd + 1
		if v+1 < sp.sn.b && sp.f.toks[v+1].Kind == hindi.Word {
			continue // "Y के आरोपों पर …": the object of something, no act told
		}
		if id := uint(f.wid[v]); id < uint(len(a.classOf)) && a.classOf[id]&cwJibeNoun24 != 0 {
			return true
		}
		if e, _ := a.lex.match(words, v, entFrame); e != nil && e.frame != nil && e.frame.pol < 0 && e.frame.GenSource && !e.frame.Symmetric && !e.frame.Retort {
			return true
		}
	}
	return false
}

// silentAttack36b reports a hostile frame in the narrator's part of the
// sentence (before any कि) while no stance of the agent is read there:
// the attack's target is no one the story tracks by name.
func (a *Analyzer) silentAttack36b(st *storyState, sp sentSpan25, agent string) bool {
	for _, x := range st.stanceList {
		if x.Source == agent && x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return false
		}
	}
	f := sp.f
	words := f.words[:sp.sn.b]
	for v := sp.sn.a; v < sp.sn.b; v++ {
		if f.fl[v]&fwKi != 0 {
			return false
		}
		if e, _ := a.lex.match(words, v, entFrame); e != nil && e.frame != nil && e.frame.pol < 0 && !e.frame.Symmetric && e.frame.Kind == "criticism" && !e.frame.Report && !e.frame.Content && !e.frame.Retort {
			return true
		}
	}
	return false
}

// officeOf36b reports an office word (grounding.yaml offices) in the
// sentence that the story gives to x, here or later ("राहुल गांधी ने कहा
// कि प्रधानमंत्री ने … । … प्रधानमंत्री नरेंद्र मोदी ने पलटवार किया").
func officeOf36b(st *storyState, sp sentSpan25, x int) bool {
	if len(st.offices) == 0 {
		return false
	}
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if e, ok := st.offices[sp.f.words[k]]; ok && e == x {
			return true
		}
	}
	return false
}
