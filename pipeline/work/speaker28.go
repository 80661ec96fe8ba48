package work

// Session 28 (QUOTE): someone else's words.
//
// agentNounAfterGen28: "X के एक पूर्व सहयोगी ने कहा …", "X के एक पुराने
// दोस्त ने …": an evaluative noun (सहयोगी, दोस्त, साथी …) that is the
// head of the noun group marked ने/द्वारा names another person, the one
// who speaks or acts; X only qualifies them. Without this the possessed
// noun was read as an evaluation of X ("X की नीतियां अनुचित"), and X
// became the sentence's subject and the speaker of the words and of the
// pronouns after them.

// agentNounAfterGen28 reports an evaluation at j of m words followed right
// away by ने or द्वारा: a noun heading an agent, not a judgement. An
// epithet of someone tracked ("… का नाम जपने वाले <epithet> ने") is that
// person, read as before.
func (a *Analyzer) agentNounAfterGen28(s *sentCtx, j, m int) bool {
	if s.mentionAt(j) {
		return false
	}
	if e, _ := a.epithetAt(s, j, s.published); e >= 0 {
		return false
	}
	switch s.w(j + m) {
	case "ने", "द्वारा":
		return true
	}
	return false
}

// possessedAfterHonorific28: "X जी के नेतृत्व में भारत …", "X जी की
// नीतियां …" — a name with an honorific (जी, साहब) before a genitive is
// the owner of the possessed noun, as it is without the honorific; the
// honorific is part of the name's chunk. Speakers quoted in Indian
// outlets add जी to the names they praise, and the credit and judgement
// readers (creditPraise13, the possessed evaluations) need the chunk to
// end at the genitive. (ground.go honorifics.)
func possessedAfterHonorific28(possessed bool) bool {
	return possessed
}

// declineUnder28 reports a decline_words word (words.yaml: बर्बाद, तबाह,
// कमजोर, डूबी …) in clause ci from token k on: "X ने कहा कि Y के
// नेतृत्व में देश बर्बाद हो गया" blames Y for the state the words
// describe; creditPraise13 reads it as X's hostile stance towards Y
// (kind accusation) instead of the credit it gives for growth.
func (s *sentCtx) declineUnder28(ci, k int) bool {
	for _, j := range s.cls[ci].toks {
		if j >= k && s.class2(j)&cwDecline28 != 0 {
			return true
		}
	}
	return false
}
