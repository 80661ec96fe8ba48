package work

import "github.com/khabar/khabar/internal/hindi"

// Session 26 (MUTUAL2 helper): the retort to a reported attack.
//
// "Y ने X को झूठा कहा। X ने जवाब में लिखा कि Y अपनी कंपनियों को आगे रखते
// हैं": answeredAttacks25 adds the attack a hostile reply answers; this is
// the other way round. The engine read Y → X; X's first reply after it
// (within retortAhead26 sentences of the same field; after a headline
// attack, anywhere in the body) has X as its ने-agent, a reply word
// (reply_words) before कि, and X's words name Y after कि (or the office
// the story gave Y), not as a possessor. A reply that turns on its
// attacker is a counter-attack: X → Y hostile (SCHEMA, hostile list:
// criticising Y), unless X's stances there aim elsewhere or are
// supportive of Y, or Y is an agent of that sentence too. Dev (session
// 26): daq-034, dev-091, dvb-448, dvh-078, dvl-005, dvl-047.
const retortAhead26 = 2

// retorts26 adds X → Y hostile for each asserted hostile Y → X answered
// by X's retort about Y in a sentence after it.
func (a *Analyzer) retorts26(fields []*field, st *storyState) {
	if !a.openGuards && !mayReply25(fields) && !mayOpen33(fields) {
		return
	}
	var spans []sentSpan25
	n := len(st.stanceList)
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if !answerable25(x) {
			continue
		}
		src, tgt := a.ent37(st, x.Target), a.ent37(st, x.Source) // the retort's
		if _, ok := st.stances[stanceKey37(a.idKey[src], a.idKey[tgt], true, "")]; ok {
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		j := spanAt25(spans, x.Field, x.Start)
		if j < 0 {
			continue
		}
		for k := j + 1; k < len(spans) && (k <= j+retortAhead26 && spans[k].f == spans[j].f || a.titleRetort26(spans, j, k)); k++ {
			sp := spans[k]
			if !a.agentIn25(sp, src) || !a.replyFrame26(sp) {
				continue
			}
			if !a.agentIn25(sp, tgt) && a.namesAfterKi26(st, sp, tgt) && !a.elsewhere25(st, st.stanceList[:n], sp, x.Target, tgt) {
				a.addAnswered25(st, sp, x, src, tgt)
			}
			break // (the first reply of the answerer is his answer)
		}
	}
}

// titleRetort26 reports sentence k as in the body after a headline j:
// an attack the headline reports may be answered anywhere in the story
// ("X vs Y: 'He's a liar' … Y ने जवाब में लिखा कि X …").
func (a *Analyzer) titleRetort26(spans []sentSpan25, j, k int) bool {
	return spans[j].f.name == "title" && spans[k].f.name == "body"
}

// replyFrame26 reports a reply word (reply_words) before the sentence's
// first complementizer (कि): the sentence's act is the reply ("X ने
// जवाब दिया कि …"), not a reply X's words talk about ("X ने कहा कि वे Y
// की बातों का जवाब देना जरूरी नहीं समझते" dismisses, and attacks no one).
func (a *Analyzer) replyFrame26(sp sentSpan25) bool {
	f := sp.f
	if replyOpener33(sp) {
		return true
	}
	for k := sp.sn.a; k < sp.sn.b && f.fl[k]&fwKi == 0; k++ {
		if id := uint(f.wid[k]); id < uint(len(a.classOf)) && a.classOf[id]&cwReply25 != 0 && !answerGot25(f, k, sp.sn.b) {
			return true
		}
	}
	return false
}

// namesAfterKi26 reports a mention of e after a complementizer (कि) in
// the sentence, as the subject of the words: e is whom the agent's words
// talk about. A possessor ("Y का कोई पूर्व कर्मचारी नहीं है") or an
// object ("वे Y से मिलकर बात करेंगे") is not: such a reply names Y's
// people or things, or Y, without attacking Y.
func (a *Analyzer) namesAfterKi26(st *storyState, sp sentSpan25, e int) bool {
	f := sp.f
	for _, m := range f.mentions {
		if m.entity != e || m.tok < sp.sn.a || m.tok >= sp.sn.b || !a.saidBefore25(sp, m.tok) {
			continue
		}
		if m.tokEnd < sp.sn.b && (objectMarked26(f, m.tokEnd, f.fl[m.tok-1]&fwKi != 0) || relHead27(f, m.tokEnd)) {
			continue
		}
		return true
	}
	// The office the story gave e, as the subject of the words ("कहा कि
	// राष्ट्रपति महंगाई से ध्यान हटा रहे हैं"): right after कि, no name
	// after it, no possessor ("कहा कि राष्ट्रपति के आरोपों में दम नहीं"
	// only denies).
	for k := sp.sn.a + 1; k+1 < sp.sn.b; k++ {
		if f.fl[k-1]&fwKi == 0 || f.toks[k].Kind != hindi.Word {
			continue
		}
		if o, ok := st.offices[f.words[k]]; ok && o == e && !mentionFrom26(f, k+1) && !objectMarked26(f, k+1, true) {
			return true
		}
	}
	return false
}

// objectMarked26 reports a postposition other than ने at token k, right
// after a name: the name is a possessor ("Y का कोई पूर्व कर्मचारी") or an
// object ("वे Y से मिलकर बात करेंगे"), not the subject the reply's words
// are about, and such a reply only answers (SCHEMA, ruling of session 26,
// rule 1). A को right after कि (first) marks a dative subject ("कि Y को
// … देखना चाहिए"), the words' subject.
func objectMarked26(f *field, k int, first bool) bool {
	w := f.words[k]
	return f.fl[k]&fwPostposition != 0 && w != "ने" && !(first && w == "को")
}

// mentionFrom26 reports a mention starting at token k of f.
func mentionFrom26(f *field, k int) bool {
	for _, m := range f.mentions {
		if m.tok == k {
			return true
		}
	}
	return false
}
