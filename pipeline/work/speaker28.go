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
