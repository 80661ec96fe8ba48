package work

import "strings"

// tiedBody31 reports, at a से (token j) after a possessed noun, the
// participle "जुड़ा/जुड़ी/जुड़े" and a noun after it ("Y के अभियान से जुड़ी
// समिति", "Y के समूह से जुड़ी कंपनियों"): the body tied to Y's thing is
// Y's, so the possessed chain goes on to that noun and its postposition.
// The body nouns are words.yaml tied_bodies. Not "से जुड़े सवाल/मुद्दे"
// (a topic: questions tied to it), nor a name after the participle.
func tiedBody31(s *sentCtx, j int) bool {
	if s.w(j) != "से" || !relatedTo14(s.w(j+1)) {
		return false
	}
	n := j + 2
	if s.w(n) == "एक" {
		n++ // "Y के अभियान से जुड़े एक संगठन को"
	}
	if n >= s.sn.b || !s.isWord(n) || s.mentionAt(n) {
		return false
	}
	return s.class2(n)&cwTiedBody31 != 0
}

// receivedNoGiver31 reports a support or gift received in someone's
// words from no one named ("X ने कहा कि उसे समर्थकों से रिकॉर्ड चंदा मिल
// रहा है"): the frame noun is followed by a form of मिल- (to get; at most
// one particle between; not मिलकर), and no genitive or से-phrase names a
// giver before it in the clause (a pronoun counts: "उनका समर्थन मिलेगा").
// The one under को gets it from people untracked; the speaker is not its
// giver, and there is no stance.
func (s *sentCtx) receivedNoGiver31(ci int, o occurrence) bool {
	j := o.k + o.n
	if w := s.w(j); w == "भी" || w == "ही" {
		j++
	}
	w := s.w(j)
	if !strings.HasPrefix(w, "मिल") || w == "मिलकर" || w == "मिलजुलकर" || strings.HasPrefix(w, "मिलन") {
		return false
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok < o.k && (c.mk == mkGen || c.mk == mkSe) {
			return false
		}
	}
	return true
}
