package work

import "strings"

// Session 33 (inv4): readings that must not depend on how a statement is
// attributed (invariance33a_test.go).

// afterAccording33a reports a tracked name at token tok (the word after it
// at n) that opens the clause after "X के मुताबिक(,)" / "उनके अनुसार(,)":
// the clause is X's words and the name its subject, as right after "X ने
// कहा कि"
// (topicAfterSubject15). "राहुल के मुताबिक, मोदी हार के डर से झूठ बोल रहे
// हैं": Modi lies, not "Modi's defeat's fear".
//
// A name that opens a quote is the quote's subject alike: "राहुल ने कहा,
// “मोदी हार के डर से झूठ बोल रहे हैं।”" — the quote mark is its clause's
// first token.
//
// A word of address after a first name ("मुकेश भाई के विजन के बिना …") is
// part of the reference, not a topic the name is subject of: no
// (address_words, words.yaml).
func afterAccording33a(s *sentCtx, tok, n int) bool {
	if s.class2(n)&cwAddress34 != 0 {
		return false
	}
	if tok > s.sn.a && s.w(tok-1) == "\"" {
		if ci := s.cid[tok-1-s.sn.a]; ci >= 0 && int(ci) < len(s.cls) {
			cl := &s.cls[ci]
			return cl.quoted && len(cl.toks) > 0 && cl.toks[0] == tok-1
		}
		return false
	}
	k := tok - 1
	if k > s.sn.a && s.w(k) == "," {
		k--
	}
	if k <= s.sn.a {
		return false
	}
	switch s.w(k) {
	case "मुताबिक", "अनुसार":
	default:
		return false
	}
	switch g := s.w(k - 1); g {
	case "उनके", "इनके", "उसके":
		return true
	default:
		return isGenitive(g) && g != "का" && g != "की"
	}
}

// accordingSays33a: a person whose words a sentence gives with "X के
// मुताबिक/अनुसार, …" is its speaker, as with "X का कहना है कि …": the
// story follows X, so a later "उन्होंने" is X ("राहुल के मुताबिक, अडानी …
// । उन्होंने आरोप लगाया कि …"), not the one X spoke of. c is a person's
// chunk; says the speaker found so far (-1: none).
func accordingSays33a(c *chunk, says int) int {
	if says < 0 && c.mk == mkAccording {
		return c.ent
	}
	return says
}

// accordingPron33a is whose words "उनके मुताबिक, …" gives: the story's last
// agent, unless someone untracked has spoken since, as for "उन्होंने कहा
// कि …" ("प्रवक्ता ने कहा कि …। उनके मुताबिक, …" is the spokesman's).
func (a *Analyzer) accordingPron33a(s *sentCtx, st *storyState) int {
	if st.untrackedAgent || a.untrackedSince(s, st) {
		return -1
	}
	return st.lastAgent
}

// platformPlace33a reports an organisation's chunk that is a place ("X ने
// एक्स पर लिखा कि …"): the platform the words were posted on is no party
// the story follows, so a later "दोनों कंपनियों", "कंपनी" or "वह" does not
// count it.
func (a *Analyzer) platformPlace33a(c *chunk) bool {
	return c.mk == mkPlace && !a.isPerson[c.ent]
}

// talkNoun33a reports "बात" at k as the talk of "बात करना" ("X ने पत्रकारों
// से बात करते हुए कहा कि …", "बात की और कहा कि …"), not a remark or claim
// (charge_nouns: "Y की बात"): the speaker talked, he charged nothing, so
// his words after कि are read as after "कहा कि" (chargeClause).
func (s *sentCtx) talkNoun33a(k int) bool {
	if w := s.w(k); w != "बात" && w != "बातें" {
		return false
	}
	nx := s.w(k + 1)
	return strings.HasPrefix(nx, "कर") || nx == "की" || nx == "कीं"
}

// ownClaim33a reports praise, backing or defence in the content clause ci
// of "X ने दावा किया कि …" whose only tracked subject, if any, is X
// himself, present in them as a pronoun: "X ने दावा किया कि वह Y के साथ
// काम करने को उत्साहित हैं", "… कि Y को उनका पूरा समर्थन है" are X's own
// words of support, as after "कहा कि". A
// favour or someone else's act told inside a claim or charge ("… कि Y
// को सरकारी मदद मिली", "… कि Z, Y की तारीफ करते हैं") stays no one's
// (chargeClause), and so does all under आरोप, शिकायत or a remark (बात).
func (a *Analyzer) ownClaim33a(s *sentCtx, ci int, o occurrence, kind string) bool {
	switch kind {
	case "praise", "endorsement", "defence":
	default:
		return false // a deal, a gift: a deed the claim only alleges
	}
	cl := &s.cls[ci]
	claim := false
	for _, k := range s.cls[cl.parent].toks {
		if s.flag(k)&fwCharge == 0 || s.talkNoun33a(k) {
			continue
		}
		// the agent's own claim, "दावा किया/करते हुए", not "Y के दावे पर"
		if w := s.w(k); w != "दावा" && w != "दावे" || !claimVerb33a(s.w(k+1)) {
			return false
		}
		claim = true
	}
	if !claim {
		return false
	}
	spk := a.agentsOf(s, cl.parent)
	if len(spk) == 0 {
		return false
	}
	// X himself is in his words (वह/वे for him, उनका …); no one else
	// tracked is their subject or an owner in them.
	own, others := false, 0
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && !containsInt(spk, c.ent) {
			others++
		}
	}
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.pron == fwGenPron || c.pron != 0 && c.ent >= 0 && containsInt(spk, c.ent) {
			own = true
		}
		if c.ent >= 0 && !containsInt(spk, c.ent) {
			switch c.mk {
			case mkBare, mkAgent:
				return false
			case mkGen, mkMod:
				// "Y को Z का पूरा समर्थन": Z owns the support itself
				// (not "Y के अभियान के साथ खड़े": Y owns the partner;
				// not "वह Y के प्रशंसक हैं": Y, alone, is its target)
				near := c.head >= o.k && c.head < o.k+o.n || c.at < o.k && o.k-c.at <= 2
				if near && (!o.e.frame.targets[mkGen] || others > 1) {
					return false
				}
			}
		}
	}
	return own
}

// claimVerb33a is the light verb of the agent's own claim: "दावा किया",
// "दावा करते हुए".
func claimVerb33a(w string) bool {
	switch w {
	case "किया", "की", "किए", "कीं":
		return true
	}
	return strings.HasPrefix(w, "कर")
}
