package work

// Session 27 (REPLY): last session's reply rules (MUTUAL, reply25.go;
// MUTUAL2, retort26.go) brought in line with the session-26 ruling, rule
// 1: a reply, and the act it answers, give a stance only by their own
// words. answeredAttacks25 no longer takes for an attack an act that is
// itself a reply or that reports no words (plainAct27); retorts26 no
// longer reads a retort's words about what Y says ("Y जो कहते हैं …") as
// words about Y (relHead27).

// plainAct27 reports an act that answeredAttacks25 must not take for the
// attack a hostile reply answers (session-26 ruling, rule 1: an act
// gives a stance only by its own words): the act of sentence j is itself
// a reply, an answer or a denial (reply_words, answer_words, denials: "Y
// ने X के आरोपों पर सफाई दी"), or it reports no words of Y's at all — no
// complementizer, quote, charge noun, calling or jibe ("Y ने X से मुलाकात की", "Y
// ने X के बारे में एक पोस्ट लिखी"); a calling ("Y ने X के … को पुराना
// बताया") gives its words. Words quoted first and tagged by the
// act ("'…'—Y ने इसी अंदाज में …") are the act's.
func (a *Analyzer) plainAct27(spans []sentSpan25, j int) bool {
	sp := spans[j]
	f := sp.f
	words := false
	for k := sp.sn.a; k < sp.sn.b; k++ {
		fl := f.fl[k]
		c := a.fieldClass27(f, k) // (interview27.go)
		if c&(cwReply25|cwAnswer27) != 0 && !answerGot25(f, k, sp.sn.b) || fl&fwDenial != 0 {
			return true
		}
		if fl&(fwKi|fwCharge|fwCall) != 0 || c&cwJibeNoun24 != 0 || isQuote(f.words[k]) {
			words = true
		}
	}
	if !words && j > 0 && spans[j-1].f == f && sp.sn.a < sp.sn.b && (isQuote(f.words[sp.sn.a]) || f.words[sp.sn.a] == "—") {
		for k := spans[j-1].sn.a; k < spans[j-1].sn.b && !words; k++ {
			words = isQuote(f.words[k])
		}
	}
	return !words
}

// relHead27 reports a relative pronoun at token k, right after a name
// in a retort's words ("कहा कि Y जो कहते हैं वह उनकी निजी राय है"): the
// words are about what Y says or does, a thing of Y's, not a claim about
// Y (retorts26; session-26 ruling, rule 1: a reply counts only by words
// that attack or discredit Y).
func relHead27(f *field, k int) bool {
	return f.fl[k]&fwRel != 0
}
