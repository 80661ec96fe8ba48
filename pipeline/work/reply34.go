package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 34 (REPLY): the charge a rebuttal answers, told as a claim.
//
// "मस्क ने लिखा कि हॉफमैन जानबूझकर झूठ बोल रहे हैं। … हॉफमैन ने शुक्रवार
// को दावा किया था कि मस्क ने …": the engine read Y → X (the rebuttal);
// X's own claim about Y, whose words carry no lexicon frame, was unread.
// SCHEMA ("A tracked speaker's claim about Y's conduct that discredits
// Y … is X's charge: X → Y hostile") credits the claim; what tells it
// apart from a claim with nothing against Y is that Y answers it as a
// charge. So: for each asserted hostile Y → X read in a rebuttal (its
// sentence holds a charge noun, a word calling words false or a reply
// word, and names no report: rebuts34), a sentence of the story, before
// or after it, where X makes a claim or charge (X ने … दावा किया/आरोप
// लगाया कि; X का दावा है कि; X [के अभियान] की ओर से दावा किया गया कि:
// claimBy34) and Y is the subject of the words after कि (namesAfterKi26:
// by name or by the office the story gave Y), with Y no agent there, X's
// stances there aimed at no one else, no stance X → Y read there already
// and no praise in it (praiseAfterKi34), gives X → Y hostile (kind
// accusation). Dev (session 34): ddd-023a, dcn-027a, dcm-025a.

// claimsAnswered34 adds X → Y hostile for each asserted hostile Y → X
// when the story reports X's claim about Y.
func (a *Analyzer) claimsAnswered34(fields []*field, st *storyState) {
	var spans []sentSpan25
	screened, may := false, false
	n := len(st.stanceList)
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if !answerable25(x) {
			continue
		}
		if !screened {
			screened, may = true, a.mayClaim35(fields) // (speed35.go)
		}
		if !may {
			return // no claim noun in the story (speed34.go)
		}
		src, tgt, ok := a.unanswered34(st, x) // the claimant, whom the claim is about
		if !ok {
			continue
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		j := spanAt25(spans, x.Field, x.Start)
		if j < 0 || !a.rebuts34(spans[j]) {
			continue
		}
		for _, sp := range spans {
			if !a.claimIn35(sp) || !a.claimBy34(sp, src) || a.agentIn25(sp, tgt) || !a.namesAfterKi26(st, sp, tgt) ||
				a.elsewhere25(st, st.stanceList[:n], sp, x.Target, tgt) || a.saysOf34(st.stanceList[:n], sp, x.Target, x.Source) || a.praiseAfterKi34(st.stanceList[:n], sp, x.Source) {
				continue
			}
			a.addAnswered25(st, sp, x, src, tgt)
			st.stanceList[len(st.stanceList)-1].Kind = "accusation"
			break
		}
	}
}

// claimBy34 reports e as the ने-agent of sentence sp and a claim or
// charge noun (दावा, आरोप) made there (किया, लगाया) before the first
// complementizer: "e ने … दावा किया (था) कि …".
func (a *Analyzer) claimBy34(sp sentSpan25, e int) bool {
	f := sp.f
	if !a.agentIn25(sp, e) {
		ok, own := a.claimant34(sp, e)
		if !ok {
			return false
		}
		if own {
			return hasKi34(sp)
		}
	}
	for k := sp.sn.a; k+1 < sp.sn.b && f.fl[k]&fwKi == 0; k++ {
		c := a.fieldClass2(f, k)
		if c&cwReportNoun34 != 0 {
			return false // "X ने एक रिपोर्ट में दावा किया": a report's claim
		}
		if c&cwClaimNoun34 == 0 {
			continue
		}
		v := k + 1
		if v+1 < sp.sn.b && particle34(f.words[v]) {
			v++ // "दावा भी किया", "आरोप ही लगाया"
		}
		if !claimVerb34(f.words[v]) {
			continue
		}
		for j := v + 1; j < sp.sn.b; j++ {
			if f.fl[j]&fwKi != 0 {
				return true
			}
		}
		return false
	}
	return false
}

// rebuts34 reports a rebuttal of someone's words in sentence sp: a
// charge or claim noun (charge_nouns: "X के दावे को झूठ बताया"), a word
// calling words false (claim_strong, claim_weak: "X झूठ बोल रहे हैं") or
// a reply word, and no report or news named (reporting is neutral:
// "Y ने X की रिपोर्ट को फर्जी बताया" answers no charge of X).
func (a *Analyzer) rebuts34(sp sentSpan25) bool {
	f := sp.f
	found := false
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if a.fieldClass2(f, k)&cwReportNoun34 != 0 {
			return false
		}
		if f.fl[k]&fwCharge != 0 || a.fieldClass2(f, k)&(cwClaimStrong27|cwClaimWeak27) != 0 {
			found = true
		}
		if id := uint(f.wid[k]); id < uint(len(a.classOf)) && a.classOf[id]&cwReply25 != 0 {
			found = true
		}
	}
	return found
}

// praiseAfterKi34 reports a claim that praises Y ("X ने दावा किया कि
// Y ने संकट में उनकी मदद की"), no charge even when Y denies it: the
// engine read a supportive stance of or towards tgt in sentence sp, or
// the words after the sentence's first कि hold a positive evaluative.
func (a *Analyzer) praiseAfterKi34(list []pipeline.Stance, sp sentSpan25, tgt string) bool {
	for _, x := range list {
		if x.Polarity == pipeline.Supportive && (x.Source == tgt || x.Target == tgt) && x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return true
		}
	}
	return a.warmWords37(sp) // (a supportive evaluative after the first कि)
}

// claimant34 reports e as the one whose claim the sentence reports in a
// form other than "e ने": "e का दावा/आरोप है कि", "e की ओर से (…) दावा
// किया गया कि", "e के (चुनाव) अभियान की ओर से/ने" (SCHEMA: a campaign
// speaks for its candidate). Not inside someone's words.
func (a *Analyzer) claimant34(sp sentSpan25, e int) (ok, own bool) {
	f := sp.f
	for _, m := range f.mentions {
		if m.entity != e || m.tok < sp.sn.a || m.tok >= sp.sn.b || a.saidBefore25(sp, m.tok) {
			continue
		}
		k := m.tokEnd
		if k+1 >= sp.sn.b || !isGenitive(f.words[k]) {
			continue
		}
		j := k + 1
		if a.fieldClass2(f, j)&cwClaimNoun34 != 0 {
			if j+1 < sp.sn.b && (strings.HasPrefix(f.words[j+1], "है") || strings.HasPrefix(f.words[j+1], "था")) {
				return true, true
			}
			continue
		}
		if a.fieldClass2(f, j)&cwCampaignKind34 != 0 {
			j++
		}
		if j < sp.sn.b && a.fieldClass2(f, j)&cwCampaign34 != 0 {
			j++
			if j < sp.sn.b && f.words[j] == "ने" {
				return true, false
			}
			if j+1 < sp.sn.b && isGenitive(f.words[j]) {
				j++
			}
		} else if j != k+1 {
			continue
		}
		if j+1 < sp.sn.b && f.words[j] == "ओर" && f.words[j+1] == "से" {
			return true, false
		}
	}
	return false, false
}

// mayClaim34 reports a claim noun (claim_nouns34) in the story: the screen of claimsAnswered34, a flag test for most words,
// before the story's sentence spans are listed.
func (a *Analyzer) mayClaim34(fields []*field) bool {
	for _, f := range fields {
		for k, fl := range f.fl {
			if fl&fwCharge != 0 && a.fieldClass2(f, k)&cwClaimNoun34 != 0 {
				return true
			}
		}
	}
	return false
}

// claimVerb34 reports a verb that makes a claim noun before it a claim
// made (किया, करते हुए, लगाया, लगाते हुए).
func claimVerb34(v string) bool {
	return strings.HasPrefix(v, "किय") || v == "करते" || strings.HasPrefix(v, "लगा")
}

// particle34 reports a particle that may stand between a claim noun and
// its verb.
func particle34(w string) bool {
	return w == "भी" || w == "ही"
}

// saysOf34 reports a stance of src towards tgt, in any mood or polarity,
// already read in sentence sp: the engine read that claim otherwise.
func (a *Analyzer) saysOf34(list []pipeline.Stance, sp sentSpan25, src, tgt string) bool {
	for _, x := range list {
		if x.Source == src && x.Target == tgt && x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return true
		}
	}
	return false
}

// hasKi34 reports a complementizer (कि) in sentence sp.
func hasKi34(sp sentSpan25) bool {
	for k := sp.sn.a; k < sp.sn.b; k++ {
		if sp.f.fl[k]&fwKi != 0 {
			return true
		}
	}
	return false
}

// coordTooLong34 reports a conjunct "X और <w1> <w2> … में" whose में is
// too far to be the "between" of the pair ("X और Y में अनबन"): two or
// more words after और, none a genitive pronoun or a genitive, so the
// words are two noun groups ("X और भाजपा देश में नफरत फैला रहे हैं": X
// and the party, the subject; देश में, a place); markerAfter then reads
// the pair as a bare subject. A pair with a relation noun after में
// ("X और रिपब्लिकन पार्टी में मतभेद") loses the "between" too, and the
// engine reads no stance from it either way (no second tracked party).
// Dev (session 34): dao-041.
func coordTooLong34(s *sentCtx, n, j int) bool {
	if j-n < 3 || s.w(j) != "में" || s.flag(n+1)&fwGenPron != 0 {
		return false
	}
	for k := n + 1; k < j; k++ {
		if isGenitive(s.w(k)) {
			return false
		}
	}
	return true
}

// campaignAgent34 reports a campaign acting for the name that ends at
// token k: "X अभियान ने", "X के (चुनाव/चुनावी/प्रचार) अभियान ने" (SCHEMA,
// "Speaking on X's behalf": X's campaign speaks for X), before token b.
// agentIn25 (reply25.go) takes it as X's ने, so a campaign's reply is
// its candidate's for answeredAttacks25, retorts26 and claimsAnswered34
// ("X ने Y को नाकाम कहा। Y के चुनाव अभियान ने जवाब में कहा कि X …").
// Dev (session 34): dvw-010.
func (a *Analyzer) campaignAgent34(f *field, k, b int) bool {
	if k < b && isGenitive(f.words[k]) {
		k++
	}
	if k < b && a.fieldClass2(f, k)&cwCampaignKind34 != 0 {
		k++
	}
	return k+1 < b && a.fieldClass2(f, k)&cwCampaign34 != 0 && f.words[k+1] == "ने"
}

// unanswered34 is, for a stance x of Y towards X between two entities,
// X (src) and Y (tgt) when the story has no asserted hostile X → Y yet:
// the reply readers (claimsAnswered34, suitMotives33) add that one.
func (a *Analyzer) unanswered34(st *storyState, x pipeline.Stance) (src, tgt int, ok bool) {
	src, ok1 := a.entOf37(st, x.Target)
	tgt, ok2 := a.entOf37(st, x.Source)
	if !ok1 || !ok2 {
		return -1, -1, false
	}
	if _, had := st.stances[stanceKey37(a.idKey[src], a.idKey[tgt], true, "")]; had {
		return -1, -1, false
	}
	return src, tgt, true
}
