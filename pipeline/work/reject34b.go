package work

// Session 34 round 2 (reject2): the speaker of a rejection's second
// sentence, as outlets write it.
//
// "X ने Y के आरोपों से इनकार किया। उसने कहा कि ये आरोप …": news writes an
// organisation with the singular pronoun, a tracked person with the
// honorific plural; a singular agent pronoun opening a sentence, with no
// one named before it there, is the organisation that was the ने-agent
// of the sentence right before (orgAgentBefore34b). "X ने … खारिज किया।
// कंपनी के मुताबिक ये आरोप …": an organisation noun opening a sentence
// under के मुताबिक/अनुसार speaks the words after it, as a name does
// (orgAccording34b, read by accordingTo).

// orgAgentBefore34b is, for a singular agent pronoun (उसने, इसने) at
// chunk i that no tracked name precedes in its sentence, the
// organisation noted as the ने-agent of the sentence right before in
// the same field (remember: st.orgAgent34b); -1 if none.
func (a *Analyzer) orgAgentBefore34b(s *sentCtx, st *storyState, i int) int {
	if w := s.w(s.chunks[i].tok); w != "उसने" && w != "इसने" {
		return -1
	}
	if st.orgAgent34b <= 0 || st.orgAgent34bF != s.f || st.orgAgent34bSent != s.nsent-1 {
		return -1
	}
	for j := 0; j < i; j++ {
		if s.chunks[j].ent >= 0 {
			return -1
		}
	}
	return st.orgAgent34b - 1
}

// noteOrgAgent34b keeps org, the sentence's organisation when it is a
// ने-agent (rank 3 in remember), for orgAgentBefore34b.
func (st *storyState) noteOrgAgent34b(s *sentCtx, org, rank int) {
	st.orgAgent34b = 0
	if org >= 0 && rank == 3 {
		st.orgAgent34b, st.orgAgent34bSent, st.orgAgent34bF = org+1, s.nsent, s.f
	}
}

// orgAccording34b reports "<organisation noun> के मुताबिक/अनुसार" opening
// the sentence (k is the according word): "कंपनी के मुताबिक ये आरोप …".
func orgAccording34b(sn *sentence, fl []uint64, k int) bool {
	return k-2 == sn.a && fl[k-2-sn.a]&fwOrgNoun != 0
}

// deniedVerb34b reports a charge or claim at k under को that a verb of
// denial takes, as chargeAnswered19's खारिज: "Y के दावों को नकार दिया",
// "… को नकारा", "… को अस्वीकार किया".
func (s *sentCtx) deniedVerb34b(k int) bool {
	if s.w(k+1) != "को" {
		return false
	}
	switch s.w(k + 2) {
	case "नकार", "नकारा", "नकारते", "नकारकर", "अस्वीकार":
		return true
	}
	return false
}

// orgProxy34b reads a bare proxy noun opening a sentence as its ने-agent
// ("प्रवक्ता ने कहा …", "वकील ने कहा …") right after a sentence whose
// ने-agent was an organisation, with no proxy named before in the story
// (after "X के वकील ने …" a प्रवक्ता is no one: refer12_test): the
// organisation's own spokesperson or lawyer, who speaks for it.
func (s *sentCtx) orgProxy34b(k int) (chunk, bool) {
	st := s.st
	if st == nil || k != s.sn.a || s.w(k+1) != "ने" || st.proxyOwner12 >= 0 {
		return chunk{}, false
	}
	if st.orgAgent34b <= 0 || st.orgAgent34bF != s.f || st.orgAgent34bSent != s.nsent-1 {
		return chunk{}, false
	}
	return chunk{ent: st.orgAgent34b - 1, epith: true, tok: k, end: k + 1, mk: mkAgent, at: k + 1, head: -1}, true
}
